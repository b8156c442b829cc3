import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const events = (text: string, published: string | null = null) =>
  extractText('t.txt', text, { published }).events.map((e) => ({ type: e.type, date: e.date, end: e.end_date, planned: e.planned, countries: e.countries }));

describe('events', () => {
  it('makes one event of the parts of one encounter', () => {
    const text = [
      'Talks with the President of Kyrgyzstan',
      '',
      'President of Uzbekistan Shavkat Mirziyoyev held talks with President of Kyrgyzstan Sadyr Japarov at the Kuksaroy residence in Tashkent on 14 March.',
      '',
      'The talks were preceded by an official welcoming ceremony. A one-on-one meeting followed, then broader negotiations with the delegations.',
    ].join('\n');
    assert.deepEqual(events(text, '2024-03-14'), [{ type: 'meeting', date: '2024-03-14', end: null, planned: false, countries: ['KGZ', 'UZB'] }]);
  });
  it('reads a multi-day visit with its end date', () => {
    const [e] = events('The state visit of the President of Kazakhstan Kassym-Jomart Tokayev to the United Arab Emirates on May 20-22 ended with talks.', '2024-05-22');
    assert.deepEqual(e, { type: 'visit', date: '2024-05-20', end: '2024-05-22', planned: false, countries: ['ARE', 'KAZ'] });
  });
  it('reports a past encounter the text recalls as its own event', () => {
    const got = events('President of Brazil Luiz Inácio Lula da Silva met President of Angola João Lourenço in Brasília on 23 April. Lula da Silva recalled his official visit to Luanda in August 2023.', '2024-04-23');
    assert.deepEqual(got.map((e) => [e.type, e.date]), [['meeting', '2024-04-23'], ['visit', '2023-08']]);
  });
  it('reads phone calls', () => {
    const [e] = events('President of Türkiye Recep Tayyip Erdoğan had a telephone conversation with President of Azerbaijan Ilham Aliyev on 28 May.');
    assert.deepEqual(e, { type: 'phone_call', date: '--05-28', end: null, planned: false, countries: ['AZE', 'TUR'] });
  });
  it('marks announced encounters as planned', () => {
    const got = events('The foreign ministers of India and Kenya met in Nairobi on 4 June. President of Kenya William Ruto will pay a state visit to India in December.', '2024-06-05');
    assert.deepEqual(got.map((e) => [e.type, e.date, e.planned]), [['meeting', '2024-06-04', false], ['visit', '2024-12', true]]);
  });
  it('reads a proposal to hold an encounter as planned, not held', () => {
    const got = events('The prime ministers of Georgia and Armenia met in Tbilisi on 3 March. The Armenian side proposed holding the next business forum in Yerevan in October.', '2024-03-04');
    assert.deepEqual(got.map((e) => [e.type, e.date, e.planned]), [['meeting', '2024-03-03', false], ['forum', '2024-10', true]]);
  });
  it('reads a visit the text awaits as planned', () => {
    const got = events('Kassym-Jomart Tokayev said Kazakhstan expects the state visit of President of Uzbekistan Shavkat Mirziyoyev to Astana in May.', '2025-03-02');
    assert.deepEqual(got.map((e) => [e.type, e.date, e.planned]), [['visit', '2025-05', true]]);
  });
  it('dates a visit planned for "the second half of the year" by the year', () => {
    const got = events('President of Kyrgyzstan Sadyr Japarov spoke by phone with President of Uzbekistan Shavkat Mirziyoyev on 19 March. They went over the state visit of Sadyr Japarov to Uzbekistan planned for the second half of the year.', '2024-03-19');
    assert.deepEqual(got.map((e) => [e.type, e.date, e.planned]), [['phone_call', '2024-03-19', false], ['visit', '2024', true]]);
  });
  it('does not count the spokesperson who reports an encounter among its participants', () => {
    const f = extractText('t.txt', 'Kremlin Spokesman Dmitry Peskov said President of Russia Vladimir Putin held talks with President of China Xi Jinping in Moscow on 21 March.', { published: '2023-03-21' });
    assert.deepEqual(f.events[0]?.participants.map((p) => p.name), ['Vladimir Putin', 'Xi Jinping']);
  });
  it('does not make an event of a hypothetical', () => {
    const got = events('The presidents of Belarus and Tajikistan met in Minsk on 28 June. I think other leaders may join these talks one day.');
    assert.equal(got.length, 1);
  });
});

describe('events: dates and spans', () => {
  it('reads "in January last year" against the reference year', () => {
    const got = events('President of Uzbekistan Shavkat Mirziyoyev spoke by phone with President of Kyrgyzstan Sadyr Japarov on 10 January. They recalled the state visit to Bishkek in January last year.', '2024-01-10');
    assert.deepEqual(got.map((e) => [e.type, e.date]), [['phone_call', '2024-01-10'], ['visit', '2023-01']]);
  });
  it('extends the main visit to the day the text says it ends', () => {
    const got = events('President Cyril Ramaphosa of South Africa will begin a state visit to Nigeria on 3 December 2024. The visit will conclude on 4 December 2024.', '2024-12-01');
    assert.deepEqual(got.map((e) => [e.type, e.date, e.end, e.planned]), [['visit', '2024-12-03', '2024-12-04', true]]);
  });
  it('reports talks the text frames as one side\'s visit as the visit, even when one day is given', () => {
    const [e] = events('President of Azerbaijan Ilham Aliyev, who is on a working visit to Türkiye, held talks with President Recep Tayyip Erdoğan in Ankara on 12 March.', '2025-03-12');
    assert.equal(e!.type, 'visit');
  });
});

describe('events: anchors and names', () => {
  it('reads "on Thursday" against a dateline day in the year the text establishes', () => {
    const text = 'SANTIAGO, March 14 (Cono Sur Press) – The foreign ministers of Chile and Argentina met in Santiago on Thursday to mark the 40th anniversary of the treaty signed in 1984.';
    assert.deepEqual(events(text).map((e) => e.date), ['2024-03-14']);
  });
  it('takes a person named after a city for a person, not a place', () => {
    const facts = extractText('t.txt', 'President Luiz Inácio Lula da Silva received Paraguayan President Santiago Peña at the Planalto Palace in Brasília on 8 April.', { published: '2024-04-08' });
    assert.deepEqual(facts.events[0]!.countries, ['BRA', 'PRY']);
    assert.equal(facts.events[0]!.place?.city, 'Brasília');
  });
  it('reads a meeting of heads of state as a summit', () => {
    const [e] = events('The Consultative Meeting of the Heads of State of Central Asia was held in Astana on 9 August with the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.', '2024-08-09');
    assert.equal(e!.type, 'summit');
    assert.equal(e!.countries.length, 5);
  });
});

describe('events: sides', () => {
  it('takes "the two leaders" for the document pair, not every state the sentence names', () => {
    const text = 'Prime Minister of Italy Giorgia Meloni held talks with President of Egypt Abdel Fattah al-Sisi in Cairo on 17 March. The two leaders last met in October, on the sidelines of a peace summit on Gaza and Palestine.';
    const got = events(text, '2024-03-17');
    assert.deepEqual(got.find((e) => e.date === '2023-10')?.countries, ['EGY', 'ITA']);
  });
  it('reads "last autumn" as the year before', () => {
    const got = events('President of Kazakhstan Kassym-Jomart Tokayev received the foreign minister of Hungary on 27 February. He recalled his official visit to Budapest last autumn.', '2024-02-27');
    assert.deepEqual(got.map((e) => [e.type, e.date]), [['meeting', '2024-02-27'], ['visit', '2023']]);
  });
});

describe('events: spans and recalled visits', () => {
  it('reads "a two-day official visit beginning tomorrow" as a planned two-day span', () => {
    const [e] = events('Prime Minister of Malaysia Anwar Ibrahim will undertake a two-day official visit to Brunei beginning tomorrow.', '2023-10-23');
    assert.deepEqual([e!.type, e!.date, e!.end, e!.planned], ['visit', '2023-10-24', '2023-10-25', true]);
  });
  it('keeps an undated past visit elsewhere as its own event', () => {
    const got = events('President of Belarus Aleksandr Lukashenko held talks with President of Zimbabwe Emmerson Mnangagwa in Minsk on 4 June.\nThe talks covered agriculture.\nLukashenko recalled his official visit to Zimbabwe and the warm welcome in Harare.');
    assert.deepEqual(got.map((e) => [e.type, e.date]), [['meeting', '--06-04'], ['visit', null]]);
  });
});
