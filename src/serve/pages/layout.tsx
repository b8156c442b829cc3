// The frame of every page, and the pieces pages share. Hono's JSX escapes every text and attribute
// value it renders: article text cannot become markup here, whatever it contains.
import type { Child, FC, PropsWithChildren } from 'hono/jsx';
import type { Source } from '../../store/store.js';
import { stateName } from '../../facts/states.js';
import type { More } from '../data/dossiers.js';
import { factHref, pageHref } from '../data/labels.js';

export interface LayoutProps {
  readonly title: string;
  /** The page's data in other formats: its JSON twin under /api/ and, for lists, CSV. */
  readonly json?: string;
  readonly csv?: string;
}

export const Layout: FC<PropsWithChildren<LayoutProps>> = ({ title, json, csv, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} · Readout`}</title>
      <link rel="stylesheet" href="/assets/readout-style.css" />
      <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      {json ? <link rel="alternate" type="application/json" href={json} /> : null}
      {csv ? <link rel="alternate" type="text/csv" href={csv} /> : null}
      <script src="/assets/readout.js" defer></script>
    </head>
    <body>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site">
        <nav aria-label="Main">
          <a class="brand" href="/">
            Readout
          </a>
          <a href="/conflicts">Conflicts</a>
          <a href="/docs">API</a>
        </nav>
        <form role="search" action="/search" method="get">
          <label for="site-search" class="visually-hidden">
            Search documents and facts
          </label>
          <input id="site-search" type="search" name="q" placeholder="Search documents and facts" />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="main">
        {children}
        {json || csv ? (
          <p class="formats">
            This page as data: {json ? <a href={json}>JSON</a> : null}
            {json && csv ? ' · ' : null}
            {csv ? <a href={csv}>CSV</a> : null}
          </p>
        ) : null}
      </main>
      <footer>Every fact links to the sentences it was read from. Data: the documents in this database only.</footer>
    </body>
  </html>
);

export const CountryLink: FC<{ code: string }> = ({ code }) => <a href={`/countries/${code}`}>{stateName(code)}</a>;

export const PairLink: FC<{ pair: readonly string[]; children?: Child }> = ({ pair, children }) => (
  <a href={`/pairs/${pair.join('-')}`}>{children ?? pair.map(stateName).join(' – ')}</a>
);

export const sourceHref = (s: Pick<Source, 'document_id' | 'sentence'>): string => `/documents/${s.document_id}#s${s.sentence}`;

/**
 * A fact's evidence: its source sentences, verbatim, each linking to the sentence in its document.
 * Closed until asked for; a link to the fact's id (a chart point, a search hit) opens it. When more
 * documents report the fact than sentences are shown, `fact` (its id) leads to its own row, which
 * lists every sentence.
 */
export const Evidence: FC<{ sources: readonly Source[]; documents: number; label?: string; fact?: string }> = ({ sources, documents, label, fact }) => (
  <details class="evidence">
    <summary>
      {label ?? `Source${sources.length === 1 ? '' : 's'}`} ({documents} document{documents === 1 ? '' : 's'})
    </summary>
    <ul>
      {sources.map((s) => (
        <li>
          <blockquote class="sentence">{s.text}</blockquote>
          <a href={sourceHref(s)}>
            {s.document}, sentence {s.sentence + 1}
          </a>
        </li>
      ))}
    </ul>
    {documents > sources.length ? (
      fact && !fact.startsWith('pe_') ? (
        <p>
          <a href={factHref(fact)}>Every sentence reporting it</a>, from all {documents} documents.
        </p>
      ) : (
        <p>
          The first {sources.length} sentence{sources.length === 1 ? '' : 's'}; {documents} documents report it.
        </p>
      )
    ) : null}
  </details>
);

/** "726 more encounters", leading to the page of the list where they start. */
export const MoreLink: FC<{ more: More; noun: string; nouns?: string }> = ({ more, noun, nouns }) => (
  <a class="more" href={`${pageHref(more.list)}${more.next ? `&cursor=${more.next}` : ''}`}>
    {`${more.count.toLocaleString('en-US')} more ${more.count === 1 ? noun : (nouns ?? `${noun}s`)}`}
  </a>
);

export const Badge: FC<{ kind: string; children?: Child }> = ({ kind, children }) => <span class={`badge ${kind}`}>{children ?? kind}</span>;

export const DateText: FC<{ date: string | null }> = ({ date }) => <span class="date">{date ?? 'undated'}</span>;

export const Counts: FC<{ items: ReadonlyArray<readonly [string, number]> }> = ({ items }) => (
  <ul class="counts">
    {items.map(([label, n]) => (
      <li>
        <strong>{n.toLocaleString('en-US')}</strong> {label}
      </li>
    ))}
  </ul>
);

/** The three count cells under CountHeadings. */
export const CountCells: FC<{ counts: { readonly events: number; readonly agreements: number; readonly trade: number } }> = ({ counts }) => (
  <>
    <td class="num">{counts.events}</td>
    <td class="num">{counts.agreements}</td>
    <td class="num">{counts.trade}</td>
  </>
);

/** The three count columns' headings of a table of pairs, partners or documents. */
export const CountHeadings: FC = () => (
  <>
    <th scope="col" class="num">
      Encounters
    </th>
    <th scope="col" class="num">
      Agreements
    </th>
    <th scope="col" class="num">
      Trade figures
    </th>
  </>
);
