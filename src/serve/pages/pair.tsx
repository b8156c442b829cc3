// The pair dossier: one page with the whole relationship of two states, printable as a brief.
import type { FC } from 'hono/jsx';
import type { TradeRow } from '../../store/store.js';
import { countryName } from '../countries.js';
import { DOSSIER_ROWS, type PairDossier } from '../data/dossiers.js';
import { figure, tradeTitle } from '../data/labels.js';
import { Badge, Counts, CountryLink, DateText, Evidence, Layout } from './layout.js';
import { Timeline } from './timeline.js';

const byMeasureYear = (a: TradeRow, b: TradeRow): number =>
  a.measure.localeCompare(b.measure) || (b.year ?? 0) - (a.year ?? 0) || a.kind.localeCompare(b.kind) || (a.value_usd ?? -1) - (b.value_usd ?? -1);

export const TradeFigures: FC<{ trade: readonly TradeRow[]; id: string }> = ({ trade, id }) => (
  <table id={id}>
    <caption class="visually-hidden">Trade figures with their sources</caption>
    <thead>
      <tr>
        <th scope="col">Year</th><th scope="col">Measure</th><th scope="col">Kind</th><th scope="col" class="num">Value</th>
        <th scope="col">Direction / scope</th><th scope="col">Evidence</th>
      </tr>
    </thead>
    <tbody>
      {[...trade].sort(byMeasureYear).map((t) => (
        <tr
          id={t.id}
          class={`kind-${t.kind}${t.conflicts_with.length ? ' conflict' : ''}`}
          data-year={t.year === null ? undefined : String(t.year)}
          data-measure={t.measure}
          data-kind={t.kind}
          data-value={t.value_usd === null ? undefined : String(t.value_usd)}
          data-conflict={String(t.conflicts_with.length > 0)}
          data-label={tradeTitle(t)}
        >
          <td>{t.year ?? 'no year'}</td>
          <td>{t.measure}</td>
          <td>
            {t.kind}
            {t.conflicts_with.length ? <> <Badge kind="conflict">sources disagree</Badge></> : null}
          </td>
          <td class="num">{`${t.qualifier === 'exact' ? '' : `${t.qualifier.replace('_', ' ')} `}${figure(t)}`}</td>
          <td>{[t.from && t.to ? `${countryName(t.from)} → ${countryName(t.to)}` : null, t.scope].filter(Boolean).join('; ') || '—'}</td>
          <td><Evidence sources={t.sources} documents={t.num_documents} /></td>
        </tr>
      ))}
    </tbody>
  </table>
);

export const PairPage: FC<{ d: PairDossier }> = ({ d }) => {
  const [a, b] = d.pair.split('-') as [string, string];
  const q = `pair=${d.pair}`;
  return (
    <Layout title={`${d.names.join(' – ')}: dossier`} json={`/api/pairs/${d.pair}`} csv={`/api/trade?${q}&format=csv&limit=500`}>
      <h1>{d.names.join(' – ')}</h1>
      <p class="lede">
        Relations between <CountryLink code={a} /> and <CountryLink code={b} /> as the documents in this database report them.
      </p>
      <Counts items={[['encounters', d.counts.events], ['agreements', d.counts.agreements], ['trade figures', d.counts.trade], ['people', d.counts.people], ['conflicting figures', d.counts.conflicts]]} />

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <p>
          Encounters, agreements and milestones, newest first. Open an item for the sentence it was read from.
          {d.events.next || d.agreements.next ? ` The latest ${DOSSIER_ROWS} encounters and agreements are shown; the rest page through /api/events?${q} and /api/agreements?${q}.` : ''}
        </p>
        <Timeline items={d.timeline} label={`Timeline of ${d.names.join(' and ')}`} />
      </section>

      <section aria-labelledby="trade">
        <h2 id="trade">Trade</h2>
        {d.trade.length ? (
          <>
            <figure data-chart="trade" data-table="trade-figures" aria-labelledby="trade-caption">
              <figcaption id="trade-caption">
                Figures by year as stated. Actual figures are joined by a line; stated targets and potentials are drawn apart.
                Choose a point for its source.
              </figcaption>
              <div class="measures" role="group" aria-label="Measure"></div>
              <div class="chart"></div>
              <ul class="legend" aria-label="Legend">
                <li class="actual">actual</li><li class="target">target</li><li class="potential">potential</li><li class="conflict">sources disagree</li>
              </ul>
            </figure>
            <TradeFigures trade={d.trade} id="trade-figures" />
          </>
        ) : (
          <p>No trade figures for this pair.</p>
        )}
      </section>

      <section aria-labelledby="agreements">
        <h2 id="agreements">Agreements register</h2>
        {d.agreements.rows.length ? (
          <table>
            <caption class="visually-hidden">Agreements between {d.names.join(' and ')}</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Evidence</th></tr></thead>
            <tbody>
              {d.agreements.rows.map((ag) => (
                <tr id={`register-${ag.id}`}>
                  <td><DateText date={ag.date} /></td>
                  <td>{ag.title}</td>
                  <td>{ag.kind.replace('_', ' ')}</td>
                  <td>{ag.status.replace('_', ' ')}</td>
                  <td><Evidence sources={ag.sources} documents={ag.num_documents} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No agreements recorded.</p>
        )}
      </section>

      <section aria-labelledby="people">
        <h2 id="people">People</h2>
        <div class="columns">
          {[a, b].map((code) => {
            const side = d.people.filter((p) => p.country === code);
            return (
              <div>
                <h3>{countryName(code)}</h3>
                {side.length ? (
                  <ul>
                    {side.map((p) => (
                      <li id={p.id}>
                        <a href={`/people/${p.id}`}>{p.name}</a>
                        {p.role ? `, ${p.role}` : ''}
                        {[...new Set(p.roles.map((r) => r.role))].length > 1 ? ` (also: ${[...new Set(p.roles.map((r) => r.role))].filter((r) => r !== p.role).join('; ')})` : ''}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>No one from {countryName(code)} is named in these encounters.</p>
                )}
              </div>
            );
          })}
        </div>
        {d.people.some((p) => p.country !== a && p.country !== b) ? (
          <p>
            Also present: {d.people.filter((p) => p.country !== a && p.country !== b).map((p, i) => <>{i ? ', ' : ''}<a href={`/people/${p.id}`}>{p.name}</a></>)}
          </p>
        ) : null}
      </section>
    </Layout>
  );
};
