// Conflicts: trade claims for the same pair, measure, year and kind whose sources give different
// values, side by side with the sentences behind each value.
import type { FC } from 'hono/jsx';
import type { ConflictsOut } from '../data/dossiers.js';
import { names, qualified } from '../data/labels.js';
import { Layout, PairLink, sourceHref } from './layout.js';

export const ConflictsPage: FC<{ d: ConflictsOut; nextHref: string | null; filter: string }> = ({ d, nextHref, filter }) => (
  <Layout title="Conflicting figures" json={`/api/conflicts${filter}`} csv={`/api/conflicts${filter}${filter ? '&' : '?'}format=csv`}>
    <h1>Conflicting figures</h1>
    <p class="lede">Claims whose sources disagree: the same pair, measure, year and kind, with values further apart than rounding.</p>
    {d.rows.length ? null : <p>No conflicting figures.</p>}
    {d.rows.map((group) => {
      const first = group.claims[0]!;
      return (
        <section class="conflict-group" aria-label={`${first.measure} ${names(first.parties)} ${first.year}`}>
          <h2>
            <PairLink pair={first.parties} />: {first.measure} ({first.kind}), {first.year}
          </h2>
          <div class="side-by-side">
            {group.claims.map((claim) => (
              <div id={claim.id}>
                <p>
                  <strong>{qualified(claim)}</strong> · {claim.num_documents} document{claim.num_documents === 1 ? '' : 's'}
                </p>
                {claim.sources.map((s) => (
                  <>
                    <blockquote class="sentence">{s.text}</blockquote>
                    <a href={sourceHref(s)}>
                      {s.document}, sentence {s.sentence + 1}
                    </a>
                  </>
                ))}
              </div>
            ))}
          </div>
        </section>
      );
    })}
    {nextHref ? (
      <p class="pager">
        <a href={nextHref} rel="next">
          More conflicts
        </a>
      </p>
    ) : null}
  </Layout>
);
