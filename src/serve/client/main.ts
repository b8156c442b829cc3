// The dashboard's one script, loaded from /assets (the Content-Security-Policy forbids inline
// script). Each part enhances a server-rendered page that works without it: the trade chart draws
// the figures table above it, the network draws the pairs table, and evidence opens when its fact is
// the target of a link.
import { openEvidenceOnNavigation } from './evidence.js';
import { drawNetworks } from './network.js';
import { drawTradeCharts } from './trade-chart.js';

function start(): void {
  openEvidenceOnNavigation();
  drawTradeCharts();
  drawNetworks();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
