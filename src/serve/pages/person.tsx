// A person: names, roles over time (each from a dated document), encounters, sources.
import type { FC } from 'hono/jsx';
import { countryName } from '../countries.js';
import type { PersonPage as PersonData } from '../data/dossiers.js';
import { eventTitle } from '../data/labels.js';
import { DateText, Evidence, Layout } from './layout.js';

export const PersonPage: FC<{ d: PersonData }> = ({ d }) => {
  const p = d.person;
  return (
    <Layout title={p.name} json={`/api/people/${p.id}`} csv={`/api/people?country=${p.country ?? ''}&format=csv`}>
      <h1>{p.name}</h1>
      <p class="lede">
        {[p.role, p.country ? countryName(p.country) : null].filter(Boolean).join(', ')}
        {p.aliases.length ? ` · also written ${p.aliases.join(', ')}` : ''}
      </p>
      <section aria-labelledby="roles">
        <h2 id="roles">Roles over time</h2>
        <table>
          <thead><tr><th scope="col">Date of the document</th><th scope="col">Role</th><th scope="col">Document</th></tr></thead>
          <tbody>
            {p.roles.map((r) => (
              <tr><td><DateText date={r.date} /></td><td>{r.role}</td><td>{r.document}</td></tr>
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
              <Evidence sources={e.sources} documents={e.num_documents} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <Evidence sources={p.sources} documents={p.num_documents} label="Sentences naming this person" />
      </section>
    </Layout>
  );
};
