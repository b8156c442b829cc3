// A document: its cleaned text with every sentence addressable (#s3) and every stretch a fact was
// read from highlighted and linked to that fact; then the facts it states, one line each.
import type { Child, FC } from 'hono/jsx';
import type { DocumentDetail } from '../../store/store.js';
import type { DocumentPage as DocumentData, FactLabel } from '../data/dossiers.js';
import { Badge, Layout } from './layout.js';

interface Range {
  readonly start: number;
  readonly end: number;
  readonly fact: string;
}

/** The sentence's text cut at every evidence boundary; each piece marked with the facts covering it. */
function highlighted(text: string, from: number, to: number, ranges: readonly Range[], facts: ReadonlyMap<string, FactLabel>): Child[] {
  const inside = ranges.filter((r) => r.start < to && r.end > from);
  const cuts = [...new Set([from, to, ...inside.flatMap((r) => [r.start, r.end]).filter((n) => n > from && n < to)])].sort((a, b) => a - b);
  const out: Child[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(start, end);
    const covering = inside
      .filter((r) => r.start <= start && r.end >= end)
      .map((r) => facts.get(r.fact))
      .filter((f): f is FactLabel => Boolean(f));
    if (!covering.length) {
      out.push(piece);
      continue;
    }
    const first = covering[0]!;
    out.push(
      <mark class={`fact ${first.kind}`} data-facts={covering.map((f) => f.id).join(' ')} title={covering.map((f) => f.title).join('\n')}>
        <a href={first.href}>{piece}</a>
      </mark>,
    );
  }
  return out;
}

function body(doc: DocumentDetail, facts: ReadonlyMap<string, FactLabel>): Child[] {
  const ranges: Range[] = doc.mentions.flatMap((m) => m.evidence.map((e) => ({ start: e.start, end: e.end, fact: m.fact_id })));
  const out: Child[] = [];
  let at = 0;
  for (const s of doc.sentences) {
    if (s.start > at) out.push(doc.text.slice(at, s.start));
    out.push(
      <span class="sentence" id={`s${s.index}`}>
        {highlighted(doc.text, s.start, s.end, ranges, facts)}
      </span>,
    );
    at = Math.max(at, s.end);
  }
  if (at < doc.text.length) out.push(doc.text.slice(at));
  return out;
}

export const DocumentPage: FC<{ d: DocumentData }> = ({ d }) => {
  const doc = d.document;
  const facts = new Map(d.facts.map((f) => [f.id, f]));
  return (
    <Layout title={doc.title ?? doc.source} json={`/api/documents/${doc.id}`}>
      <h1>{doc.title ?? doc.source}</h1>
      <p class="lede">
        {[doc.source, doc.publisher, doc.published ? `published ${doc.published}` : 'no publication date', `extracted by ${doc.extractor}`]
          .filter(Boolean)
          .join(' · ')}
        {doc.duplicate_of ? (
          <>
            {' '}
            · near-duplicate of <a href={`/documents/${doc.duplicate_of.id}`}>{doc.duplicate_of.source}</a>
          </>
        ) : null}
      </p>
      <section aria-labelledby="text">
        <h2 id="text">Text</h2>
        <p>Highlighted: where each fact was read. Choose a highlight for its fact.</p>
        <div class="document-text">{body(doc, facts)}</div>
      </section>
      <section aria-labelledby="facts">
        <h2 id="facts">Facts stated here</h2>
        <ul>
          {d.facts.map((f) => {
            const sentences = [...new Set(doc.mentions.filter((m) => m.fact_id === f.id).flatMap((m) => m.evidence.map((e) => e.sentence)))];
            return (
              <li id={`fact-${f.id}`}>
                <Badge kind={f.kind} /> <a href={f.href}>{f.title}</a>
                {sentences.length ? (
                  <>
                    {' '}
                    — read in{' '}
                    {sentences.map((s, i) => (
                      <>
                        {i ? ', ' : ''}
                        <a href={`#s${s}`}>sentence {s + 1}</a>
                      </>
                    ))}
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </Layout>
  );
};
