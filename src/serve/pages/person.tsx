// A person: names, roles over time (each from a dated document), encounters, sources.
import type { FC } from 'hono/jsx';
import { stateName } from '../../facts/states.js';
import type { PersonPage as PersonData } from '../data/dossiers.js';
import { eventTitle, roleSpans } from '../data/labels.js';
import { DateText, Evidence, Layout, MoreLink } from './layout.js';

export const PersonPage: FC<{ d: PersonData }> = ({ d }) => {
  const p = d.person;
  return (
    <Layout title={p.name} json={`/api/people/${p.id}`} csv={p.country ? `/api/people?country=${p.country}&format=csv` : undefined}>
      <h1>{p.name}</h1>
      <p class="lede">
        {[p.role, p.country ? stateName(p.country) : null].filter(Boolean).join(', ')}
        {p.aliases.length ? ` · also written ${p.aliases.join(', ')}` : ''}
      </p>
      <section aria-labelledby="roles">
        <h2 id="roles">Roles over time</h2>
        <p>Each role as first and last stated, by the dates of the documents stating it; the JSON lists every statement.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">First stated</th>
              <th scope="col">Last stated</th>
              <th scope="col" class="num">
                Times stated
              </th>
            </tr>
          </thead>
          <tbody>
            {roleSpans(p.roles).map((r) => (
              <tr>
                <td>{r.role}</td>
                <td>
                  <DateText date={r.first.date} /> {r.first.document}
                </td>
                <td>
                  <DateText date={r.last.date} /> {r.last.document}
                </td>
                <td class="num">{r.mentions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="encounters">
        <h2 id="encounters">Encounters</h2>
        <ul>
          {d.events.map((e) => (
            <li id={e.id}>
              <DateText date={e.date} /> {eventTitle(e)}
              <Evidence sources={e.sources} documents={e.num_documents} fact={e.id} />
            </li>
          ))}
        </ul>
        {d.more_events.count ? (
          <p>
            <MoreLink more={d.more_events} noun="encounter" />, newest first.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <Evidence sources={p.sources} documents={p.num_documents} label="Sentences naming this person" />
      </section>
    </Layout>
  );
};
