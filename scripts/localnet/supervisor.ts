/**
 * A small process supervisor for the localnet's neurons: every neuron is its own process, its
 * output appended to `<logDir>/<name>.log`; a process that dies is restarted with a growing delay
 * (1 s, 2 s, 4 s … at most 30 s; back to 1 s after a minute of health); `stopAll()` asks every
 * process to stop (SIGTERM), waits, and kills what is left.
 *
 * Protocol with a child: it writes JSON lines on stdout. A line with `event` is a report
 * (`{"event":"ready",…}` once it serves; anything else is passed to `onEvent`); other lines are
 * log records (`{"level":"warn","msg":…}`). The child's stdin stays open while the supervisor
 * lives: a child whose stdin ends must exit (the localnet was killed without cleaning up).
 * Children run in their own process group, so a Ctrl-C in the terminal reaches the localnet only,
 * which then stops them in order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ProcessSpec {
  /** Unique name; also the log file's name (`/` becomes `-`). */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** How long the first start may take before `start` fails (default 120 s). */
  readonly readyTimeoutMs?: number;
}

/** A JSON line with an `event` field. */
export interface ChildEvent {
  readonly event: string;
  readonly [field: string]: unknown;
}

export interface SupervisedStatus {
  readonly name: string;
  readonly pid: number | undefined;
  readonly running: boolean;
  readonly restarts: number;
  readonly logFile: string;
}

export interface SupervisorOptions {
  readonly logDir: string;
  /** Reports of children (`ready` included), in arrival order. */
  readonly onEvent?: (name: string, event: ChildEvent) => void;
  /** Log records of children (parsed JSON lines without `event`). */
  readonly onLog?: (name: string, record: Record<string, unknown>) => void;
  /** Supervisor notices (restarts, kills). */
  readonly notice?: (line: string) => void;
  /** Time a child gets between SIGTERM and SIGKILL (default 10 s). */
  readonly stopTimeoutMs?: number;
}

export class SupervisorError extends Error {
  constructor(
    readonly code: 'CHILD_EXITED' | 'CHILD_NOT_READY' | 'SUPERVISOR_STOPPED',
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'SupervisorError';
  }
}

const MAX_BACKOFF_MS = 30_000;
const HEALTHY_MS = 60_000;

interface Managed {
  readonly spec: ProcessSpec;
  readonly logFile: string;
  readonly log: WriteStream;
  child: ChildProcess | undefined;
  restarts: number;
  /** Consecutive failures (reset after a healthy minute): the backoff exponent. */
  failures: number;
  startedAt: number;
  timer: NodeJS.Timeout | undefined;
  lastLines: string[];
}

export class Supervisor {
  private readonly procs = new Map<string, Managed>();
  private stopping = false;

  constructor(private readonly opts: SupervisorOptions) {
    mkdirSync(opts.logDir, { recursive: true });
  }

  /** Start a supervised process; resolves with its `ready` report (rejects if it exits or times out first). */
  start(spec: ProcessSpec): Promise<ChildEvent> {
    if (this.stopping) return Promise.reject(new SupervisorError('SUPERVISOR_STOPPED', 'the supervisor is stopping'));
    if (this.procs.has(spec.name)) return Promise.reject(new Error(`a process named ${spec.name} is already supervised`));
    const logFile = join(this.opts.logDir, `${spec.name.replace(/[\\/]/g, '-')}.log`);
    const m: Managed = { spec, logFile, log: createWriteStream(logFile, { flags: 'a' }), child: undefined, restarts: 0, failures: 0, startedAt: 0, timer: undefined, lastLines: [] };
    this.procs.set(spec.name, m);
    return new Promise<ChildEvent>((resolve, reject) => {
      let settled = false;
      const timeout = setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new SupervisorError('CHILD_NOT_READY', `${spec.name} was not ready within ${(spec.readyTimeoutMs ?? 120_000) / 1000} s (log: ${logFile})`, { name: spec.name, logFile, tail: m.lastLines.slice(-5) }));
      }, spec.readyTimeoutMs ?? 120_000);
      timeout.unref();
      this.spawnChild(m, {
        ready: (ev) => {
          if (settled) return;
          settled = true;
          clearTimeout(timeout);
          resolve(ev);
        },
        exited: (code, signal) => {
          if (settled) return false;
          settled = true;
          clearTimeout(timeout);
          reject(new SupervisorError('CHILD_EXITED', `${spec.name} exited before it was ready (${signal ?? `code ${code}`}): ${m.lastLines.slice(-3).join(' | ')} (log: ${logFile})`, { name: spec.name, code, signal, logFile }));
          return true;
        },
      });
    });
  }

  /** Where each process is. */
  status(): SupervisedStatus[] {
    return [...this.procs.values()].map((m) => ({ name: m.spec.name, pid: m.child?.pid, running: m.child !== undefined && m.child.exitCode === null && m.child.signalCode === null, restarts: m.restarts, logFile: m.logFile }));
  }

  /** Send a signal to one process (tests, `kill`-like tools); the supervisor restarts it if it dies. */
  signal(name: string, sig: NodeJS.Signals): boolean {
    const c = this.procs.get(name)?.child;
    return c ? c.kill(sig) : false;
  }

  /** Stop the named processes, or every process (in reverse start order when none are named). */
  async stopAll(names?: readonly string[]): Promise<void> {
    if (!names) this.stopping = true;
    const list = [...this.procs.values()].filter((m) => !names || names.includes(m.spec.name)).reverse();
    await Promise.all(list.map((m) => this.stopOne(m)));
    for (const m of list) {
      this.procs.delete(m.spec.name);
      await new Promise<void>((r) => m.log.end(r));
    }
  }

  private async stopOne(m: Managed): Promise<void> {
    if (m.timer) clearTimeout(m.timer);
    m.timer = undefined;
    const c = m.child;
    m.child = undefined; // no restart
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill('SIGTERM');
    const killTimer = setTimeout(() => {
      this.note(m, `did not stop within ${(this.opts.stopTimeoutMs ?? 10_000) / 1000} s: killed`);
      c.kill('SIGKILL');
    }, this.opts.stopTimeoutMs ?? 10_000);
    await exited;
    clearTimeout(killTimer);
  }

  private note(m: Managed, msg: string): void {
    const line = JSON.stringify({ level: 'warn', time: Date.now(), neuron: 'supervisor', msg: `${m.spec.name} ${msg}` });
    m.log.write(line + '\n');
    this.opts.notice?.(`${m.spec.name} ${msg}`);
  }

  private spawnChild(m: Managed, first?: { ready: (ev: ChildEvent) => void; exited: (code: number | null, signal: NodeJS.Signals | null) => boolean }): void {
    const { spec } = m;
    const child = spawn(spec.command, [...spec.args], { cwd: spec.cwd, env: spec.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    m.child = child;
    m.startedAt = Date.now();
    // stdin is the lifeline: it is never written, and it closes when this process dies
    child.stdin?.on('error', () => undefined);
    const remember = (line: string): void => {
      m.lastLines.push(line.length > 300 ? line.slice(0, 300) + '…' : line);
      if (m.lastLines.length > 20) m.lastLines.shift();
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      m.log.write(line + '\n');
      let rec: Record<string, unknown> | undefined;
      try {
        const v: unknown = JSON.parse(line);
        if (v && typeof v === 'object' && !Array.isArray(v)) rec = v as Record<string, unknown>;
      } catch {
        // plain text: kept in the log only
      }
      if (rec && typeof rec.event === 'string') {
        const ev = rec as ChildEvent;
        if (ev.event === 'ready') first?.ready(ev);
        this.opts.onEvent?.(spec.name, ev);
      } else {
        remember(typeof rec?.msg === 'string' ? rec.msg : line);
        if (rec) this.opts.onLog?.(spec.name, rec);
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      m.log.write(line + '\n');
      remember(line);
    });
    child.once('error', (e) => this.note(m, `could not start: ${e.message}`));
    child.once('exit', (code, signal) => {
      if (m.child !== child) return; // stopped on purpose
      m.child = undefined;
      if (first?.exited(code, signal)) return; // never became ready: start() reports it, no restart
      if (this.stopping) return;
      if (Date.now() - m.startedAt > HEALTHY_MS) m.failures = 0;
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** m.failures);
      m.failures++;
      m.restarts++;
      this.note(m, `exited (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s (restart ${m.restarts})`);
      m.timer = setTimeout(() => {
        m.timer = undefined;
        if (!this.stopping && this.procs.get(spec.name) === m) this.spawnChild(m);
      }, delay);
      m.timer.unref();
    });
  }
}
