// Paragraph breaks a page put inside a sentence: read through, offsets kept, and linear on a page of many of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unwrapHardBreaks } from '../../src/clean/hard-wrap.js';

describe('unwrapHardBreaks across blank lines', () => {
  it('joins "… visited Peru in" / blank / "April 2017 and …" with two spaces for the two breaks', () => {
    const lines = ['President Ana Soler of Chile visited Peru in', '', 'April 2017 and invited her counterpart.'];
    const out = unwrapHardBreaks(lines);
    assert.deepEqual(out, ['President Ana Soler of Chile visited Peru in  April 2017 and invited her counterpart.']);
    assert.equal(out.join('\n').length, lines.join('\n').length);
  });

  it('keeps a paragraph that ends its sentence apart from the next', () => {
    const lines = ['President Ana Soler of Chile visited Peru in April.', '', 'the talks went well, the ministers said.'];
    assert.equal(unwrapHardBreaks(lines).length, 3);
  });

  it('stops joining across blank lines once a paragraph is as long as a few sentences, keeping every offset', () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push('the delegation of the ministry travelled on to the', '');
    lines.push('capital.');
    const out = unwrapHardBreaks(lines);
    assert.ok(out.length > 100, `${out.length} paragraphs`);
    assert.ok(out.every((l) => l.length < 1_200));
    assert.equal(out.join('\n').length, lines.join('\n').length);
  });
});

describe('unwrapHardBreaks on a page that cuts its sentences at blank lines', () => {
  it('keeps a run of name fragments apart and the joins linear', () => {
    const lines: string[] = [];
    for (let i = 0; i < 4_000; i++) lines.push('Mr. Mr. Mr. Mr. Mr. Mr. Mr. Mr. Mr. Mr. Kazan', '');
    const out = unwrapHardBreaks(lines);
    assert.ok(out.filter((l) => l !== '').length >= 4_000, `${out.length} paragraphs`);
    assert.equal(out.join('\n').length, lines.join('\n').length);
  });

  it('joins only onto a short first part: a page of fragments in lower case makes no paragraph longer than a few sentences', () => {
    const lines: string[] = [];
    for (let i = 0; i < 4_000; i++) lines.push('the delegation of the ministry travelled on towards the coast and then', '');
    const out = unwrapHardBreaks(lines);
    assert.ok(out.every((l) => l.length < 1_200));
  });
});

describe('unwrapHardBreaks: no page of thousands of cut fragments is read as text', () => {
  it('joins no fragment of a page that cuts far more paragraphs than an article holds', () => {
    // (A name cut after its honorific is what such a page's joins read through: "… the ambassador, Mr. Pablo" / "Rojas …".)
    const cut = (n: number): string[] => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(`On visit ${i} the minister met the new ambassador, Mr. Pablo`, '', 'Rojas of Chile, in Lima.', '');
      return out;
    };
    assert.equal(unwrapHardBreaks(cut(5)).length, 10, 'an article of five cut paragraphs is read through');
    assert.equal(unwrapHardBreaks(cut(500)).length, 2_000);
  });
});
