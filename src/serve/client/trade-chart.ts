// The pair dossier's trade chart, drawn with d3 from the table the server rendered (one row per
// measure, kind and year, its values in data- attributes: the figure most documents report, and the
// lowest and highest stated). Actual figures are filled circles joined by a line; stated targets
// (hollow diamonds) and potentials (hollow squares) are drawn apart, each kind on its own dashed
// line, never joined to the actuals. A bar spans the lowest to the highest figure when they differ;
// figures whose sources disagree carry a red ring. Each point is a link to its row, whose evidence opens.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line, symbol, symbolDiamond, symbolSquare } from 'd3-shape';
import { revealFact } from './evidence.js';

interface Figure {
  readonly id: string;
  readonly measure: string;
  readonly kind: 'actual' | 'target' | 'potential';
  /** null: the text gave no year; drawn in a column of its own right of the years. */
  readonly year: number | null;
  readonly value: number;
  /** The lowest and highest figure stated for the same measure, kind and year. */
  readonly min: number;
  readonly max: number;
  readonly conflict: boolean;
  readonly label: string;
}

const KINDS = ['actual', 'target', 'potential'] as const;
const SVG = 'http://www.w3.org/2000/svg';

/** $200M, $1.5B: an axis needs short figures. */
export function shortMoney(v: number): string {
  const [size, unit] = v >= 1e9 ? [1e9, 'B'] : v >= 1e6 ? [1e6, 'M'] : v >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `$${Number((v / size).toFixed(1))}${unit}`;
}

function figures(table: HTMLTableElement): Figure[] {
  // A figure without a dollar value (no rate for its currency and year) has no data-value: not charted.
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-measure][data-value]')].map((tr) => ({
    id: tr.id,
    measure: tr.dataset.measure ?? '',
    kind: (tr.dataset.kind ?? 'actual') as Figure['kind'],
    year: tr.dataset.year ? Number(tr.dataset.year) : null,
    value: Number(tr.dataset.value),
    min: Number(tr.dataset.min ?? tr.dataset.value),
    max: Number(tr.dataset.max ?? tr.dataset.value),
    conflict: tr.dataset.conflict === 'true',
    label: tr.dataset.label ?? '',
  }));
}

function draw(holder: HTMLElement, all: readonly Figure[], measure: string): void {
  holder.replaceChildren();
  const data = all.filter((f) => f.measure === measure);
  const width = Math.max(320, Math.min(900, holder.clientWidth || 720));
  const height = 320;
  const m = { top: 16, right: 24, bottom: 32, left: 64 };
  const dated = data.map((f) => f.year).filter((y): y is number => y !== null);
  const years = dated.length ? dated : [new Date().getFullYear()];
  const undatedAt = Math.max(...years) + 1.5;
  const hasUndated = data.some((f) => f.year === null);
  const xOf = (year: number | null): number => x(year ?? undatedAt);
  const x = scaleLinear()
    .domain([Math.min(...years) - 0.5, (hasUndated ? undatedAt : Math.max(...years)) + 0.5])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...data.map((f) => Math.max(f.value, f.max))) * 1.1 || 1])
    .nice()
    .range([height - m.bottom, m.top]);
  const svg = select(holder)
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('aria-label', `${measure} by year: actual figures, targets and potentials`);
  svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${height - m.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(
          [...new Set([...years, ...(hasUndated ? [undatedAt] : [])])]
            .sort((a, b) => a - b)
            .filter((v, i, all) => all.length <= 12 || v === undatedAt || i % Math.ceil(all.length / 12) === 0),
        )
        .tickFormat((d) => (Number(d) === undatedAt ? 'no year' : String(d))),
    );
  svg
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${m.left},0)`)
    .call(
      axisLeft(y)
        .ticks(6)
        .tickFormat((d) => shortMoney(Number(d))),
    );

  for (const kind of KINDS) {
    const points = data.filter((f) => f.kind === kind).sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.value - b.value);
    if (!points.length) continue;
    const g = svg.append('g').attr('class', `series series-${kind}`).attr('data-kind', kind);
    // One line per kind through the mean of each year's figures: conflicting figures stay points.
    const byYear = [
      ...Map.groupBy(
        points.filter((p) => p.year !== null),
        (p) => p.year!,
      ),
    ].map(([year, ps]) => ({ year, value: ps.reduce((n, p) => n + p.value, 0) / ps.length }));
    if (byYear.length > 1) {
      g.append('path')
        .attr('class', 'trend')
        .attr(
          'd',
          line<{ year: number; value: number }>()
            .x((d) => xOf(d.year))
            .y((d) => y(d.value))(byYear),
        );
    }
    for (const p of points) {
      const link = document.createElementNS(SVG, 'a');
      link.setAttribute('href', `#${p.id}`);
      link.setAttribute('class', `point${p.conflict ? ' conflict' : ''}`);
      link.setAttribute('data-fact', p.id);
      link.setAttribute('aria-label', `${p.label}${p.conflict ? ' (sources disagree)' : ''}: show the source`);
      // Figures of the same year and kind side by side, a few pixels apart, so none hides another.
      const twins = points.filter((o) => o.year === p.year);
      const nudge = (twins.indexOf(p) - (twins.length - 1) / 2) * 6;
      const at = `translate(${xOf(p.year) + nudge},${y(p.value)})`;
      const mark = select(link);
      if (p.max > p.min)
        mark
          .append('line')
          .attr('class', 'range')
          .attr('x1', 0)
          .attr('x2', 0)
          .attr('y1', y(p.min) - y(p.value))
          .attr('y2', y(p.max) - y(p.value))
          .attr('transform', at);
      if (p.conflict) mark.append('circle').attr('class', 'conflict-ring').attr('r', 10).attr('transform', at);
      if (kind === 'actual') mark.append('circle').attr('class', 'mark').attr('r', 5).attr('transform', at);
      else
        mark
          .append('path')
          .attr('class', 'mark')
          .attr('d', symbol(kind === 'target' ? symbolDiamond : symbolSquare, 90)())
          .attr('transform', at);
      mark.append('title').text(p.label);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        history.replaceState(null, '', `#${p.id}`);
        revealFact(p.id);
      });
      g.node()!.append(link);
    }
  }
}

export function drawTradeCharts(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="trade"]')) {
    const table = document.getElementById(figure.dataset.table ?? '');
    const holder = figure.querySelector<HTMLElement>('.chart');
    if (!(table instanceof HTMLTableElement) || !holder) continue;
    const all = figures(table);
    if (!all.length) continue;
    const measures = [...new Set(all.map((f) => f.measure))];
    let current = measures.includes('turnover') ? 'turnover' : measures[0]!;
    const picker = figure.querySelector<HTMLElement>('.measures');
    if (picker && measures.length > 1) {
      for (const measure of measures) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = measure;
        button.setAttribute('aria-pressed', String(measure === current));
        button.addEventListener('click', () => {
          current = measure;
          for (const b of picker.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.textContent === current));
          draw(holder, all, current);
        });
        picker.append(button);
      }
    }
    figure.classList.add('drawn');
    draw(holder, all, current);
  }
}
