import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../../src/extract/pipeline.js';

const agreements = (text: string, published: string | null = null) =>
  extractText('t.txt', text, { published }).agreements.map((a) => ({ title: a.title, kind: a.kind, status: a.status, date: a.date, parties: a.parties }));

const LEAD = 'President of Angola João Lourenço held talks with President of Brazil Luiz Inácio Lula da Silva in Brasília on 23 April.';

describe('agreements', () => {
  it('reads a named document, its kind and status, dated by the talks', () => {
    const got = agreements(`${LEAD} After the talks the presidents signed an agreement on cooperation in agriculture.`, '2024-04-23');
    assert.deepEqual(got, [{ title: 'agreement on cooperation in agriculture', kind: 'agreement', status: 'signed', date: '2024-04-23', parties: ['AGO', 'BRA'] }]);
  });
  it('keeps a capitalised title whole and stops before the clause goes on', () => {
    const [a] = agreements(`${LEAD} The 2030 Road Map on Industrial Cooperation in Mining was signed in the presence of the leaders.`);
    assert.equal(a!.title, '2030 Road Map on Industrial Cooperation in Mining');
    assert.equal(a!.kind, 'roadmap');
  });
  it('takes a stated year over the date of the talks', () => {
    const [a] = agreements(`${LEAD} The Treaty on Friendship was signed in 2005.`, '2024-04-23');
    assert.equal(a!.date, '2005');
  });
  it('merges a planned mention into the signed one', () => {
    const got = agreements(`${LEAD} A memorandum on health cooperation will be signed. Later the ministers signed the Memorandum of Understanding on Health Cooperation.`);
    assert.equal(got.length, 1);
    assert.equal(got[0]!.status, 'signed');
    assert.equal(got[0]!.kind, 'memorandum');
  });
  it('reads what is in force', () => {
    const [a] = agreements(`${LEAD} The Agreement on Visa-Free Travel entered into force in 2019.`);
    assert.equal(a!.status, 'in_force');
  });
  it('does not count unnamed bundles or plans without a document', () => {
    assert.deepEqual(agreements(`${LEAD} A number of documents were signed. Several agreements are being implemented. The sides will intensify a road map of relations.`), []);
  });
  it('does not count a joint statement made to the press', () => {
    assert.deepEqual(agreements(`${LEAD} Following the talks the leaders made a joint statement for the press.`), []);
  });
});

describe('agreements: dates, parties and status in busy sentences', () => {
  it('reads each document of a list with its own status', () => {
    const got = agreements(`${LEAD} Today we signed a protocol amending the Preferential Trade Agreement, which has been in force since 2021, and an agreement on cooperation in the defence industry.`, '2024-04-23');
    const byKind = Object.fromEntries(got.map((a) => [a.kind, a.status]));
    assert.equal(byKind.protocol, 'signed');
    assert.deepEqual(got.find((a) => a.title.startsWith('agreement on cooperation'))?.status, 'signed');
  });
  it('keeps a signing date it cannot place in a year unknown rather than borrowing the talks’ date', () => {
    const [a] = agreements(`${LEAD} Lula recalled the Defence Cooperation Agreement signed in Luanda in August last year.`);
    assert.equal(a!.date, null);
  });
  it('gives documents of a multilateral meeting all its states', () => {
    const text = 'The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana on 9 August. At the end of the session the leaders adopted a Joint Statement.';
    assert.deepEqual(agreements(text, '2024-08-09')[0]!.parties, ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
  });
  it('dates documents to be signed at an announced visit by the visit', () => {
    const [a] = agreements('Prime Minister of Italy Giorgia Meloni will pay an official visit to Egypt on 17 March. The sides are expected to sign a memorandum of understanding on labour mobility during the visit.', '2024-03-15');
    assert.deepEqual([a!.status, a!.date], ['planned', '2024-03-17']);
  });
});

describe('agreements in lists', () => {
  it('gives the status of "the following documents were signed:" to the items after it', () => {
    const text = `${LEAD}\nThe following documents were exchanged in the presence of the two leaders:\n- Plan of Action for the Strategic Partnership;\n- MoU on cooperation in the field of tourism;\n- Terms of Reference on maritime cooperation.`;
    const got = agreements(text, '2024-04-23');
    assert.deepEqual(got.map((a) => [a.kind, a.status]).sort(), [['memorandum', 'signed'], ['other', 'signed'], ['program', 'signed']]);
  });
});

describe('agreements named by their subject', () => {
  it('reads "an air services agreement" as a named document, and "finalise" as planned', () => {
    const [a] = agreements(`${LEAD} The sides agreed to finalise an air services agreement before the end of the year.`);
    assert.deepEqual([a!.title, a!.status], ['air services agreement', 'planned']);
  });
});
