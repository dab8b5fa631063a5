/**
 * The run folder: one CSV per table, `summary.json` with the headline figures, and SVG charts
 * (vega-lite compiled and rendered headless). `compare` writes both summaries side by side and
 * overlay charts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { RunResult, Summary, Tables } from './results.js';

type Row = Readonly<Record<string, string | number>>;

function csvCell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [cols.join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

/** At most `max` rows per series (every k-th row, always the last), to keep charts small. */
function thin<R extends Row>(rows: readonly R[], key: (r: R) => string, max = 400): R[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  const out: R[] = [];
  for (const g of groups.values()) {
    const step = Math.max(1, Math.ceil(g.length / max));
    g.forEach((r, i) => {
      if (i % step === 0 || i === g.length - 1) out.push(r);
    });
  }
  return out;
}

export async function renderSvg(spec: vegaLite.TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

const W = 640;
const H = 260;
const q = (field: string, title?: string): { field: string; type: 'quantitative'; title?: string } => ({ field, type: 'quantitative', ...(title ? { title } : {}) });
const n = (field: string, title?: string): { field: string; type: 'nominal'; title?: string } => ({ field, type: 'nominal', ...(title ? { title } : {}) });

/** Chart specs of one run (or of several, with `run` as a field: overlays). */
export function chartSpecs(tables: Tables, overlay = false): Record<string, vegaLite.TopLevelSpec> {
  const runKey = (r: Row): string => (overlay ? String(r.run) : '');
  const subnets = thin(tables.subnets as unknown as Row[], (r) => `${runKey(r)}/${r.subnet}`);
  const chain = thin(tables.chain as unknown as Row[], runKey, 800);
  const validators = thin(tables.validators as unknown as Row[], (r) => `${runKey(r)}/${r.subnet}/${r.name}`, 200);
  const miners = thin(
    (tables.neurons as unknown as Row[]).filter((r) => r.role === 'miner'),
    (r) => `${runKey(r)}/${r.subnet}/${r.name}`,
    200,
  );
  const dash = overlay ? { strokeDash: n('run') } : {};
  const shape = overlay ? { shape: n('run') } : {};
  const base = { width: W, height: H, background: 'white' } as const;
  return {
    emission_share: { ...base, title: 'Emission share by subnet', data: { values: subnets }, mark: { type: 'line', interpolate: 'step-after' }, encoding: { x: q('t', 'block'), y: q('emission_share', 'share of block emission'), color: n('subnet'), ...dash } },
    alpha_prices: {
      ...base,
      title: 'Alpha price (TAO per alpha): spot and EMA',
      data: { values: subnets },
      transform: [{ fold: ['price', 'moving_price'], as: ['series', 'value'] }],
      mark: 'line',
      encoding: { x: q('t', 'block'), y: { ...q('value', 'TAO / alpha'), scale: { type: 'symlog' } }, color: n('subnet'), strokeDash: n(overlay ? 'run' : 'series') },
    },
    validator_dividends: {
      ...base,
      title: 'Validator dividends vs stake share (per epoch; diagonal = fair share)',
      layer: [
        { data: { values: validators }, mark: { type: 'point', opacity: 0.5 }, encoding: { x: q('stake_share', 'stake share'), y: q('dividends', 'dividend share'), color: n('strategy'), ...shape } },
        { data: { values: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }, mark: { type: 'line', color: 'gray', strokeDash: [4, 4] }, encoding: { x: q('x'), y: q('y') } },
      ],
    },
    miner_incentive: { ...base, title: 'Miner incentive by quality (per epoch)', data: { values: miners }, mark: { type: 'point', opacity: 0.5 }, encoding: { x: q('quality', 'miner quality'), y: q('incentive', 'incentive share'), color: n('subnet'), ...shape } },
    issuance: {
      background: 'white',
      title: 'Issuance and block emission (halvings)',
      vconcat: [
        { width: W, height: 180, data: { values: chain }, mark: 'line', encoding: { x: q('t', 'block'), y: { ...q('total_issuance', 'total issuance (TAO)'), scale: { zero: false } }, ...(overlay ? { color: n('run') } : {}) } },
        { width: W, height: 120, data: { values: chain }, mark: { type: 'line', interpolate: 'step-after' }, encoding: { x: q('t', 'block'), y: q('block_emission', 'block emission (TAO)'), ...(overlay ? { color: n('run') } : {}) } },
      ],
    },
  };
}

async function writeCharts(dir: string, specs: Record<string, vegaLite.TopLevelSpec>): Promise<string[]> {
  const files: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const file = join(dir, `${name}.svg`);
    writeFileSync(file, await renderSvg(spec));
    files.push(file);
  }
  return files;
}

function writeTables(dir: string, tables: Tables): string[] {
  const files: string[] = [];
  for (const [name, rows] of Object.entries(tables) as [string, Row[]][]) {
    if (name === 'traders' && rows.length === 0) continue;
    const file = join(dir, `${name}.csv`);
    writeFileSync(file, toCsv(rows));
    files.push(file);
  }
  return files;
}

/** Write a run folder; returns the files written. */
export async function writeRun(result: RunResult, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files = writeTables(dir, result.tables);
  const summaryFile = join(dir, 'summary.json');
  writeFileSync(summaryFile, `${JSON.stringify(result.summary, null, 2)}\n`);
  files.push(summaryFile, ...(await writeCharts(dir, chartSpecs(result.tables))));
  return files;
}

/** Headline numbers of two runs side by side (markdown). */
export function compareTable(a: Summary, b: Summary): string {
  const rows: [string, string | number, string | number][] = [
    ['scenario', a.scenario, b.scenario],
    ['blocks', a.blocks, b.blocks],
    ['blocks/s', a.blocksPerSecond.toFixed(0), b.blocksPerSecond.toFixed(0)],
    ['issuance at end (TAO)', a.chain.issuanceEnd.toFixed(3), b.chain.issuanceEnd.toFixed(3)],
    ['block emission at end (TAO)', a.chain.blockEmissionEnd, b.chain.blockEmissionEnd],
    ['halvings', a.halvings.length, b.halvings.length],
    ['subnets pruned', a.pruned.map((p) => p.subnet).join(' ') || '-', b.pruned.map((p) => p.subnet).join(' ') || '-'],
  ];
  const strategies = [...new Set([...Object.keys(a.earnedPerStakeByStrategy), ...Object.keys(b.earnedPerStakeByStrategy)])].sort();
  for (const st of strategies) rows.push([`earned per TAO staked: ${st}`, a.earnedPerStakeByStrategy[st]?.toFixed(4) ?? '-', b.earnedPerStakeByStrategy[st]?.toFixed(4) ?? '-']);
  const names = [...new Set([...a.subnets.map((s) => s.name), ...b.subnets.map((s) => s.name)])];
  for (const nm of names) {
    const sa = a.subnets.find((s) => s.name === nm);
    const sb = b.subnets.find((s) => s.name === nm);
    rows.push([`${nm}: mean emission share`, sa ? sa.meanEmissionShare.toFixed(4) : '-', sb ? sb.meanEmissionShare.toFixed(4) : '-']);
    rows.push([`${nm}: price at end`, sa ? sa.price.toPrecision(6) : '-', sb ? sb.price.toPrecision(6) : '-']);
  }
  return [`| | ${a.scenario} (a) | ${b.scenario} (b) |`, '|---|---|---|', ...rows.map(([k, x, y]) => `| ${k} | ${x} | ${y} |`)].join('\n') + '\n';
}

/** Write a comparison folder: a/ and b/ run folders, compare.json, compare.md and overlay charts. */
export async function writeCompare(a: RunResult, b: RunResult, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const labelA = `a: ${a.summary.scenario}`;
  const labelB = `b: ${b.summary.scenario}`;
  const files = [...(await writeRun(a, join(dir, 'a'))), ...(await writeRun(b, join(dir, 'b')))];
  const cj = join(dir, 'compare.json');
  writeFileSync(cj, `${JSON.stringify({ a: a.summary, b: b.summary }, null, 2)}\n`);
  const md = join(dir, 'compare.md');
  writeFileSync(md, compareTable(a.summary, b.summary));
  const tag = <R extends object>(rows: readonly R[], run: string): R[] => rows.map((r) => ({ ...r, run }));
  const merged = {
    chain: [...tag(a.tables.chain, labelA), ...tag(b.tables.chain, labelB)],
    subnets: [...tag(a.tables.subnets, labelA), ...tag(b.tables.subnets, labelB)],
    neurons: [...tag(a.tables.neurons, labelA), ...tag(b.tables.neurons, labelB)],
    validators: [...tag(a.tables.validators, labelA), ...tag(b.tables.validators, labelB)],
    traders: [...tag(a.tables.traders, labelA), ...tag(b.tables.traders, labelB)],
  };
  const specs = Object.fromEntries(Object.entries(chartSpecs(merged, true)).map(([k, v]) => [`overlay_${k}`, v]));
  files.push(cj, md, ...(await writeCharts(dir, specs)));
  return files;
}
