// A country: its partners ranked by encounters, agreements and trade; its latest encounters and
// agreements; the people of the country the documents name.
import type { FC } from 'hono/jsx';
import type { CountryDossier } from '../data/dossiers.js';
import { CountCells, CountHeadings, Counts, DateText, Layout, MoreLink, PairLink } from './layout.js';
import { Timeline } from './timeline.js';

export const CountryPage: FC<{ d: CountryDossier }> = ({ d }) => (
  <Layout title={d.name} json={`/api/countries/${d.country}`} csv={`/api/events?country=${d.country}&format=csv&limit=500`}>
    <h1>{d.name}</h1>
    <Counts
      items={[
        ['encounters', d.counts.events],
        ['agreements', d.counts.agreements],
        ['trade figures', d.counts.trade],
        ['people', d.counts.people],
      ]}
    />
    <section aria-labelledby="partners">
      <h2 id="partners">Partners</h2>
      <table>
        <caption class="visually-hidden">Partners of {d.name}, most encounters first</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <CountHeadings />
            <th scope="col">Latest encounter</th>
          </tr>
        </thead>
        <tbody>
          {d.partners.map((p) => {
            const other = p.pair.split('-').find((c) => c !== d.country)!;
            return (
              <tr>
                <td>
                  <PairLink pair={p.pair.split('-')}>{p.names[p.pair.split('-').indexOf(other)]}</PairLink>
                </td>
                <CountCells counts={p} />
                <td>
                  <DateText date={p.latest} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      {d.more.events.count || d.more.agreements.count ? (
        <p>
          The newest encounters and agreements;{' '}
          {[
            d.more.events.count ? <MoreLink more={d.more.events} noun="encounter" /> : null,
            d.more.agreements.count ? <MoreLink more={d.more.agreements} noun="agreement" /> : null,
          ]
            .filter(Boolean)
            .map((link, i) => (
              <>
                {i ? ' · ' : ''}
                {link}
              </>
            ))}
          .
        </p>
      ) : null}
      <Timeline items={d.timeline} label={`Timeline of ${d.name}`} />
    </section>
    <section aria-labelledby="people">
      <h2 id="people">People</h2>
      <ul>
        {d.people.map((p) => (
          <li>
            <a href={`/people/${p.id}`}>{p.name}</a>
            {p.role ? `, ${p.role}` : ''} ({p.num_documents} document{p.num_documents === 1 ? '' : 's'})
          </li>
        ))}
      </ul>
      {d.more.people.count ? (
        <p>
          <MoreLink more={d.more.people} noun="person" nouns="people" />, by name.
        </p>
      ) : null}
    </section>
  </Layout>
);
