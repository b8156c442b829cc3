// The lists as pages: /events, /agreements, /trade, /people and /documents take the same filters and
// cursor as their /api/ twins, load through the same loader, and show one page of rows with each
// row's evidence and a link to the next page. They are where a dossier's "N more" leads, and where a
// fact's own link (?id=…) shows it with its sentences.
import type { FC } from 'hono/jsx';
import type { AgreementRow, DocumentRow, EventRow, PersonRow, TradeRow } from '../../store/store.js';
import { stateName } from '../../facts/states.js';
import type { ListName, ListPage as ListData, ListQuery } from '../data/lists.js';
import { direction, eventTitle, qualified } from '../data/labels.js';
import { Badge, CountCells, CountHeadings, CountryLink, DateText, Evidence, Layout, PairLink } from './layout.js';

/** Country links, and the pair's dossier when the fact involves exactly two. */
const Parties: FC<{ codes: readonly string[] }> = ({ codes }) => (
  <>
    {codes.map((code, i) => (
      <>
        {i ? ', ' : ''}
        <CountryLink code={code} />
      </>
    ))}
    {codes.length === 2 ? (
      <>
        {' '}
        · <PairLink pair={[...codes].sort()}>dossier</PairLink>
      </>
    ) : null}
  </>
);

const EventsTable: FC<{ rows: readonly EventRow[]; caption: string }> = ({ rows, caption }) => (
  <table>
    <caption class="visually-hidden">{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Date</th>
        <th scope="col">Encounter</th>
        <th scope="col">Countries</th>
        <th scope="col">Evidence</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((e) => (
        <tr id={e.id}>
          <td>
            <DateText date={e.date} />
          </td>
          <td>{eventTitle(e)}</td>
          <td>
            <Parties codes={e.countries} />
          </td>
          <td>
            <Evidence sources={e.sources} documents={e.num_documents} fact={e.id} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

/**
 * The agreements register; `idPrefix` keeps row ids unique on a page that lists the agreements twice,
 * and a pair's dossier leaves out the parties (the pair's own page says who they are).
 */
export const AgreementsTable: FC<{ rows: readonly AgreementRow[]; caption: string; idPrefix?: string; parties?: boolean }> = ({
  rows,
  caption,
  idPrefix = '',
  parties = true,
}) => (
  <table>
    <caption class="visually-hidden">{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Date</th>
        <th scope="col">Title</th>
        <th scope="col">Kind</th>
        <th scope="col">Status</th>
        {parties ? <th scope="col">Parties</th> : null}
        <th scope="col">Evidence</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((ag) => (
        <tr id={`${idPrefix}${ag.id}`}>
          <td>
            <DateText date={ag.date} />
          </td>
          <td>{ag.title}</td>
          <td>{ag.kind.replace('_', ' ')}</td>
          <td>{ag.status.replace('_', ' ')}</td>
          {parties ? (
            <td>
              <Parties codes={ag.parties} />
            </td>
          ) : null}
          <td>
            <Evidence sources={ag.sources} documents={ag.num_documents} fact={ag.id} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

const TradeTable: FC<{ rows: readonly TradeRow[]; caption: string }> = ({ rows, caption }) => (
  <table>
    <caption class="visually-hidden">{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Year</th>
        <th scope="col">Measure</th>
        <th scope="col">Kind</th>
        <th scope="col" class="num">
          Value
        </th>
        <th scope="col">Parties, direction, scope</th>
        <th scope="col">Evidence</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((t) => (
        <tr id={t.id} class={`kind-${t.kind}${t.conflicts_with.length ? ' conflict' : ''}`}>
          <td>{t.year ?? 'no year'}</td>
          <td>{t.measure}</td>
          <td>
            {t.kind}
            {t.conflicts_with.length ? (
              <>
                {' '}
                <Badge kind="conflict">sources disagree</Badge>
              </>
            ) : null}
          </td>
          <td class="num">{qualified(t)}</td>
          <td>
            <Parties codes={t.parties} />
            {[direction(t.from, t.to), t.scope]
              .filter(Boolean)
              .map((x) => `; ${x}`)
              .join('')}
          </td>
          <td>
            <Evidence sources={t.sources} documents={t.num_documents} fact={t.id} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

const PeopleTable: FC<{ rows: readonly PersonRow[]; caption: string }> = ({ rows, caption }) => (
  <table>
    <caption class="visually-hidden">{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Country</th>
        <th scope="col">Role</th>
        <th scope="col">Also written</th>
        <th scope="col">Evidence</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((p) => (
        <tr id={p.id}>
          <td>
            <a href={`/people/${p.id}`}>{p.name}</a>
          </td>
          <td>{p.country ? <CountryLink code={p.country} /> : '—'}</td>
          <td>{p.role ?? '—'}</td>
          <td>{p.aliases.join(', ') || '—'}</td>
          <td>
            <Evidence sources={p.sources} documents={p.num_documents} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

const DocumentsTable: FC<{ rows: readonly DocumentRow[]; caption: string }> = ({ rows, caption }) => (
  <table>
    <caption class="visually-hidden">{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Document</th>
        <th scope="col">Publisher</th>
        <th scope="col">Published</th>
        <CountHeadings />
        <th scope="col" class="num">
          People
        </th>
      </tr>
    </thead>
    <tbody>
      {rows.map((d) => (
        <tr id={`document-${d.id}`}>
          <td>
            <a href={`/documents/${d.id}`}>{d.title ?? d.source}</a>
            {d.duplicate_of ? (
              <>
                {' '}
                (near-duplicate of <a href={`/documents/${d.duplicate_of.id}`}>{d.duplicate_of.source}</a>)
              </>
            ) : null}
          </td>
          <td>{d.publisher ?? '—'}</td>
          <td>
            <DateText date={d.published} />
          </td>
          <CountCells counts={d.counts} />
          <td class="num">{d.counts.people}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

const NOUNS: Readonly<Record<ListName, string>> = {
  events: 'Encounters',
  agreements: 'Agreements',
  trade: 'Trade figures',
  people: 'People',
  documents: 'Documents',
};

/** The query as words: "Azerbaijan – Brazil, turnover, actual, 2023". */
function describe(q: ListQuery, person: string | null): string {
  const year = q.year === 'none' ? 'no year stated' : q.year === undefined ? null : String(q.year);
  return [
    q.pair ? q.pair.toUpperCase().split('-').map(stateName).join(' – ') : null,
    q.country ? stateName(q.country.toUpperCase()) : null,
    person ? `with ${person}` : null,
    q.type ?? null,
    q.kind && q.kind !== q.type ? q.kind : null,
    year,
    q.since ? `since ${q.since}` : null,
    q.until ? `until ${q.until}` : null,
    q.id ?? null,
  ]
    .filter(Boolean)
    .join(', ');
}

export interface ListPageProps {
  readonly list: ListName;
  readonly q: ListQuery;
  readonly page: ListData;
  /** The name of the person an events list is filtered by. */
  readonly person: string | null;
}

export const ListPage: FC<ListPageProps> = ({ list, q, page, person }) => {
  const params = new URLSearchParams(
    Object.entries(q)
      .filter(([k, v]) => v !== undefined && k !== 'cursor')
      .map(([k, v]) => [k, String(v)]),
  );
  const query = params.size ? `?${params}` : '';
  const here = new URLSearchParams(params);
  if (q.cursor) here.set('cursor', q.cursor);
  const withFormat = new URLSearchParams(here);
  withFormat.set('format', 'csv');
  const next = new URLSearchParams(params);
  if (page.next) next.set('cursor', page.next);
  const described = describe(q, person);
  const title = `${NOUNS[list]}${described ? `: ${described}` : ''}`;
  const caption = `${title}, this page`;
  const rows = page.rows as never;
  return (
    <Layout title={title} json={`/api/${list}${here.size ? `?${here}` : ''}`} csv={`/api/${list}?${withFormat}`}>
      <h1>{title}</h1>
      <p class="lede">
        {page.rows.length ? `${page.rows.length} row${page.rows.length === 1 ? '' : 's'} on this page` : 'Nothing matches'}
        {q.cursor ? (
          <>
            , after the rows of the pages before (<a href={`/${list}${query}`}>first page</a>)
          </>
        ) : null}
        {page.next ? '; more follow.' : page.rows.length ? '; the last page.' : '.'}
      </p>
      {list === 'events' ? <EventsTable rows={rows} caption={caption} /> : null}
      {list === 'agreements' ? <AgreementsTable rows={rows} caption={caption} /> : null}
      {list === 'trade' ? <TradeTable rows={rows} caption={caption} /> : null}
      {list === 'people' ? <PeopleTable rows={rows} caption={caption} /> : null}
      {list === 'documents' ? <DocumentsTable rows={rows} caption={caption} /> : null}
      {page.next ? (
        <p class="pager">
          <a href={`/${list}?${next}`} rel="next">
            Next page
          </a>
        </p>
      ) : null}
    </Layout>
  );
};
