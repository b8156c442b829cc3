// Who meets whom: the overview's network of countries (nodes sized by encounters) and pairs (edges
// as thick as their encounters), laid out by d3-force. The layout runs to rest before anything is
// drawn, so the picture is the same on every load. Nodes link to country pages, edges to dossiers.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import { select } from 'd3-selection';

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
  events: number;
}
interface Link extends SimulationLinkDatum<Node> {
  pair: string;
  events: number;
  names: string;
}
interface Graph {
  nodes: Node[];
  links: Link[];
}

export function drawNetworks(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-graph]')) {
    const holder = figure.querySelector<HTMLElement>('.graph');
    if (!holder) continue;
    const graph = JSON.parse(figure.dataset.graph ?? '{"nodes":[],"links":[]}') as Graph;
    if (!graph.nodes.length) continue;
    const width = Math.max(320, Math.min(960, holder.clientWidth || 720));
    const height = Math.round(width * 0.6);
    const radius = scaleSqrt()
      .domain([0, Math.max(...graph.nodes.map((n) => n.events))])
      .range([4, 22]);
    const thickness = scaleSqrt()
      .domain([0, Math.max(...graph.links.map((l) => l.events))])
      .range([1, 8]);
    const simulation = forceSimulation(graph.nodes)
      .force(
        'link',
        forceLink<Node, Link>(graph.links)
          .id((n) => n.id)
          .distance(90),
      )
      .force('charge', forceManyBody().strength(-260))
      .force('center', forceCenter(width / 2, height / 2))
      .force(
        'collide',
        forceCollide<Node>((n) => radius(n.events) + 14),
      )
      .stop();
    simulation.tick(300);
    const inside = (v: number | undefined, size: number): number => Math.max(24, Math.min(size - 24, v ?? size / 2));
    for (const n of graph.nodes) {
      n.x = inside(n.x, width);
      n.y = inside(n.y, height);
    }
    const svg = select(holder)
      .append('svg')
      .attr('viewBox', `0 0 ${width} ${height}`)
      .attr('width', width)
      .attr('height', height)
      .attr('role', 'group')
      .attr('aria-label', 'Network of countries: who meets whom');
    const links = svg
      .append('g')
      .attr('class', 'links')
      .selectAll('a')
      .data(graph.links)
      .join('a')
      .attr('href', (l) => `/pairs/${l.pair}`)
      .attr('aria-label', (l) => `${l.names}: ${l.events} encounters`);
    links
      .append('line')
      .attr('x1', (l) => (l.source as Node).x!)
      .attr('y1', (l) => (l.source as Node).y!)
      .attr('x2', (l) => (l.target as Node).x!)
      .attr('y2', (l) => (l.target as Node).y!)
      .attr('stroke-width', (l) => thickness(l.events));
    links.append('title').text((l) => `${l.names}: ${l.events} encounters`);
    const nodes = svg
      .append('g')
      .attr('class', 'nodes')
      .selectAll('a')
      .data(graph.nodes)
      .join('a')
      .attr('href', (n) => `/countries/${n.id}`)
      .attr('aria-label', (n) => `${n.name}: ${n.events} encounters`);
    nodes
      .append('circle')
      .attr('cx', (n) => n.x!)
      .attr('cy', (n) => n.y!)
      .attr('r', (n) => radius(n.events));
    nodes
      .append('text')
      .attr('x', (n) => n.x!)
      .attr('y', (n) => n.y! - radius(n.events) - 4)
      .attr('text-anchor', 'middle')
      .text((n) => n.id);
    nodes.append('title').text((n) => `${n.name}: ${n.events} encounters`);
    figure.classList.add('drawn');
  }
}
