// Measures what each candidate chart library adds to the sales reports chunk, gzipped (docs/decisions/0020).
// Each candidate draws exactly the report's two charts (a line of revenue over 30 days, horizontal bars of units for
// 5 games), bundled alone with esbuild (minified, ES2022, tree-shaken) with React left out, as the app already
// loads it. The candidates are installed in a scratch folder, never in this package.
// Run: node scripts/measure-chart-libraries.mjs [scratch folder, default $TMPDIR/gitgoods-chart-sizes]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const versions = {
  'chart.js': '4.6.1',
  uplot: '1.6.32',
  recharts: '3.11.3',
  chartist: '1.5.0',
  'frappe-charts': '1.6.2',
  react: '19.3.1',
  'react-dom': '19.3.1',
  esbuild: '0.28.2',
};
const scratch = process.argv[2] ?? join(tmpdir(), 'gitgoods-chart-sizes');
const charts = new URL('../src/pages/seller/reports/charts/', import.meta.url).pathname;
const data = `const days = Array.from({ length: 30 }, (_, i) => ({ date: '2026-03-' + String(i + 1).padStart(2, '0'), amount: i * 500 }));
const products = ['A', 'B', 'C', 'D', 'E'].map((title, i) => ({ title, units: 5 - i }));`;

// Each entry exports what the page would call, so nothing is shaken away.
const entries = {
  'chart.js': {
    js: `import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, BarController, BarElement, Filler } from 'chart.js';
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, BarController, BarElement, Filler);
${data}
export function draw(line, bars) {
  new Chart(line, { type: 'line', data: { labels: days.map((d) => d.date), datasets: [{ data: days.map((d) => d.amount), fill: true }] } });
  new Chart(bars, { type: 'bar', data: { labels: products.map((p) => p.title), datasets: [{ data: products.map((p) => p.units) }] }, options: { indexAxis: 'y' } });
}`,
  },
  uplot: {
    js: `import uPlot from 'uplot';
${data}
export function draw(line, bars) {
  new uPlot({ width: 640, height: 240, scales: { x: { time: false } }, series: [{}, { stroke: '#5b21b6', fill: '#5b21b614' }] }, [days.map((_, i) => i), days.map((d) => d.amount)], line);
  new uPlot({ width: 640, height: 240, scales: { x: { time: false, ori: 1 }, y: { ori: 0 } }, series: [{}, { fill: '#5b21b6', paths: uPlot.paths.bars({ size: [0.6] }) }] }, [products.map((_, i) => i), products.map((p) => p.units)], bars);
}`,
    css: 'uplot/dist/uPlot.min.css',
  },
  recharts: {
    js: `import { createElement as h } from 'react';
import { ResponsiveContainer, LineChart, Line, BarChart, Bar, XAxis, YAxis, CartesianGrid } from 'recharts';
${data}
export function Charts() {
  return h('div', null,
    h(ResponsiveContainer, { width: '100%', height: 240 }, h(LineChart, { data: days }, h(CartesianGrid), h(XAxis, { dataKey: 'date' }), h(YAxis), h(Line, { dataKey: 'amount' }))),
    h(ResponsiveContainer, { width: '100%', height: 240 }, h(BarChart, { data: products, layout: 'vertical' }, h(XAxis, { type: 'number' }), h(YAxis, { type: 'category', dataKey: 'title' }), h(Bar, { dataKey: 'units' }))));
}`,
  },
  chartist: {
    js: `import { LineChart, BarChart } from 'chartist';
${data}
export function draw(line, bars) {
  new LineChart(line, { labels: days.map((d) => d.date), series: [days.map((d) => d.amount)] }, { showArea: true });
  new BarChart(bars, { labels: products.map((p) => p.title), series: [products.map((p) => p.units)] }, { horizontalBars: true });
}`,
    css: 'chartist/dist/index.css',
  },
  'frappe-charts': {
    // Frappe has no horizontal bars: its vertical ones stand in.
    js: `import { Chart } from 'frappe-charts';
${data}
export function draw(line, bars) {
  new Chart(line, { type: 'line', data: { labels: days.map((d) => d.date), datasets: [{ values: days.map((d) => d.amount) }] } });
  new Chart(bars, { type: 'bar', data: { labels: products.map((p) => p.title), datasets: [{ values: products.map((p) => p.units) }] } });
}`,
  },
  'hand-written SVG (this repo)': {
    js: `import { createElement as h } from 'react';
import { LineChart } from '${charts}LineChart.tsx';
import { BarChart } from '${charts}BarChart.tsx';
${data}
export function Charts() {
  return h('div', null,
    h(LineChart, { label: 'Revenue', points: days.map((d) => ({ key: d.date, label: d.date, value: d.amount })), formatTick: String }),
    h(BarChart, { label: 'Units', bars: products.map((p) => ({ key: p.title, label: p.title, value: p.units })) }));
}`,
  },
};

mkdirSync(scratch, { recursive: true });
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'chart-sizes', private: true, type: 'module', dependencies: versions }, null, 2));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: scratch, stdio: 'inherit' });
const { build } = await import(join(scratch, 'node_modules/esbuild/lib/main.js'));

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const rows = [];
for (const [name, entry] of Object.entries(entries)) {
  const file = join(scratch, `${name.replace(/\W+/g, '-')}.entry.js`);
  writeFileSync(file, entry.js);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [join(scratch, 'node_modules')],
    logLevel: 'error',
  });
  const js = result.outputFiles[0].contents;
  const css = entry.css ? readFileSync(join(scratch, 'node_modules', entry.css)) : new Uint8Array();
  rows.push({ name, js: js.length, jsGzip: gzip(js), cssGzip: css.length ? gzip(css) : 0 });
}

rows.sort((a, b) => a.jsGzip + a.cssGzip - (b.jsGzip + b.cssGzip));
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('| candidate | version | JS min (KB) | JS gzip (bytes) | its CSS gzip (bytes) | total gzip (KB) |');
console.log('|---|---|--:|--:|--:|--:|');
for (const row of rows) {
  const version = versions[row.name] ?? '—';
  console.log(`| ${row.name} | ${version} | ${kb(row.js)} | ${row.jsGzip} | ${row.cssGzip || '—'} | ${kb(row.jsGzip + row.cssGzip)} |`);
}
