/**
 * `tensorium sim list | run <name|file> --out DIR [--blocks N] [--json] | compare <a> <b> --out DIR [--blocks N]`.
 * The CLI package delegates to `simCommand(argv)`; `main.ts` runs it standalone. Returns the exit
 * code: 0 ok, 1 run failure, 2 usage or scenario error.
 */
import { parseArgs } from 'node:util';
import { runScenario } from './engine.js';
import { SimError } from './errors.js';
import { compareTable, writeCompare, writeRun } from './output.js';
import { ProgressBar } from './progress.js';
import { listBundled, loadScenario, type Scenario } from './scenario.js';
import type { RunResult } from './results.js';

export const SIM_USAGE = `usage:
  tensorium sim list
  tensorium sim run <name|file> --out DIR [--blocks N] [--json]
  tensorium sim compare <a> <b> --out DIR [--blocks N]`;

export interface SimIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const defaultIo: SimIo = { stdout: process.stdout, stderr: process.stderr };

function run(sc: Scenario, blocks: number | undefined, io: SimIo, quiet: boolean): RunResult {
  const total = blocks ?? sc.blocks;
  const bar = quiet ? undefined : new ProgressBar(sc.name, io.stderr);
  const r = runScenario(sc, { blocks, onProgress: bar ? (t) => bar.update(t, total) : undefined });
  bar?.done();
  return r;
}

function parseBlocks(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new SimError('USAGE', `--blocks must be a positive integer, got "${v}"`, { blocks: v });
  return n;
}

export async function simCommand(argv: readonly string[], io: SimIo = defaultIo): Promise<number> {
  const args = argv[0] === 'sim' ? argv.slice(1) : argv;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { out: { type: 'string' }, blocks: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
    const [cmd, ...rest] = positionals;
    if (values.help || !cmd) {
      io.stdout.write(`${SIM_USAGE}\n`);
      return values.help ? 0 : 2;
    }
    const blocks = parseBlocks(values.blocks);
    switch (cmd) {
      case 'list': {
        const all = listBundled();
        if (values.json) io.stdout.write(`${JSON.stringify(all.map(({ name, description }) => ({ name, description })), null, 2)}\n`);
        else {
          const w = Math.max(...all.map((s) => s.name.length));
          for (const s of all) io.stdout.write(`${s.name.padEnd(w)}  ${s.description}\n`);
        }
        return 0;
      }
      case 'run': {
        if (rest.length !== 1 || !values.out) throw new SimError('USAGE', 'run needs one scenario and --out DIR', { positionals: rest });
        const r = run(loadScenario(rest[0]), blocks, io, values.json === true);
        const files = await writeRun(r, values.out);
        if (values.json) io.stdout.write(`${JSON.stringify(r.summary, null, 2)}\n`);
        else io.stdout.write(`${r.summary.scenario}: ${r.summary.blocks} blocks in ${(r.summary.wallMs / 1000).toFixed(1)} s (${r.summary.blocksPerSecond.toFixed(0)} blocks/s); ${files.length} files in ${values.out}\n`);
        return 0;
      }
      case 'compare': {
        if (rest.length !== 2 || !values.out) throw new SimError('USAGE', 'compare needs two scenarios and --out DIR', { positionals: rest });
        const [sa, sb] = rest.map((x) => loadScenario(x));
        const a = run(sa, blocks, io, values.json === true);
        const b = run(sb, blocks, io, values.json === true);
        await writeCompare(a, b, values.out);
        if (values.json) io.stdout.write(`${JSON.stringify({ a: a.summary, b: b.summary }, null, 2)}\n`);
        else io.stdout.write(compareTable(a.summary, b.summary));
        return 0;
      }
      default:
        throw new SimError('USAGE', `unknown sim command "${cmd}"`, { cmd });
    }
  } catch (e) {
    if (e instanceof SimError) {
      io.stderr.write(`error: ${e.shortMessage}\n${e.code === 'USAGE' ? `${SIM_USAGE}\n` : ''}`);
      return e.code === 'SETUP_FAILED' ? 1 : 2;
    }
    if (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`error: ${e.message}\n${SIM_USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
