// The pair dossier: one page with the whole relationship of two states, printable as a brief. It
// shows the newest encounters and agreements and sums the trade figures up per measure, kind and
// year; whatever it leaves out it counts, and links to the list that pages through it.
import type { FC } from 'hono/jsx';
import { stateName } from '../../facts/states.js';
import { direction, money, pageHref, qualified, tradeTitle } from '../data/labels.js';
import type { PairDossier, TradeGroup } from '../data/pair-dossier.js';
import { Badge, Counts, CountryLink, Evidence, Layout, MoreLink } from './layout.js';
import { AgreementsTable } from './lists.js';
import { Timeline } from './timeline.js';

/** The row id of a trade group: what a chart point links to. */
const groupId = (g: Pick<TradeGroup, 'measure' | 'kind' | 'year'>): string => `trade-${g.measure}-${g.kind}-${g.year ?? 'none'}`;

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function range(g: TradeGroup): string {
  if (g.figures === 1) return 'one figure';
  const spread =
    g.min_usd === null || g.max_usd === null ? '' : g.min_usd === g.max_usd ? `, all ${money(g.min_usd)}` : `, from ${money(g.min_usd)} to ${money(g.max_usd)}`;
  return `${g.figures} figures${spread}`;
}

const label = (g: TradeGroup): string => `${tradeTitle(g.figure)}${g.figures > 1 ? ` — ${range(g)}${g.conflicting ? ', sources disagree' : ''}` : ''}`;

const TradeGroups: FC<{ groups: readonly TradeGroup[]; id: string }> = ({ groups, id }) => (
  <table id={id}>
    <caption class="visually-hidden">Trade figures per measure, kind and year, with their sources</caption>
    <thead>
      <tr>
        <th scope="col">Year</th>
        <th scope="col">Measure</th>
        <th scope="col">Kind</th>
        <th scope="col" class="num">
          Value
        </th>
        <th scope="col">Figures stated</th>
        <th scope="col">Direction / scope</th>
        <th scope="col">Evidence</th>
      </tr>
    </thead>
    <tbody>
      {groups.map((g) => {
        const t = g.figure;
        return (
          <tr
            id={groupId(g)}
            class={`kind-${g.kind}${g.conflicting ? ' conflict' : ''}`}
            data-year={g.year === null ? undefined : String(g.year)}
            data-measure={g.measure}
            data-kind={g.kind}
            data-value={t.value_usd === null ? undefined : String(t.value_usd)}
            data-min={g.min_usd === null ? undefined : String(g.min_usd)}
            data-max={g.max_usd === null ? undefined : String(g.max_usd)}
            data-conflict={String(g.conflicting > 0)}
            data-label={label(g)}
          >
            <td>{g.year ?? 'no year'}</td>
            <td>{g.measure}</td>
            <td>
              {g.kind}
              {g.conflicting ? (
                <>
                  {' '}
                  <Badge kind="conflict">sources disagree</Badge>
                </>
              ) : null}
            </td>
            <td class="num">{qualified(t)}</td>
            <td>
              {range(g)}
              {g.conflicting ? `; ${g.conflicting} contradicted` : ''}
            </td>
            <td>{g.directions.map((d) => [direction(d.from, d.to), d.scope].filter(Boolean).join(', ')).join('; ') || '—'}</td>
            <td>
              <Evidence sources={t.sources} documents={t.num_documents} fact={t.id} label={g.figures > 1 ? 'Source of the value shown' : undefined} />
              <a href={pageHref(g.list)} class="group-list">
                {g.figures === 1 ? 'the figure' : `all ${g.figures} figures`}
              </a>
            </td>
          </tr>
        );
      })}
    </tbody>
  </table>
);

export const PairPage: FC<{ d: PairDossier }> = ({ d }) => {
  const [a, b] = d.pair.split('-') as [string, string];
  const q = `pair=${d.pair}`;
  const moreEvents = d.counts.events - d.events.rows.length;
  const moreAgreements = d.counts.agreements - d.agreements.rows.length;
  return (
    <Layout title={`${d.names.join(' – ')}: dossier`} json={`/api/pairs/${d.pair}`} csv={`/api/trade?${q}&format=csv&limit=500`}>
      <h1>{d.names.join(' – ')}</h1>
      <p class="lede">
        Relations between <CountryLink code={a} /> and <CountryLink code={b} /> as the documents in this database report them.
      </p>
      <Counts
        items={[
          ['encounters', d.counts.events],
          ['agreements', d.counts.agreements],
          ['trade figures', d.counts.trade],
          ['people', d.counts.people],
          ['conflicting figures', d.counts.conflicts],
        ]}
      />

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <p>
          Encounters, agreements and milestones, newest first. Open an item for the sentence it was read from.
          {moreEvents > 0 || moreAgreements > 0 ? (
            <>
              {' '}
              Here are the newest {d.events.rows.length} of {plural(d.counts.events, 'encounter')} and {d.agreements.rows.length} of{' '}
              {plural(d.counts.agreements, 'agreement')}:
              {moreEvents > 0 ? (
                <>
                  {' '}
                  <MoreLink more={{ list: d.events.list, next: d.events.next, count: moreEvents }} noun="encounter" />
                </>
              ) : null}
              {moreEvents > 0 && moreAgreements > 0 ? ' ·' : null}
              {moreAgreements > 0 ? (
                <>
                  {' '}
                  <MoreLink more={{ list: d.agreements.list, next: d.agreements.next, count: moreAgreements }} noun="agreement" />
                </>
              ) : null}
              .
            </>
          ) : null}
          {d.more_milestones.in_force > 0 ? (
            <>
              {' '}
              {plural(d.more_milestones.in_force, 'more agreement')} in force {d.more_milestones.in_force === 1 ? 'is' : 'are'} in{' '}
              <a href={pageHref(d.agreements.list)}>the agreements list</a>.
            </>
          ) : null}
          {d.more_milestones.targets > 0 ? (
            <>
              {' '}
              {plural(d.more_milestones.targets, 'more stated target')} {d.more_milestones.targets === 1 ? 'is' : 'are'} under <a href="#trade">Trade</a>.
            </>
          ) : null}
        </p>
        <Timeline items={d.timeline} label={`Timeline of ${d.names.join(' and ')}`} />
      </section>

      <section aria-labelledby="trade">
        <h2 id="trade">Trade</h2>
        {d.trade.groups.length ? (
          <>
            <figure data-chart="trade" data-table="trade-figures" aria-labelledby="trade-caption">
              <figcaption id="trade-caption">
                Figures by year as stated: for each measure, kind and year, the figure most documents report, and a bar from the lowest to the highest when they
                differ. Actual figures are joined by a line; stated targets and potentials are drawn apart. Choose a point for its source.
              </figcaption>
              <div class="measures" role="group" aria-label="Measure"></div>
              <div class="chart"></div>
              <ul class="legend" aria-label="Legend">
                <li class="actual">actual</li>
                <li class="target">target</li>
                <li class="potential">potential</li>
                <li class="conflict">sources disagree</li>
              </ul>
            </figure>
            <p>
              {plural(d.counts.trade, 'figure')} in {plural(d.trade.groups.length, 'line')}, one per measure, kind and year; each line links to its figures, and{' '}
              <a href={pageHref(d.trade.list)}>the trade list</a> has every figure with its sentences.
            </p>
            <TradeGroups groups={d.trade.groups} id="trade-figures" />
          </>
        ) : (
          <p>No trade figures for this pair.</p>
        )}
      </section>

      <section aria-labelledby="agreements">
        <h2 id="agreements">Agreements register</h2>
        {d.agreements.rows.length ? (
          <>
            <AgreementsTable rows={d.agreements.rows} caption={`Agreements between ${d.names.join(' and ')}`} idPrefix="register-" parties={false} />
            {moreAgreements > 0 ? (
              <p>
                The newest {plural(d.agreements.rows.length, 'agreement')} of {d.counts.agreements.toLocaleString('en-US')};{' '}
                <MoreLink more={{ list: d.agreements.list, next: d.agreements.next, count: moreAgreements }} noun="agreement" /> page on from here.
              </p>
            ) : null}
          </>
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
                <h3>{stateName(code)}</h3>
                {side.length ? (
                  <ul>
                    {side.map((p) => (
                      <li id={p.id}>
                        <a href={`/people/${p.id}`}>{p.name}</a>
                        {p.role ? `, ${p.role}` : ''}
                        {[...new Set(p.roles.map((r) => r.role))].length > 1
                          ? ` (also: ${[...new Set(p.roles.map((r) => r.role))].filter((r) => r !== p.role).join('; ')})`
                          : ''}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>No one from {stateName(code)} is named in these encounters.</p>
                )}
              </div>
            );
          })}
        </div>
        {d.people.some((p) => p.country !== a && p.country !== b) ? (
          <p>
            Also present:{' '}
            {d.people
              .filter((p) => p.country !== a && p.country !== b)
              .map((p, i) => (
                <>
                  {i ? ', ' : ''}
                  <a href={`/people/${p.id}`}>{p.name}</a>
                </>
              ))}
          </p>
        ) : null}
      </section>
    </Layout>
  );
};
