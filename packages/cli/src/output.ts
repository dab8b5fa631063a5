/**
 * Output: human tables on stdout, progress on stderr (TTY only), or with `--json` exactly one JSON
 * document per command on stdout — `{ "ok": true, "data": … }` or `{ "ok": false, "error": { code,
 * message, remedy, details } }` — with bigints as decimal strings. Failures exit non-zero.
 */

export interface CliErrorShape {
  readonly code: string;
  readonly message: string;
  readonly remedy: string | undefined;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A usage or local error raised by the CLI itself. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly code: string,
    message: string,
    readonly remedy?: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export function jsonReplacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return '0x' + Buffer.from(v).toString('hex');
  if (v instanceof Error) return { name: v.name, message: v.message };
  return v;
}

/** Any thrown value → the error envelope (SDK errors carry code/remedy/details already). */
export function toErrorShape(e: unknown): CliErrorShape {
  const o = (e ?? {}) as { code?: unknown; message?: unknown; remedy?: unknown; details?: unknown; name?: unknown };
  let code = typeof o.code === 'string' ? o.code : undefined;
  const name = typeof o.name === 'string' ? o.name : 'Error';
  if (!code) {
    if (name === 'WrongPasswordError') code = 'WRONG_PASSWORD';
    else if (name === 'PasswordRequiredError') code = 'PASSWORD_REQUIRED';
    else if (name === 'KeyfileExistsError') code = 'KEYFILE_EXISTS';
    else if (name === 'KeyfileError' || name === 'UnsupportedEncryptionError') code = 'KEYFILE_ERROR';
    else if (name === 'BalanceParseError') code = 'INVALID_AMOUNT';
    else code = 'INTERNAL_ERROR';
  }
  let remedy = typeof o.remedy === 'string' ? o.remedy : undefined;
  if (!remedy) {
    if (code === 'WRONG_PASSWORD') remedy = 'check the password (--password-file or TENSORIUM_PASSWORD)';
    else if (code === 'PASSWORD_REQUIRED') remedy = 'pass --password-file FILE or set TENSORIUM_PASSWORD';
    else if (code === 'KEYFILE_EXISTS') remedy = 'pass --overwrite to replace it, or choose another --wallet-name/--hotkey';
    else if (code === 'KEYFILE_ERROR') remedy = 'check --wallet-path, --wallet-name and --hotkey (`tensorium wallet list`)';
    else if (code === 'INVALID_AMOUNT') remedy = 'amounts are decimal TAO/alpha, e.g. --amount 1.5';
  }
  const details = o.details && typeof o.details === 'object' ? (o.details as Record<string, unknown>) : {};
  return { code, message: typeof o.message === 'string' ? o.message : String(e), remedy, details };
}

/** Exit code by error class: 2 usage/parameters, 3 connection, 4 wallet/keyfile, 1 chain and everything else. */
export function exitCodeFor(code: string): number {
  if (code === 'INVALID_PARAMETER' || code === 'USAGE' || code === 'INVALID_AMOUNT' || code.startsWith('commander.')) return 2;
  if (code === 'CONNECTION_FAILED') return 3;
  if (['WRONG_PASSWORD', 'PASSWORD_REQUIRED', 'KEYFILE_EXISTS', 'KEYFILE_ERROR', 'WALLET_NOT_FOUND'].includes(code)) return 4;
  return 1;
}

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** An aligned text table (no outer border, like btcli's). */
export function table(columns: readonly (Column | string)[], rows: readonly (readonly string[])[], title?: string): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  const width = (s: string): number => [...s].length;
  const widths = cols.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const cell = (s: string, i: number): string => {
    const pad = ' '.repeat(Math.max(0, widths[i] - width(s)));
    return cols[i].align === 'right' ? pad + s : s + pad;
  };
  const lines = [cols.map((c, i) => cell(c.header, i)).join('  '), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map((r) => r.map((s, i) => cell(s, i)).join('  '))];
  return (title ? `${title}\n\n` : '') + lines.map((l) => l.trimEnd()).join('\n');
}

/** `key: value` lines, keys aligned. */
export function keyValues(pairs: readonly (readonly [string, string])[]): string {
  const w = Math.max(0, ...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export class Output {
  private spinnerTimer: NodeJS.Timeout | undefined;
  private spinnerText = '';

  constructor(
    readonly json: boolean,
    readonly quiet = false,
    private readonly stdout: NodeJS.WriteStream = process.stdout,
    private readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Interactive extras (spinner, prompts) only on a TTY and never in JSON mode. */
  get interactive(): boolean {
    return !this.json && Boolean(this.stderr.isTTY);
  }

  success(data: unknown, human?: string): void {
    this.stopSpinner();
    if (this.json) this.stdout.write(JSON.stringify({ ok: true, data }, jsonReplacer) + '\n');
    else if (!this.quiet && human !== undefined) this.stdout.write(human + '\n');
  }

  failure(e: unknown): number {
    this.stopSpinner();
    const err = toErrorShape(e);
    if (this.json) this.stdout.write(JSON.stringify({ ok: false, error: err }, jsonReplacer) + '\n');
    else {
      this.stderr.write(`✖ ${err.message}\n`);
      if (err.remedy) this.stderr.write(`  → ${err.remedy}\n`);
    }
    return exitCodeFor(err.code);
  }

  /** A note on stderr (human mode only). */
  info(text: string): void {
    if (!this.json && !this.quiet) this.stderr.write(text + '\n');
  }

  spinner(text: string): void {
    this.spinnerText = text;
    if (!this.interactive || this.spinnerTimer) return;
    let i = 0;
    this.spinnerTimer = setInterval(() => {
      this.stderr.write(`\r${FRAMES[i++ % FRAMES.length]} ${this.spinnerText}\x1b[K`);
    }, 80);
  }

  stopSpinner(): void {
    if (!this.spinnerTimer) return;
    clearInterval(this.spinnerTimer);
    this.spinnerTimer = undefined;
    this.stderr.write('\r\x1b[K');
  }
}
