import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../src/recognise/dates.js';
import { extractText } from '../../src/extract/pipeline.js';

describe('date mentions', () => {
  it('reads "this week" as the week of writing, and gives a past encounter of it the month when the week lies in one', () => {
    assert.deepEqual(
      findDates('Earlier this week, the minister visited Quito.', 0).map((d) => [d.kind, d.text, d.offset]),
      [['relative-day', 'this week', 0]],
    );
    const [visit] = extractText('t.txt', 'Earlier this week, Chilean Foreign Minister Ana Soler visited Ecuador.', { published: '2023-09-16' }).events;
    assert.equal(visit?.date, '2023-09');
  });
  it('reads no month from a family name ("Prime Minister Theresa May of the United Kingdom"), and a range glued by a hyphen ("30 January-1 February 2023")', () => {
    assert.deepEqual(
      findDates('He spoke with Prime Minister Theresa May of the United Kingdom and with Theresa May, then met in May of 2019.', 0).map((d) => d.text),
      ['May of 2019'],
    );
    const [range] = findDates('The visit will take place from 30 January-1 February 2023.', 0);
    assert.deepEqual([range?.text, range?.from.day, range?.from.month, range?.to?.day, range?.to?.month], ['30 January-1 February 2023', 30, 1, 1, 2]);
  });
  it('reads a range of days with a comma before its month ("from 8 – 9, August 2023") and "between March 28 and April 2" as one range', () => {
    const [, range] = findDates('He arrived on Tuesday 8 August 2023 for a visit from 8 – 9, August 2023.', 0);
    assert.deepEqual(
      [range!.from, range!.to],
      [
        { year: 2023, month: 8, day: 8 },
        { year: 2023, month: 8, day: 9 },
      ],
    );
    const between = findDates('Between March 28 and April 2, the minister visited Ghana and Angola.', 0);
    assert.deepEqual(
      between.map((d) => [d.text, d.from.month, d.from.day, d.to?.month, d.to?.day]),
      [['March 28 and April 2', 3, 28, 4, 2]],
    );
    // Two dates not so joined stay two.
    assert.equal(findDates('He came on March 28 and left on April 2.', 0).length, 2);
  });
  it('reads a fiscal year of two years as the calendar year it starts in ("2022-23", "FY2021-22", "2018/19"), "FY23" as written, not a span of two years written in full', () => {
    assert.deepEqual(
      findDates('Exports rose in 2022-23 after FY2021-22; in 2018/19 and FY23, and in fiscal year 1999–2000, too.', 0).map((d) => [d.text, d.from.year]),
      [
        ['2022-23', 2022],
        ['FY2021-22', 2021],
        ['2018/19', 2018],
        ['FY23', 2023],
        ['fiscal year 1999–2000', 1999],
      ],
    );
    // Years that do not follow each other are no fiscal year; "2016-2019" is a span of years (neither is its figure's).
    assert.deepEqual(
      findDates('Between 2016-2019 and in 2019-17 the volume was stable.', 0).map((d) => d.text),
      [],
    );
    // A fiscal year in a name or of a round is no date: "Programme 2023-24", "the 2024-25 round".
    assert.deepEqual(
      findDates('They signed the Executive Programme 2023-24 and set the 2024-25 round of talks.', 0).map((d) => d.text),
      [],
    );
    const trade = extractText(
      't.txt',
      'Bilateral trade between India and Bangladesh stood at $15.9 billion in 2022-23, up from $14.1 billion in FY2021-22.',
    ).trade;
    assert.deepEqual(
      trade.map((t) => [t.value_usd, t.year]),
      [
        [15_900_000_000, 2022],
        [14_100_000_000, 2021],
      ],
    );
  });
  it('reads "last night" and "last evening" as the day before the day of writing', () => {
    assert.deepEqual(
      findDates('The presidents held talks last night; tonight they attend a dinner.').map((d) => [d.kind, d.text, d.offset]),
      [
        ['relative-day', 'last night', -1],
        ['relative-day', 'tonight', 0],
      ],
    );
    assert.deepEqual(
      findDates('The summit was held last evening in Beijing.').map((d) => [d.kind, d.text, d.offset]),
      [['relative-day', 'last evening', -1]],
    );
  });
  it('reads "two days ago" as counted back from the day of writing, and "three days earlier" from the day named before', () => {
    assert.deepEqual(
      findDates('The minister visited Minsk two days ago to sign a protocol.').map((d) => [d.kind, d.text, d.offset]),
      [['relative-day', 'two days ago', -2]],
    );
    assert.deepEqual(
      findDates('The delegation had arrived three days earlier.').map((d) => [d.kind, d.offset]),
      [['sequel', -3]],
    );
  });
  it('reads two consecutive days of one month as a range ("on the 4th and 5th July", "July 4 and 5"), and days further apart as two dates', () => {
    const span = (text: string) => findDates(text).map((d) => [d.from.month, d.from.day, d.to?.day ?? null, d.from.year]);
    assert.deepEqual(span('He will pay a state visit on the 4th and 5th July this year.'), [[7, 4, 5, null]]);
    assert.deepEqual(span('The talks are set for 4 and 5 July.'), [[7, 4, 5, null]]);
    assert.deepEqual(span('The forum meets on July 4 and 5, 2024.'), [[7, 4, 5, 2024]]);
    assert.deepEqual(span('They met on 4 and 10 July.'), [[7, 10, null, null]]);
  });
  it('reads a count of days from the day named last ("a day earlier", "two days later"), not a day before a named moment', () => {
    assert.deepEqual(
      findDates('A day earlier, the premier made calls; two days later he flew home.').map((d) => [d.kind, d.text, d.offset]),
      [
        ['sequel', 'A day earlier', -1],
        ['sequel', 'two days later', 2],
      ],
    );
    assert.deepEqual(
      findDates('The forum, which took place a day before, drew crowds.').map((d) => d.offset),
      [-1],
    );
    assert.deepEqual(findDates('They met a day before the vote.'), []);
  });
  it('reads a day with dots around its month ("(18.Feb.2024)") and an ordinal suffix set apart ("18 th March")', () => {
    const day = (text: string) =>
      findDates(text)
        .filter((d) => d.kind === 'calendar')
        .map((d) => [d.from.year, d.from.month, d.from.day]);
    assert.deepEqual(day('The leaders met this Sunday (18.Feb.2024) in Addis Ababa.'), [[2024, 2, 18]]);
    assert.deepEqual(day('The minister arrived on 18 th March 2024 in Abuja.'), [[2024, 3, 18]]);
    assert.deepEqual(day('The minister arrived on 18 th March in Abuja.'), [[null, 3, 18]]);
    assert.deepEqual(day('Version 18.2 was released.'), [], 'a version number is no day');
  });
  it('reads "Yesterday" and "Today" opening a sentence as it reads them inside one', () => {
    assert.deepEqual(
      findDates('Yesterday, the minister met his counterpart.').map((d) => [d.kind, d.offset]),
      [['relative-day', -1]],
    );
    assert.deepEqual(
      findDates('Today the leaders signed a declaration.').map((d) => [d.kind, d.offset]),
      [['relative-day', 0]],
    );
  });
  it('keeps only the parts the text states', () => {
    const [d] = findDates('talks in Minsk on 28 June');
    assert.deepEqual([d!.kind, d!.from], ['calendar', { year: null, month: 6, day: 28 }]);
    const [range] = findDates('the state visit on May 4-5');
    assert.deepEqual(
      [range!.from, range!.to],
      [
        { year: null, month: 5, day: 4 },
        { year: null, month: 5, day: 5 },
      ],
    );
    const [my] = findDates('an official visit in May 2018');
    assert.deepEqual(my!.from, { year: 2018, month: 5, day: null });
  });
  it('reads bare years and relative years', () => {
    const found = findDates('In 2013 trade grew; last year it fell, and the year before it rose; next year it will grow');
    assert.deepEqual(
      found.map((d) => [d.kind, d.from.year ?? d.offset]),
      [
        ['year', 2013],
        ['relative-year', -1],
        ['relative-year', -2],
        ['relative-year', 1],
      ],
    );
  });
  it('reads the parts of the current year ("the second half of the year", "the end of the year") as this year', () => {
    const found = findDates('A visit is planned for the second half of the year, and the plant opens by the end of the year.');
    assert.deepEqual(
      found.map((d) => [d.kind, d.offset]),
      [
        ['relative-year', 0],
        ['relative-year', 0],
      ],
    );
  });
  it('does not read "may" the verb or figures as dates', () => {
    assert.deepEqual(findDates('they may agree on 2,000 tons'), []);
  });
  it('finds dates anywhere in a long sentence, ranges across two months included, with their offsets', () => {
    const lead =
      'Addressing the business forum that gathered more than two hundred companies from both countries and several regional development banks, the minister said that ';
    const text = `${lead}the next round would run from 28 June to 1 July 2024 in Tashkent, after talks on May 4-5.`;
    const found = findDates(text).filter((d) => d.kind === 'calendar');
    assert.deepEqual(
      found.map((d) => [d.from, d.to]),
      [
        [
          { year: null, month: 6, day: 28 },
          { year: 2024, month: 7, day: 1 },
        ],
        [
          { year: null, month: 5, day: 4 },
          { year: null, month: 5, day: 5 },
        ],
      ],
    );
    for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  });
  it('reads a range of ordinal days written each with its article ("from the 8th to the 11th of June")', () => {
    const found = findDates('The delegation stayed in Abuja from the 8th to the 11th of June 2023, and talks ran between the 2nd and the 3rd of July.');
    assert.deepEqual(
      found.map((d) => [d.text, d.from, d.to]),
      [
        ['the 8th to the 11th of June 2023', { year: 2023, month: 6, day: 8 }, { year: 2023, month: 6, day: 11 }],
        ['the 2nd and the 3rd of July', { year: null, month: 7, day: 2 }, { year: null, month: 7, day: 3 }],
      ],
    );
    // A later day first is no range: only the day chrono reads by itself.
    assert.deepEqual(
      findDates('It ran from the 21st to the 17th of April.').map((d) => [d.from.day, d.to]),
      [[17, null]],
    );
  });
  it("takes no date from a year that opens the name of an exhibition or a plan, but keeps a summit's", () => {
    assert.deepEqual(
      findDates('They backed the 2030 World Expo bid and the 2026 FIFA World Cup, and recalled the 2018 Summit in Lima.').map((d) => d.text),
      ['2018'],
    );
  });
  it('does not take "this month" for a stated year and month', () => {
    assert.deepEqual(
      findDates('The agreement will be signed this month, after talks on May 15.').map((d) => d.text),
      ['May 15'],
    );
  });
});

const eventDate = (text: string, published?: string): string | null => extractText('t.txt', text, { published: published ?? null }).events[0]?.date ?? null;

describe('year inference over the document', () => {
  it('takes the year of the encounter the lead reports with a full date, and reads "last year" from it', () => {
    const f = extractText(
      't.txt',
      'President of Ghana John Mahama received a phone call on Sunday 16/3/2025 from Prime Minister of Portugal Luís Montenegro.\n\nThe two leaders welcomed bilateral trade, which exceeded $800 million last year.',
    );
    assert.equal(f.document.reference_year?.year, 2025);
    assert.equal(f.trade[0]?.year, 2024);
  });
  it('does not take the year of an announced encounter in the lead', () => {
    const f = extractText(
      't.txt',
      'President of Ghana John Mahama will pay a state visit to Portugal on 5 June 2026.\n\nTrade exceeded $800 million last year.',
    );
    assert.equal(f.document.reference_year, null);
    assert.equal(f.trade[0]?.year ?? null, null);
  });
  it('uses a stated publication date', () => {
    assert.equal(eventDate('The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March.', '2024-03-04'), '2024-03-03');
  });
  it('puts a past day after the publication day in the year before', () => {
    assert.equal(eventDate('The presidents of Kazakhstan and Uzbekistan met in Astana on 28 December.', '2024-01-05'), '2023-12-28');
  });
  it('refuses to guess: no clue, no year', () => {
    assert.equal(eventDate('The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March.'), '--03-03');
  });
  it('does not take the year of the latest full-year figure for the year of writing', () => {
    assert.equal(
      eventDate('The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March. Trade between the two countries reached $4 billion in 2022.'),
      '--03-03',
    );
  });
  it('takes a part-year figure reported as it stands for the year of writing', () => {
    assert.equal(
      eventDate('The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March. In January–February 2024 trade already reached $2 billion.'),
      '2024-03-03',
    );
  });
  it('takes the year of a figure the text restates for "this year"', () => {
    assert.equal(
      eventDate(
        'The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March. Trade should reach $7 billion in 2026. "We will reach $7 billion this year," the president said.',
      ),
      '2026-03-03',
    );
    assert.equal(
      eventDate(
        'The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March. Trade should reach $7 billion in 2026. "We will reach $8 billion this year," the president said.',
      ),
      '--03-03',
      'another figure: no year',
    );
  });
  it('does not take a target year as a completed one', () => {
    assert.equal(
      eventDate('The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March. They plan to raise trade to $10 billion by 2030.'),
      '--03-03',
    );
  });
  it('follows a chain of relative years anchored by a stated one', () => {
    assert.equal(
      eventDate(
        'The ministers of Georgia and Armenia met in Tbilisi on 9 February.\nLast year trade dipped, after a rise the year before. In 2021 it had doubled.',
      ),
      '2023-02-09',
    );
  });
  it('counts an anniversary from the founding year', () => {
    assert.equal(
      eventDate('The foreign ministers of Chile and Argentina met in Santiago on 14 March to mark the 40th anniversary of the treaty signed in 1984.'),
      '2024-03-14',
    );
  });
  it('resolves "the day after tomorrow" only against a publication date', () => {
    const text =
      'The presidents of Kazakhstan and Uzbekistan met in Astana on 3 March. The Uzbek president will attend the closing ceremony in Astana the day after tomorrow.';
    assert.equal(extractText('t.txt', text).events.find((e) => e.planned)?.date ?? null, null);
  });
});

describe('days of the week', () => {
  it('anchors "on Tuesday" to the publication date, and refuses without one', () => {
    const text = 'President of China Xi Jinping held talks with President of Chile Gabriel Boric in Beijing on Tuesday.';
    assert.equal(eventDate(text, '2023-10-18'), '2023-10-17');
    assert.equal(eventDate(text), null);
  });
  it('reads a planned encounter "on Friday" in a text of a Friday as that day, and "next Friday" as a week on', () => {
    // 2024-07-19 was a Friday.
    assert.equal(eventDate('President Ana Soler of Chile is due to meet President Luis Quispe of Peru in Lima on Friday.', '2024-07-19'), '2024-07-19');
    assert.equal(eventDate('President Ana Soler of Chile will meet President Luis Quispe of Peru in Lima next Friday.', '2024-07-19'), '2024-07-26');
    assert.equal(eventDate('President Ana Soler of Chile will meet President Luis Quispe of Peru in Lima on Monday.', '2024-07-19'), '2024-07-22');
  });
  it('drops a Hijri date ("21/5/1445 AH") and reads the numeric date beside it day first ("12/5/2023 AD" is 12 May)', () => {
    const got = findDates('The visit took place on 21/5/1445 AH corresponding to 12/5/2023 AD in Riyadh.', 0);
    assert.deepEqual(
      got.map((d) => [d.text, d.from]),
      [['12/5/2023', { year: 2023, month: 5, day: 12 }]],
    );
  });
  it('keeps a numeric date before "H.E." (no Hijri mark), and swaps no date chrono read day first', () => {
    assert.deepEqual(
      findDates('On 12/5/2023 H.E. the Minister received the ambassador.', 0).map((d) => d.from),
      [{ year: 2023, month: 12, day: 5 }],
    );
    assert.deepEqual(
      findDates('Talks on 21/5/2023 and on 5/13/2023 were held.', 0).map((d) => d.from),
      [
        { year: 2023, month: 5, day: 21 },
        { year: 2023, month: 5, day: 13 },
      ],
    );
  });
  it('reads an ambiguous numeric date by the weekday beside it ("Wednesday (05/07/2023)" is 5 July)', () => {
    const parts = (text: string) => findDates(text).map((d) => [d.from.month, d.from.day]);
    assert.deepEqual(parts('They met on Wednesday (05/07/2023) in Lima.'), [[7, 5]]);
    assert.deepEqual(parts('They met on Wednesday, 05/07/2023 in Lima.'), [[7, 5]]);
    assert.deepEqual(parts('They met on Sunday, 05/07/2023 in Lima.'), [[5, 7]]);
  });
  it('keeps the day the text writes after "late" ("on late Aug. 11"), not one chrono fills in ("in late August")', () => {
    const parts = (text: string) => findDates(text).map((d) => [d.from.month, d.from.day]);
    assert.deepEqual(parts('They spoke by phone on late Aug. 11.'), [[8, 11]]);
    assert.deepEqual(parts('They met in late August.'), [[8, null]]);
  });
});

describe('days listed with one month and year', () => {
  it('reads "August 4, 5 and 6, 2022" and "4, 5 and 6 August 2022" as the span of the days, and no list of other numbers', () => {
    for (const text of [
      'On August 4, 5 and 6, 2022, the minister paid an official visit.',
      'On 4, 5 and 6 August 2022, the minister paid an official visit.',
    ]) {
      const [d] = findDates(text);
      assert.deepEqual(
        [d?.from, d?.to],
        [
          { year: 2022, month: 8, day: 4 },
          { year: 2022, month: 8, day: 6 },
        ],
      );
    }
    assert.ok(!findDates('Trade grew 4, 5 and 6 per cent in 2022.').some((d) => d.kind === 'calendar'));
  });
});
