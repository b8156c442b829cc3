import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';
import { cleanDocument } from '../../src/clean/clean-document.js';
import type { RawDocument } from '../../src/read/raw-document.js';

const raw = (text: string, extra: Partial<RawDocument> = {}): RawDocument => ({
  source: 't.txt',
  text,
  format: 'text',
  encoding: 'UTF-8',
  title: null,
  publisher: null,
  published: null,
  ...extra,
});

describe('clean', () => {
  it('reads "Published" on a line of its own with the date on the next, and datelines "City, March 1 /2024 (AGENCY)" and "AGENCY January 10/2019…"', () => {
    assert.equal(
      cleanDocument(raw('Chile and Peru talks\n\nPublished\n16 April 2025, 11:11am\n\nThe ministers of Peru and Chile met in Lima on Tuesday.')).published,
      '2025-04-16',
    );
    const slash = cleanDocument(raw('Lima, March 1 /2024 (ANDINA) Peru and Chile signed three memoranda on trade.'));
    assert.deepEqual([slash.dateline?.city, slash.dateline?.date, slash.publisher], ['Lima', '2024-03-01', 'Andina']);
    const agencyFirst = cleanDocument(raw('ANDINA January 10/2019… President Ana Soler on Thursday held talks with the Peruvian President in Lima.'));
    assert.deepEqual([agencyFirst.dateline?.date, agencyFirst.publisher], ['2019-01-10', 'Andina']);
  });
  it('skips a newspaper\'s edition of the day ("Today\'s Paper | December 19, 2024") and reads the article\'s date under it, never "Today" as a stated date', () => {
    const doc = cleanDocument(
      raw(
        "EXAMPLE.COM\n\nToday's Paper | December 19, 2024\n\nUpdated 23 Nov, 2019 08:59am\n\nTrade ties to set record this year\n\nLIMA: Trade between Peru and Chile is set to reach a record, the ministry said on Friday.",
      ),
    );
    assert.equal(doc.published, '2019-11-23');
    assert.equal(doc.title, 'Trade ties to set record this year');
    assert.equal(cleanDocument(raw("Today's talks\n\nThe ministers of Peru and Chile met in Lima.")).published, null);
  });
  it('reads a question as a headline, and the date line under it however the page ends', () => {
    const doc = cleanDocument(
      raw(
        'What was agreed at the meeting of the Chilean and Peruvian presidents?\n\nDecember 7, 2017 11:00 AM\n\nAfter the meeting, the two presidents said the talks were difficult.\n\n(Source: example.cl)\n\n\nLeave a Reply\n\nYou must be logged in to post a comment.',
      ),
    );
    assert.equal(doc.title, 'What was agreed at the meeting of the Chilean and Peruvian presidents?');
    assert.equal(doc.published, '2017-12-07');
    // A paragraph of two sentences ending in a question is body, not a headline.
    assert.equal(cleanDocument(raw('Trade grew last year. Will it grow again?\n\nThe ministers met on Monday.')).title, null);
  });
  it('drops accessibility widgets, breadcrumbs, counters and durations; keeps content', () => {
    const doc = cleanDocument(
      raw(
        [
          'Font settings',
          'Font size',
          'Color scheme',
          'on blue',
          'Main / News / Events',
          '',
          'Talks in Tashkent',
          '',
          '  • 25',
          '  • 2:41',
          '',
          'The presidents met in Tashkent on 3 March.',
          '',
          'They discussed trade.',
        ].join('\n'),
      ),
    );
    assert.equal(doc.title, 'Talks in Tashkent');
    assert.equal(doc.text, 'Talks in Tashkent\n\nThe presidents met in Tashkent on 3 March.\n\nThey discussed trade.');
  });
  it('reads a date stamp with its source ("Last Updated : Jun 08, 2019 07:50 PM IST | Source: PTI") as the page\'s date and publisher, not its headline', () => {
    const doc = cleanDocument(
      raw(
        [
          'Published: 2019-06-08',
          '',
          'Last Updated : Jun 08, 2019 07:50 PM IST | Source: PTI',
          '',
          'India, Maldives ink six pacts',
          '',
          'India and the Maldives on Saturday signed six agreements.',
        ].join('\n'),
      ),
    );
    assert.equal(doc.title, 'India, Maldives ink six pacts');
    assert.equal(doc.publisher, 'PTI');
    assert.equal(doc.published, '2019-06-08');
  });
  it('drops a link to another article ("Also Read | …", "READ MORE: …") and keeps a sentence that opens with those words', () => {
    const doc = cleanDocument(
      raw(
        [
          'Talks in Tashkent',
          '',
          'The presidents met in Tashkent on 3 March.',
          '',
          'Also Read | President-Elect Picks Former Senator Tom Hale As Transport Secretary.',
          '',
          'READ MORE: Prime Minister Visits Delhi',
          '',
          'Related news is expected soon, the ministry said.',
        ].join('\n'),
      ),
    );
    assert.equal(doc.text, 'Talks in Tashkent\n\nThe presidents met in Tashkent on 3 March.\n\nRelated news is expected soon, the ministry said.');
  });
  it('reads datelines of more shapes: an agency in capitals closed by a stop ("YEREVAN, JULY 17, ARMENPRESS."), a byline run into "City, Country (AFP) Sept 07, 2013", and one under a caption credited "(Xinhua/Name)"', () => {
    const caps = cleanDocument(raw('YEREVAN, JULY 17, ARMENPRESS. Prime Minister of Armenia Nikol Pashinyan met his counterpart on Friday in Minsk.'));
    assert.deepEqual([caps.publisher, caps.dateline?.city, caps.dateline?.monthDay], ['Armenpress', 'Yerevan', '--07-17']);
    const byline = cleanDocument(
      raw('by Staff Writers Lima, Peru (AFP) Sept 07, 2013 Peru and Chile plan to sign ten agreements, the president said on Saturday.'),
    );
    assert.deepEqual([byline.publisher, byline.published, byline.dateline?.city], ['AFP', '2013-09-07', 'Lima']);
    assert.ok(byline.text.startsWith('Peru and Chile plan'), byline.text);
    const captioned = cleanDocument(
      raw(
        [
          'Leaders meet in Lima',
          '',
          'President Ana Soler meets President Luis Quispe in Lima, July 28, 2023. Soler is in Lima to attend the Games. (Andina/Rosa Villa)',
          '',
          'LIMA, July 28 (Andina) -- President Ana Soler on Friday met President Luis Quispe in Lima.',
        ].join('\n'),
      ),
    );
    assert.deepEqual([captioned.publisher, captioned.dateline?.city], ['Andina', 'Lima']);
    // A country in capitals closed by a stop is no agency.
    assert.equal(cleanDocument(raw('LIMA, PERU. The presidents met on Monday in the capital of the country and talked.')).publisher, null);
  });
  it("drops a consent notice and an agency's photo caption above the dateline, and reads a numeric stamp month first when its swapped reading is the dateline's day", () => {
    const doc = cleanDocument(
      raw(
        [
          'Chile, Peru sign deals on chip cooperation',
          '',
          '06/05/2025 07:02 PM',
          'To activate the text-to-speech service, please first agree to the privacy policy below.',
          'President Ana Soler greets President Luis Quispe in Lima on Thursday. ANDINA photo June 5, 2025',
          '',
          'Lima, June 5 (Andina) Chile and Peru signed two agreements on Thursday.',
        ].join('\n'),
      ),
    );
    assert.deepEqual([doc.published, doc.publisher, doc.dateline?.city], ['2025-06-05', 'Andina', 'Lima']);
    assert.ok(!doc.text.includes('privacy policy'), doc.text);
    // With no dateline to agree with, the stamp keeps its day-first reading.
    assert.equal(
      cleanDocument(raw(['Chile, Peru sign deals', '', '06/05/2025 07:02 PM', '', 'Chile and Peru signed two agreements on Thursday in Lima.'].join('\n')))
        .published,
      '2025-05-06',
    );
  });
  it('keeps a headline that names a group photo ("Soler, Quispe skip SCO photo in Astana") as the title', () => {
    assert.equal(
      cleanDocument(
        raw(['Soler, Quispe skip SCO photo in Astana', '', 'ASTANA, July 4 (Kazinform) — The presidents of Chile and Peru did not attend.'].join('\n')),
      ).title,
      'Soler, Quispe skip SCO photo in Astana',
    );
  });
  it('drops a text-size widget above the lead ("Large Medium Small |", "A- A A+"), so it is not the title', () => {
    const doc = cleanDocument(
      raw(['Large Medium Small |', '', 'A- A A+', '', 'TOKYO -- The ministers met on Monday.', '', 'Small firms gained most.'].join('\n')),
    );
    assert.notEqual(doc.title, 'Large Medium Small |');
    assert.equal(doc.text, 'The ministers met on Monday.\n\nSmall firms gained most.');
  });
  it('drops an exchange-rate widget above the headline, so the headline and date line are found', () => {
    const doc = cleanDocument(
      raw(
        [
          'KZT 0.19',
          'USD 478.20 ▲',
          'EUR 99.10',
          '',
          'Ministers meet in Almaty',
          '',
          '09:40, 12 March 2025, Almaty',
          '',
          'The ministers met today. Trade reached USD 90 million.',
        ].join('\n'),
      ),
    );
    assert.equal(doc.title, 'Ministers meet in Almaty');
    assert.equal(doc.published, '2025-03-12');
    assert.match(doc.text, /Trade reached USD 90 million\./);
  });
  it('does not read a hyphenated name in the first sentence as a dateline', () => {
    const doc = cleanDocument(raw('Leaders speak by phone\n\nPresident Abdel Fattah El-Sisi received a phone call from the Prime Minister of Spain.'));
    assert.equal(doc.dateline, null);
    assert.equal(doc.publisher, null);
    assert.match(doc.text, /President Abdel Fattah El-Sisi received/);
  });
  it('keeps one of a title printed twice', () => {
    const doc = cleanDocument(raw('Talks in Ankara\n\nTalks in Ankara\n\n\nThe ministers met.\n\nMore text.'));
    assert.equal(doc.text.match(/Talks in Ankara/g)?.length, 1);
  });
  it('takes the publisher from a copyright line or a closing portal signature', () => {
    assert.equal(
      cleanDocument(raw('Title here now\n\nText of the article.\n\n© 2024 Ministry of Foreign Affairs of Viet Nam. All rights reserved.')).publisher,
      'Ministry of Foreign Affairs of Viet Nam',
    );
    const signed = cleanDocument(raw('Title here now\n\nText of the article.\n\nOfficial website of the President of the Republic of Uzbekistan'));
    assert.equal(signed.publisher, 'Official website of the President of the Republic of Uzbekistan');
    assert.doesNotMatch(signed.text, /Official website/);
  });
  it('reads a stated publication date and an agency dateline, and removes both from the text', () => {
    const doc = cleanDocument(raw(' date 2023-05-05 ASTANA. KAZINFORM– The state visit began on May 4.\n\nMore.'));
    assert.equal(doc.published, '2023-05-05');
    assert.equal(doc.dateline?.city, 'Astana');
    assert.equal(doc.publisher, 'Kazinform');
    assert.ok(doc.text.startsWith('The state visit began'));
    assert.equal(doc.title, null);
  });
  it('reads a date closed by a full stop and skips a time of day alone on its line, to find the headline under them', () => {
    const doc = cleanDocument(
      raw(
        '14.11.2024.\n8:27\nThe council of Chile and Peru today in Lima attended by the presidents\nThe second session of the council will be held today in Lima.',
      ),
    );
    assert.equal(doc.published, '2024-11-14');
    assert.equal(doc.title, 'The council of Chile and Peru today in Lima attended by the presidents');
  });
  it("reads a date line in the page's own language, after a time or a label, and an upper-case English month", () => {
    const head = (line: string): string | null => cleanDocument(raw(`Leaders hold phone talks\n\n${line}\n\nThe presidents spoke by phone.`)).published;
    assert.equal(head('09.41 - lunedì 3 marzo 2025'), '2025-03-03');
    assert.equal(head('By Staff     Date 7 Agustus 2022'), '2022-08-07');
    assert.equal(head('Publié le 5 juin 2023'), '2023-06-05');
    assert.equal(head('Posted On: 04 FEB 2021 6:15PM'), '2021-02-04');
    // A word between a day and a year that names no month of any language is no date.
    assert.equal(head('Vol. 12 Issue 2024'), null);
  });
  it('reads a labelled stamp with a month and no day as the year of writing, not as a publication date', () => {
    const doc = cleanDocument(raw('date 2025-04\nColombo, April 5: The leaders met at the Presidential Secretariat.'));
    assert.equal(doc.published, null);
    assert.equal(doc.publishedMonth, '2025-04');
    // (The capital's dateline with its day and a colon is read as one and leaves the lead.)
    assert.equal(doc.dateline?.city, 'Colombo');
    assert.ok(doc.text.startsWith('The leaders met'));
    const facts = extractText('t.txt', 'date 2025-04\nColombo, April 5: President Ana Reyes of Peru met President Juan Ortiz of Chile.');
    assert.deepEqual(facts.document.reference_year, { year: 2025, reason: 'publication month 2025-04' });
    assert.equal(facts.events[0]?.date, '2025-04-05');
    assert.equal(cleanDocument(raw('date 2025-13\nThe leaders met.')).publishedMonth, null, 'no thirteenth month');
  });
  it('skips a skip link and reads a month and year alone on a line as the year of writing', () => {
    const doc = cleanDocument(
      raw('Skip to Content\n\nINDEX\n\nDecember 2020\n\nPeru-Chile Summit Meeting\n\nOn Tuesday, November 17, the leaders met in Lima.'),
    );
    assert.equal(doc.title, 'Peru-Chile Summit Meeting');
    assert.equal(doc.publishedMonth, '2020-12');
    assert.equal(doc.published, null);
  });
  it("reads a headline over a byline, and without an agency's tag", () => {
    const doc = cleanDocument(
      raw('date 2023-07-13 Peru, Chile sign 3 MOUs on trade\nBy Ana Lopez\nLIMA, July 13 (Andes Press) -- Peru and Chile signed three memorandums.'),
    );
    assert.equal(doc.title, 'Peru, Chile sign 3 MOUs on trade');
    const tagged = cleanDocument(
      raw('(LEAD) Peru, Chile discuss expanding cooperation\n\nLIMA, March 16 (Andes Press) -- The presidents spoke by phone on Wednesday.'),
    );
    assert.equal(tagged.title, 'Peru, Chile discuss expanding cooperation');
  });
  it('reads "As of: February 16, 2024 2:06 p.m" and an agency stamp glued into page furniture ("Source: Agency Monday, February 12, 2024 | 08:53")', () => {
    const asOf = cleanDocument(raw('Ministers sign security agreement\nAs of: February 16, 2024 2:06 p.m\n\nThe ministers signed the agreement in Berlin.'));
    assert.equal(asOf.published, '2024-02-16');
    assert.equal(cleanDocument(raw('First published by Ohmynews on 2007-03-11\n\nThe ministers met on Friday.')).published, '2007-03-11');
    const glued = cleanDocument(
      raw(
        'Politics Ministers meet today The minister will host his counterpart. Source: Balkan Wire Monday, February 12, 2024 | 08:53 Tweet Share\n\nThe ministers will meet today.',
      ),
    );
    assert.equal(glued.published, '2024-02-12');
  });
  it('reads a "Published Date:" label with no space before its date', () => {
    const doc = cleanDocument(raw('Ministers meet in Ulaanbaatar\nPublished Date:2019-08-24\n\nThe ministers met on Thursday.'));
    assert.equal(doc.published, '2019-08-24');
    assert.equal(doc.title, 'Ministers meet in Ulaanbaatar');
  });
  it('reads "Published:" lines and datelines with a day and an agency in brackets', () => {
    const doc = cleanDocument(raw('Published: 14 March 2024 10:31\n\nSANTIAGO, March 14 (Cono Sur Press) – The ministers met.'));
    assert.equal(doc.published, '2024-03-14');
    assert.deepEqual(doc.dateline, { city: 'Santiago', agency: 'Cono Sur Press', monthDay: '--03-14', date: null });
  });
  it('reads an agency between slashes closed by a full stop and no dash ("LIMA, March 14. /Andes Press/. The …")', () => {
    const doc = cleanDocument(raw('LIMA, March 14. /Andes Press/. The ministers met in the capital.'));
    assert.deepEqual(doc.dateline, { city: 'Lima', agency: 'Andes Press', monthDay: '--03-14', date: null });
    assert.equal(doc.publisher, 'Andes Press');
    assert.equal(doc.text, 'The ministers met in the capital.');
  });
  it('reads a place and a day on a line of their own as the dateline, not as the headline ("LIMA, Peru, Sept. 12")', () => {
    const doc = cleanDocument(raw('LIMA, Peru, Sept. 12\n\nThe trade turnover between Peru and Chile exceeded $200 million in June.'));
    assert.deepEqual([doc.title, doc.dateline?.city, doc.dateline?.monthDay], [null, 'Lima', '--09-12']);
    assert.equal(cleanDocument(raw('POLITICS\n\nThe ministers met in Lima.')).dateline, null, 'a section label is no dateline');
  });
  it('lets the user supply the publication date', () => {
    assert.equal(cleanDocument(raw('Some text here.'), { published: '2020-01-02' }).published, '2020-01-02');
  });
});

describe('headers seen on agency and portal pages', () => {
  it('reads Title Case datelines with an agency or a date, and full dates in them', () => {
    const a = cleanDocument(raw('Riyadh, June 10, 2025, SPA -- The Crown Prince received a call.\n\nMore.'));
    assert.equal(a.dateline?.city, 'Riyadh');
    assert.equal(a.published, '2025-06-10');
    const b = cleanDocument(raw('Jakarta (ANTARA) - The President received the guest.'));
    assert.deepEqual([b.dateline?.city, b.publisher], ['Jakarta', 'Antara']);
    assert.equal(cleanDocument(raw('Talks were held. More.')).dateline, null);
  });
  it('reads a headline right above the lead, day-first dates with hyphens, a dateline line with its agency, and a stamp at the foot', () => {
    const headline = cleanDocument(
      raw('Kenya and Uganda sign energy accords\nThe two Presidents met in Kampala on Friday and witnessed the signing of three accords.'),
    );
    assert.equal(headline.title, 'Kenya and Uganda sign energy accords');
    assert.equal(
      cleanDocument(raw('Talks\nThe two Presidents met in Kampala on Friday and signed three accords.')).title,
      null,
      'one word is no headline over a lead',
    );
    const hyphens = cleanDocument(raw('Tbilisi and Yerevan sign a memorandum\n\n14-03-2024 11:20:05 Politics\n\nThe Prime Ministers met on Thursday.'));
    assert.equal(hyphens.published, '2024-03-14');
    const agency = cleanDocument(raw('Aliyev receives a delegation\n\nBaku, March 5, AZERTAC\n\nPresident Ilham Aliyev received a delegation of Kazakhstan.'));
    assert.deepEqual([agency.dateline?.city, agency.dateline?.monthDay, agency.publisher], ['Baku', '--03-05', 'Azertac']);
    const foot = cleanDocument(
      raw('Aliyev receives a delegation\n\nPresident Ilham Aliyev received a delegation of Kazakhstan.\n\nOfficial news 2024-03-05 12:05:00\n\nVideo'),
    );
    assert.equal(foot.published, '2024-03-05');
    const related = cleanDocument(
      raw(
        'Aliyev receives a delegation\n\nPresident Ilham Aliyev received a delegation of Kazakhstan.\n\nRelated\n\n2024-03-01 Aliyev meets envoys\n\n2024-02-27 Aliyev visits Astana',
      ),
    );
    assert.equal(related.published, null, 'a list of related articles has a date on each line');
  });
  it('reads a "Published By" byline as the publication day, and takes no one from it', () => {
    const doc = cleanDocument(
      raw('PM speaks to President\n\nPublished By : Admin | June 2, 2020 | 21:29 IST\n\nThe Prime Minister had a telephone conversation today.'),
    );
    assert.equal(doc.published, '2020-06-02');
    assert.doesNotMatch(doc.text, /Published By/);
  });
  it('reads a dateline whose day and agency follow the place and its country in brackets', () => {
    const doc = cleanDocument(
      raw('ANKARA (Türkiye) – Sunday, 14 April 2024 (APS) – President Abdelmadjid Tebboune and his Turkish counterpart held talks in Ankara.'),
    );
    assert.deepEqual([doc.dateline?.city, doc.publisher, doc.published], ['Ankara', 'APS', '2024-04-14']);
    assert.ok(doc.text.startsWith('President Abdelmadjid Tebboune'));
  });
  it('joins the lines of a text wrapped at a fixed width, and leaves lists and one-paragraph lines alone', () => {
    const wrapped = [
      'Kazakh Prime Minister Olzhas Bektenov met with Turkish Vice',
      'President Cevdet Yilmaz, who is on an official visit to the',
      'country, on December 20, the government press office reports.',
      'According to the government, the meeting highlighted the',
      'importance of the official visit of the Turkish Vice President',
      'for further strengthening good neighbourly and brotherly',
      'relations between the two countries and their economies.',
      'Special attention was paid to the efforts of Presidents Kassym',
      'Tokayev and Recep Tayyip Erdogan in the development of the',
      'strategic partnership and alliance between both nations.',
    ].join('\n');
    const doc = cleanDocument(raw(wrapped));
    assert.match(doc.text, /Turkish Vice President Cevdet Yilmaz/);
    assert.match(doc.text, /Presidents Kassym Tokayev/);
    assert.equal(doc.text.length, wrapped.trim().length, 'a break becomes a space: offsets stay');
    const list = [
      'The documents signed are listed below',
      'Agreement on visa exemption for holders of diplomatic passports',
      'Memorandum on tourism',
      'Memorandum of understanding on cooperation in health care and medical science',
      'Protocol on consular matters',
      'Programme of cultural exchanges for 2024-2026 between the ministries',
      'Agreement on air services',
      'Memorandum on youth',
      'Road map on trade',
    ].join('\n');
    assert.equal(cleanDocument(raw(list)).text.split('\n').length, 9, 'titles of many widths are a list, not a wrapped paragraph');
  });
  it('keeps lower-case list items ending in commas one to a line', () => {
    const doc = cleanDocument(
      raw('Fields of cooperation\n\nThe agreements cover these areas of cooperation,\nhealth and medicine,\neducation and science,\nculture and tourism.'),
    );
    assert.match(doc.text, /health and medicine,\neducation and science,/);
  });
  it('joins a line that ends on a comma to a next line going on in lower case ("… Sinisa Pavic," / "non-resident Ambassador of Serbia …")', () => {
    const doc = cleanDocument(
      raw(
        'Envoys met the minister\n\nAna Soler, non-resident Ambassador of Chile, Sinisa Pavic,\nnon-resident Ambassador of Serbia, met the minister on Tuesday.',
      ),
    );
    assert.match(doc.text, /Sinisa Pavic, non-resident Ambassador of Serbia/);
  });
  it('joins a sentence broken across lines in a text of mixed widths, and keeps a one-to-a-line list of lower-case items', () => {
    const broken = [
      'Talks in Ulaanbaatar',
      '',
      'The two governments signed agreements on the development of basic project',
      'documentation for a power plant in the capital, as well as on cooperation in the supply of',
      'fuel. The leaders then made statements to the press after the talks in the Government Palace.',
    ].join('\n');
    const doc = cleanDocument(raw(broken));
    assert.match(doc.text, /basic project documentation for a power plant/);
    assert.match(doc.text, /supply of fuel\./);
    assert.match(doc.text, /^Talks in Ulaanbaatar\n/, 'a heading stays on its line');
    assert.equal(doc.text.length, broken.trim().length, 'a break becomes a space: offsets stay');
    const items = ['The following documents were signed:', 'agreement on visa exemption for holders of diplomatic passports', 'memorandum on tourism'].join(
      '\n',
    );
    assert.equal(cleanDocument(raw(items)).text.split('\n').length, 3);
  });
  it('reads a month-first American stamp, a stamp under a line of dots, and a source line with a time at the foot', () => {
    assert.equal(cleanDocument(raw('Leaders meet in Ashgabat\n\n11/27/2021 7:30:00 PM\n\nThe presidents met on Saturday.')).published, '2021-11-27');
    const dots = cleanDocument(
      raw('...\n\nMinister arrives in Dhaka for talks\n\nOther News Materials 9 February 2009 10:36 (UTC +04:00)\n\nThe minister arrived on Monday.'),
    );
    assert.deepEqual([dots.title, dots.published], ['Minister arrives in Dhaka for talks', '2009-02-09']);
    const foot = cleanDocument(
      raw('PM to arrive for talks\n\nThe Prime Minister is expected in Nairobi tomorrow for a state visit.\n\nSource: The Star June 21, 2016 02:48 UTC'),
    );
    assert.equal(foot.published, '2016-06-21');
    // A day-first date stays day-first: "05/11/2021" is 5 November.
    assert.equal(cleanDocument(raw('Talks held\n\n05/11/2021 10:00\n\nThe presidents met on Friday.')).published, '2021-11-05');
  });
  it('reads a Title Case city before a spaced long dash when a sentence follows, and no headline as one', () => {
    const stamped = cleanDocument(raw('Posted 2024-03-05 Maputo — The visiting Minister of Trade of Brazil left Maputo on Tuesday evening after talks.'));
    assert.deepEqual([stamped.dateline?.city, stamped.published], ['Maputo', '2024-03-05']);
    const alone = cleanDocument(raw('Nairobi – The President received a delegation of investors from Japan at State House on Monday.\n\nMore.'));
    assert.equal(alone.dateline?.city, 'Nairobi');
    const headline = cleanDocument(raw('Kenya – Ethiopia Relations Enter a New Phase\n\nThe two leaders met in Addis Ababa on Monday.'));
    assert.equal(headline.dateline, null, 'a headline has no sentence after its dash');
    assert.equal(headline.title, 'Kenya – Ethiopia Relations Enter a New Phase');
    const hyphen = cleanDocument(raw('Lusaka - based analysts said the visit of the President of Angola to Zambia would be short.'));
    assert.equal(hyphen.dateline, null, 'a short hyphen is no long dash');
  });
  it('takes a masthead above the headline as publisher, and a date line with time and place', () => {
    const doc = cleanDocument(
      raw(
        'Government of Hungary – Ministry of Foreign Affairs\n\nHungary and Uzbekistan expand ties\n\nJanuary 29, 2025, 15:30, Novo-Ogaryovo, Moscow Region\n\nThe ministers met.',
      ),
    );
    assert.equal(doc.title, 'Hungary and Uzbekistan expand ties');
    assert.equal(doc.publisher, 'Government of Hungary – Ministry of Foreign Affairs');
    assert.equal(doc.published, '2025-01-29');
  });
  it('reads a Russian-language date stamp', () => {
    assert.equal(cleanDocument(raw('Ministers meet in Bishkek\n\n15:11, 24 мая 2025\n\nThe ministers met today.')).published, '2025-05-24');
  });
});

describe('bylines', () => {
  it('reads the date of a byline line with an update stamp', () => {
    assert.equal(cleanDocument(raw('Leaders meet in Rome\n\nAhmet Yildirim |29.04.2025 - Update : 29.04.2025\n\nThe leaders met.')).published, '2025-04-29');
  });
  it('reads a time-then-date stamp ("18:02 / 22.10.2021.") and takes no "Author:" line for the headline', () => {
    const doc = cleanDocument(raw('18:02 / 22.10.2021.\n\nAuthor: Ivo Horvat\n\nPresidents meet in Rome\n\nThe two presidents met in Rome today.'));
    assert.equal(doc.published, '2021-10-22');
    assert.equal(doc.title, 'Presidents meet in Rome');
    assert.doesNotMatch(doc.text, /Ivo Horvat/);
  });
  it('reads a dateline of agency, city and dotted date glued to a print link ("BC, Tallinn, 26.01.2009.Print version")', () => {
    const doc = cleanDocument(raw('Ministers sign a programme\n\nBC, Tallinn, 26.01.2009.Print version\n\nThe ministers will sign the programme on Monday.'));
    assert.equal(doc.published, '2009-01-26');
  });
  it('reads an agency stamp whose source is a web address ("Source: gov.example.rs Thursday, May 10, 2018 | 12:28")', () => {
    const doc = cleanDocument(
      raw(
        'Politics Ministers meet The minister met the delegation on Thursday. Source: gov.example.rs Thursday, May 10, 2018 | 12:28\n\nThe ministers met on Thursday.',
      ),
    );
    assert.equal(doc.published, '2018-05-10');
  });
  it('reads a section label, a time and a dotted date as the stamp ("POLITICS | 13:03 / 03.02.2024"), and no "2 min read" as the title', () => {
    const doc = cleanDocument(
      raw(
        'POLITICS | 13:03 / 03.02.2024\n6008\n2 min read\n\nChile and Peru commit to water cooperation\n\nThe prime ministers of Chile and Peru held talks in Lima.',
      ),
    );
    assert.deepEqual([doc.published, doc.title], ['2024-02-03', 'Chile and Peru commit to water cooperation']);
  });
  it('reads an agency stamp that credits several sources, one with digits ("Source: B92, Novosti Tuesday, October 17, 2023 | 12:32")', () => {
    const doc = cleanDocument(
      raw(
        'Politics Leaders meet The president met his counterpart today. Source: K24, Vesti Tuesday, October 17, 2023 | 12:32 Tweet Share\n\nThe leaders met today.',
      ),
    );
    assert.equal(doc.published, '2023-10-17');
  });
});

describe('the head of a page', () => {
  it('drops a section label over the headline and keeps a printed period for the encounter', () => {
    const doc = cleanDocument(
      raw(
        [
          'Foreign visits',
          '',
          'Prime Minister Ana Rossi’s working visit to the Republic of Chile',
          '',
          '08.03.2022 - 09.03.2022',
          '',
          'more 43 photos',
          '',
          'Prime Minister Ana Rossi arrived in Santiago on a working visit.',
        ].join('\n'),
      ),
    );
    assert.equal(doc.title, 'Prime Minister Ana Rossi’s working visit to the Republic of Chile');
    assert.equal(doc.published, null);
    assert.deepEqual(doc.period, { from: '2022-03-08', to: '2022-03-09' });
    assert.ok(doc.text.slice(doc.leadOffset).startsWith('Prime Minister Ana Rossi arrived'));
    assert.doesNotMatch(doc.text, /photos/);
  });
  it("skips an editor's note, a byline, a place-and-time stamp and a photo credit to find the lead and its agency", () => {
    const doc = cleanDocument(
      raw(
        [
          'Lima 01:27',
          '',
          '(ATTN: UPDATES with quotes)',
          '',
          'By Mira Soltan',
          '',
          '(Juan Perez / unsplash.com)',
          '',
          'LIMA, May 3 (Andina) -- The ministers met today.',
        ].join('\n'),
      ),
    );
    assert.equal(doc.publisher, 'Andina');
    assert.deepEqual([doc.dateline?.city, doc.dateline?.monthDay], ['Lima', '--05-03']);
    assert.equal(doc.text, 'The ministers met today.');
  });
  it('takes a headline suffix for the publisher and drops the headline printed again', () => {
    const doc = cleanDocument(
      raw(
        [
          'Chile joins the initiative as leaders meet in Lima – Andes Post',
          '',
          'Chile joins the initiative as leaders meet in Lima',
          '',
          'Monday, February 7, 2022 – 09:10 UTC',
          '',
          'The presidents met in Lima on Monday.',
        ].join('\n'),
      ),
    );
    assert.deepEqual([doc.title, doc.publisher, doc.published], ['Chile joins the initiative as leaders meet in Lima', 'Andes Post', '2022-02-07']);
    assert.equal(doc.text.match(/joins the initiative/g)?.length, 1);
  });
  it('reads agency datelines without a city ("October 7, Pozirk.", "AKIPRESS.COM -") and a headline after a country dateline', () => {
    assert.equal(cleanDocument(raw('October 7, Pozirk. The leaders agreed to open embassies.')).publisher, 'Pozirk');
    assert.equal(cleanDocument(raw('AKIPRESS.COM - The presidents signed a declaration.')).publisher, 'AKIPRESS.COM');
    assert.equal(cleanDocument(raw('THESTAR.COM.MY — The prime ministers met in Putrajaya.')).publisher, 'THESTAR.COM.MY');
    assert.equal(cleanDocument(raw('NEWS.AZ - The ministers held talks in Baku.')).publisher, 'NEWS.AZ');
    // An abbreviation with full stops is no web address.
    assert.notEqual(cleanDocument(raw('U.S. - Talks with Canada resumed on Monday.')).publisher, 'U.S');
    const doc = cleanDocument(raw('PERU, April 16 - The Presidents of Peru and Chile discuss cooperation\n\nOn April 15 the presidents spoke by phone.'));
    assert.equal(doc.title, 'The Presidents of Peru and Chile discuss cooperation');
  });
  it("prefers the page's labelled publication date to a date printed over it", () => {
    const doc = cleanDocument(raw('Sunday, November 24, 2024\n\nLeaders meet in Lima\n\nUpdated on: May 16, 2022\n\nThe leaders met on Monday.'));
    assert.equal(doc.published, '2022-05-16');
  });
  it('prefers a labelled day of publication to a labelled update, reads a day glued to its month, and takes no stamp for the headline', () => {
    const doc = cleanDocument(
      raw(
        'Updated in: 28 February 2024 - 12:38\n\nChile, Peru sign 4 deals\n\nNews ID: 7142\nPublish Date: 12March 2019 - 10:36\n\nThe ministers met on Monday in Lima.',
      ),
    );
    assert.deepEqual([doc.published, doc.title], ['2019-03-12', 'Chile, Peru sign 4 deals']);
  });
  it('reads a numeric date glued to the publisher\'s name under the headline ("The Daily27-05-2025"), not as the title', () => {
    const doc = cleanDocument(raw('Chile, Peru agree to boost trade\nThe Andes Daily27-05-2025\n\nLIMA: The ministers met yesterday.'));
    assert.deepEqual([doc.published, doc.title], ['2025-05-27', 'Chile, Peru agree to boost trade']);
    const prose = cleanDocument(raw('Chile, Peru agree to boost trade\n\nThe ministers met in Lima and noted contract no27-05-2025'));
    assert.equal(prose.published, null, 'a number glued to a word in prose is no stamp');
  });
  it('takes a numeric date and clock time after the headline ("… to visit Finland 23.8.2018 13:22 | Release") as the stamp, out of the title', () => {
    const doc = cleanDocument(
      raw('President of Chile to visit Peru 23.8.2018 13:22 | Release\n\nThe President of Peru will host the President of Chile on 29 August 2018.'),
    );
    assert.deepEqual([doc.title, doc.published], ['President of Chile to visit Peru', '2018-08-23']);
  });
  it('reads a stamp at the foot with a weekday and a time in AM/PM', () => {
    const doc = cleanDocument(
      raw(
        'Chile, Peru sign 4 deals\n\nThe ministers met in Lima and signed four deals.\n\nAndes Daily |\nMonday September 25, 2023, 03:18:09 PM |\n\nLeave a Reply',
      ),
    );
    assert.equal(doc.published, '2023-09-25');
  });
  it('reads a date after a source credit ("Source: Xinhua| 2021-11-27 23:03:30|")', () => {
    const doc = cleanDocument(raw('Leaders talk by phone\n\nSource: Andes Press| 2021-11-27 23:03:30|\n\nThe two presidents spoke on Saturday.'));
    assert.equal(doc.published, '2021-11-27');
  });
  it('does not take a photo caption for the headline', () => {
    const doc = cleanDocument(
      raw('Minister Kwesi Boateng speaks to journalists in Accra. THE GHANA NEWS/Ama Mensah\n\nACCRA — Ghana is in talks with Peru, the minister said.'),
    );
    assert.equal(doc.title, null);
  });
  it('reads the labels "Published the:" and "Published -", and a date alone on the line under the standfirst, as the publication date', () => {
    assert.equal(
      cleanDocument(raw('Chile and Peru talks\n\nPublished the:  25/11/2017\n\nThe ministers of Peru and Chile met in Lima on Saturday.')).published,
      '2017-11-25',
    );
    assert.equal(
      cleanDocument(
        raw(
          'Chile and Peru talks\n\nThe President went to Peru.\n\nPublished - July 27, 2018 08:49 pm IST - Lima\n\nThe ministers of Peru and Chile met in Lima on Friday.',
        ),
      ).published,
      '2018-07-27',
    );
    const under = cleanDocument(
      raw(
        'Chile and Peru talks\n\nThe foreign minister of Chile met the prime minister of Peru in Lima on April 10.\n\nApr 19, 2024\n\nThe two sides discussed trade.',
      ),
    );
    assert.equal(under.published, '2024-04-19');
    assert.ok(!under.text.includes('Apr 19, 2024'));
  });
  it('reads an agency in brackets opening with an article as a dateline\'s agency ("NAIROBI (The Star) - …")', () => {
    const doc = cleanDocument(raw('NAIROBI (The Star) - The President met the delegation of Ghana on Monday.'));
    assert.equal(doc.dateline?.city, 'Nairobi');
  });
  it('cuts an image marker and its caption glued to the headline ("… visit to Peru hinh anh 1President X (L) and …")', () => {
    const doc = cleanDocument(
      raw(
        'Joint Statement on Chilean President’s visit to Peru hinh anh 1President Ana Soler (L) and President Luis Quispe (Source: VNA)\nLima (VNA) – Chile and Peru issued a joint statement.',
      ),
    );
    assert.equal(doc.title, 'Joint Statement on Chilean President’s visit to Peru');
  });
  it('takes a national agency that names itself in the lead in the present tense ("…, Trend reports via …") as the publisher, not one the lead cites in the past', () => {
    assert.equal(
      cleanDocument(raw('Chile and Peru signed nine documents in Lima on Monday, Trend reports via the press service of the president.')).publisher,
      'Trend',
    );
    assert.equal(cleanDocument(raw('Chile and Peru signed nine documents in Lima on Monday, Trend reported earlier.')).publisher, null);
  });
  it('reads a national agency\'s initials and a day in capitals ("WAM : TUESDAY 14 MAY 2019") as publisher and publication date, past a notice in another script over the lead', () => {
    const doc = cleanDocument(
      raw(
        'Leaders talk by phone\n\nИзвиняваме се, тази страница е само на английски език.\n\nWAM : TUESDAY 14 MAY 2019\n\nLIMA- President Soler on Tuesday held a phone call with President Quispe.',
      ),
    );
    assert.deepEqual([doc.publisher, doc.published], ['WAM', '2019-05-14']);
    // A label in capitals gives the day, not a publisher; a line that is more than a day is no stamp.
    const updated = cleanDocument(raw('UPDATED: 14 May 2019\n\nPresident Soler held talks with President Quispe.'));
    assert.deepEqual([updated.publisher, updated.published], [null, '2019-05-14']);
    assert.equal(cleanDocument(raw('NOTE: 14 May 2019 marks the anniversary\n\nPresident Soler held talks with President Quispe.')).published, null);
  });
  it('reads a numeric stamp month first when the page writes that day out in words ("07/10/2021 | 04:38am EDT" over a foot "July 10, 2021")', () => {
    const doc = cleanDocument(
      raw(
        'Leaders talk by phone\n\n07/10/2021 | 04:38am EDT\nPresident Soler had a phone call today with President Quispe.\n\nLima\nJuly 10, 2021\n\nDisclaimer: distributed unedited.',
      ),
    );
    assert.equal(doc.published, '2021-07-10');
    // Without the day in words the stamp keeps its day-first reading.
    assert.equal(
      cleanDocument(raw('Leaders talk by phone\n\n07/10/2021 | 04:38am\nPresident Soler had a phone call today with President Quispe.')).published,
      '2021-10-07',
    );
  });
  it('reads a newspaper\'s name and the day on a line of their own ("Andes Telegraph: 21 June 2022:") as publisher and publication date', () => {
    const doc = cleanDocument(raw('Andes Telegraph: 21 June 2022:\n\nPresident Soler last Sunday held talks with President Quispe in Lima.'));
    assert.deepEqual([doc.publisher, doc.published], ['Andes Telegraph', '2022-06-21']);
  });
  it('reads a year-first dotted stamp after a section name and a dash ("President\'s News - 2024.2.21") as the publication date', () => {
    const doc = cleanDocument(raw("Soler visits Peru\n\nPresident's News - 2024.2.21\n\nThe President of Chile made an official trip to Peru on Wednesday."));
    assert.equal(doc.published, '2024-02-21');
  });
});
