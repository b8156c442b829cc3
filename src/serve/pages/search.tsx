// Search: full text over documents and facts, narrowed by facets (kind, country, year). Each facet
// value is a link that keeps the other choices, so the page works without script.
import type { Child, FC } from 'hono/jsx';
import { stateName } from '../../facts/states.js';
import type { SearchOut } from '../data/dossiers.js';
import { factHref } from '../data/labels.js';
import { Badge, Layout } from './layout.js';

export interface SearchChoice {
  readonly q: string;
  readonly type?: string;
  readonly country?: string;
  readonly year?: number;
}

const href = (choice: SearchChoice, change: Partial<Record<'type' | 'country' | 'year', string | undefined>>, cursor?: string): string => {
  const params = new URLSearchParams({ q: choice.q });
  const merged = { type: choice.type, country: choice.country, year: choice.year === undefined ? undefined : String(choice.year), ...change };
  for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
  if (cursor) params.set('cursor', cursor);
  return `/search?${params}`;
};

/** FTS5 snippets mark matched words with [ and ]: shown as <mark>, the rest as text. */
const snippet = (text: string): Child[] =>
  text.split(/(\[[^\]]*\])/).map((part) => (part.startsWith('[') && part.endsWith(']') ? <mark>{part.slice(1, -1)}</mark> : part));

const hitHref = (hit: SearchOut['rows'][number]): string => (hit.kind === 'document' ? `/documents/${hit.id}` : factHref(hit.id));

const Facet: FC<{ name: 'type' | 'country' | 'year'; label: string; counts: Record<string, number>; choice: SearchChoice; show: (v: string) => string }> = ({
  name,
  label,
  counts,
  choice,
  show,
}) => {
  const current = name === 'year' ? (choice.year === undefined ? undefined : String(choice.year)) : choice[name];
  const entries = Object.entries(counts).sort((a, b) => (name === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
  return (
    <nav aria-label={`${label} facet`}>
      <h3>{label}</h3>
      <ul>
        {current ? (
          <li>
            <a href={href(choice, { [name]: undefined })}>any {label.toLowerCase()}</a>
          </li>
        ) : null}
        {entries.map(([value, n]) => (
          <li>
            <a href={href(choice, { [name]: value })} aria-current={value === current ? 'true' : undefined} data-facet={name} data-value={value}>
              {show(value)}
            </a>{' '}
            ({n})
          </li>
        ))}
      </ul>
    </nav>
  );
};

export const SearchPage: FC<{ choice: SearchChoice; result: SearchOut | null }> = ({ choice, result }) => {
  const api = (format?: string) => {
    const params = new URLSearchParams({ q: choice.q });
    if (choice.type) params.set('type', choice.type);
    if (choice.country) params.set('country', choice.country);
    if (choice.year) params.set('year', String(choice.year));
    if (format) params.set('format', format);
    return `/api/search?${params}`;
  };
  return (
    <Layout title={choice.q ? `Search: ${choice.q}` : 'Search'} json={choice.q ? api() : undefined} csv={choice.q ? api('csv') : undefined}>
      <h1>Search</h1>
      <form action="/search" method="get" role="search">
        <label for="search-q">Words to find (all of them)</label> <input id="search-q" type="search" name="q" value={choice.q} />{' '}
        <button type="submit">Search</button>
      </form>
      {result ? (
        <>
          <p>
            {result.total} hit{result.total === 1 ? '' : 's'}
            {choice.type || choice.country || choice.year ? ' with the chosen facets' : ''}. Facets count the best {result.window} matches of each kind.
          </p>
          <div class="facets">
            <Facet name="type" label="Kind" counts={result.facets.kind} choice={choice} show={(v) => v} />
            <Facet name="country" label="Country" counts={result.facets.country} choice={choice} show={(v) => `${stateName(v)} (${v})`} />
            <Facet name="year" label="Year" counts={result.facets.year} choice={choice} show={(v) => v} />
          </div>
          <ol class="hits">
            {result.rows.map((hit) => (
              <li data-kind={hit.kind}>
                <Badge kind={hit.kind} /> <a href={hitHref(hit)}>{hit.title}</a>
                {hit.year ? ` · ${hit.year}` : ''}
                {hit.countries.length ? ` · ${hit.countries.join(', ')}` : ''}
                <div>{snippet(hit.snippet)}</div>
              </li>
            ))}
          </ol>
          {result.next ? (
            <p class="pager">
              <a href={href(choice, {}, result.next)} rel="next">
                Next hits
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <p>Type words to find in documents and facts.</p>
      )}
    </Layout>
  );
};
