// The overview: what the corpus holds, the most active pairs, the latest encounters and the network
// of who meets whom (drawn by the bundled script from the same pairs the table lists).
import type { FC } from 'hono/jsx';
import type { Overview } from '../data/dossiers.js';
import { CountCells, CountHeadings, CountryLink, Counts, DateText, Layout, PairLink } from './layout.js';
import { Timeline } from './timeline.js';

export const OverviewPage: FC<{ o: Overview }> = ({ o }) => {
  const linked = o.pairs.filter((p) => p.events > 0);
  const ids = new Set(linked.flatMap((p) => p.pair.split('-')));
  const graph = {
    nodes: o.countries.filter((c) => ids.has(c.country)).map((c) => ({ id: c.country, name: c.name, events: c.events })),
    links: linked.map((p) => {
      const [source, target] = p.pair.split('-');
      return { source, target, pair: p.pair, events: p.events, names: p.names.join(' – ') };
    }),
  };
  return (
    <Layout title="Overview" json="/api/stats">
      <h1>Relations between states, from their readouts</h1>
      <p class="lede">Encounters, agreements, trade figures and people extracted from the documents in this database, each with its source sentences.</p>
      <Counts
        items={[
          ['documents', o.stats.documents],
          ['encounters', o.stats.events],
          ['agreements', o.stats.agreements],
          ['trade figures', o.stats.trade_claims],
          ['people', o.stats.people],
          ['conflicts', o.stats.conflicts],
        ]}
      />

      <section aria-labelledby="network">
        <h2 id="network">Who meets whom</h2>
        <figure data-graph={JSON.stringify(graph)} aria-labelledby="network-caption">
          <figcaption id="network-caption">
            Countries sized by their encounters, joined when they met; choose one for its page, a line for the pair's dossier.
          </figcaption>
          <div class="graph"></div>
        </figure>
      </section>

      <div class="columns">
        <section aria-labelledby="pairs">
          <h2 id="pairs">Most active pairs</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <CountHeadings />
                <th scope="col">Latest</th>
              </tr>
            </thead>
            <tbody>
              {o.pairs.slice(0, 15).map((p) => (
                <tr>
                  <td>
                    <PairLink pair={p.pair.split('-')} />
                  </td>
                  <CountCells counts={p} />
                  <td>
                    <DateText date={p.latest} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href="/api/pairs">All {o.pairs.length} pairs (JSON)</a> · <a href="/api/pairs?format=csv">CSV</a>
          </p>
        </section>
        <section aria-labelledby="latest">
          <h2 id="latest">Latest encounters</h2>
          <Timeline items={o.latest} label="Latest encounters" />
          <p>
            <a href="/events">All {o.stats.events.toLocaleString('en-US')} encounters</a>, newest first · <a href="/agreements">agreements</a> ·{' '}
            <a href="/trade">trade figures</a> · <a href="/documents">documents</a>
          </p>
        </section>
      </div>

      <section aria-labelledby="countries">
        <h2 id="countries">Countries</h2>
        <p>
          {o.countries.map((c, i) => (
            <>
              {i ? ' · ' : ''}
              <CountryLink code={c.country} /> ({c.events})
            </>
          ))}
        </p>
      </section>
    </Layout>
  );
};
