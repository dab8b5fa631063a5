/**
 * Per-command context: global flags resolved against the environment and the config file, the
 * output, the wallet, key unlocking without prompts (--password-file, TENSORIUM_PASSWORD, BT_PW_*,
 * or a prompt on a TTY), a lazily connected chain client and the transaction helper.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  createClient,
  DEFAULT_WALLET_PATH,
  Keypair,
  PasswordRequiredError,
  Wallet,
  type TensoriumClient,
  type TxParameters,
} from './sdk.js';
import { configPath, loadConfig, type CliConfig } from './config.js';
import { CliError, Output } from './output.js';

/** Flags every command accepts (declared on the root program). */
export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  network?: string;
  endpoint?: string;
  walletPath?: string;
  walletName?: string;
  name?: string;
  hotkey?: string;
  passwordFile?: string;
  /** false with --no-password. */
  password?: boolean;
  yes?: boolean;
  waitForFinalization?: boolean;
}

export const DEFAULT_ENDPOINT = 'ws://127.0.0.1:9944';

export class CliContext {
  readonly out: Output;
  readonly config: CliConfig;
  readonly configFile: string;
  private client: TensoriumClient | undefined;

  constructor(
    readonly opts: GlobalOptions,
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.out = new Output(Boolean(opts.json), Boolean(opts.quiet));
    this.configFile = configPath(env);
    this.config = loadConfig(this.configFile);
  }

  /** Endpoint: --endpoint/--network > TENSORIUM_ENDPOINT > BT_SUBTENSOR_CHAIN_ENDPOINT > config > local. */
  get endpoint(): string {
    return this.opts.endpoint ?? this.opts.network ?? this.env.TENSORIUM_ENDPOINT ?? this.env.BT_SUBTENSOR_CHAIN_ENDPOINT ?? this.config.network ?? DEFAULT_ENDPOINT;
  }

  get walletPath(): string {
    return this.opts.walletPath ?? this.env.TENSORIUM_WALLET_PATH ?? this.env.BT_WALLET_PATH ?? this.config.wallet_path ?? DEFAULT_WALLET_PATH;
  }
  get walletName(): string {
    return this.opts.walletName ?? this.opts.name ?? this.env.TENSORIUM_WALLET_NAME ?? this.env.BT_WALLET_NAME ?? this.config.wallet_name ?? 'default';
  }
  get hotkeyName(): string {
    return this.opts.hotkey ?? this.env.TENSORIUM_WALLET_HOTKEY ?? this.env.BT_WALLET_HOTKEY ?? this.config.wallet_hotkey ?? 'default';
  }
  get rateTolerance(): number {
    return this.config.rate_tolerance ?? 0.005;
  }

  wallet(name = this.walletName): Wallet {
    return new Wallet({ name, hotkey: this.hotkeyName, path: this.walletPath });
  }

  /** A wallet whose coldkey exists, or a WALLET_NOT_FOUND error with the fix. */
  existingWallet(name = this.walletName): Wallet {
    const w = this.wallet(name);
    if (!w.exists()) throw new CliError('WALLET_NOT_FOUND', `no wallet "${name}" under ${w.path}`, 'create one with `tensorium wallet create` or pass --wallet-path/--wallet-name', { name, path: w.path });
    return w;
  }

  /** Password for an encrypted key: --password-file, TENSORIUM_PASSWORD, then a TTY prompt. */
  async password(what: string): Promise<string | undefined> {
    if (this.opts.passwordFile) return readFileSync(this.opts.passwordFile, 'utf8').replace(/\r?\n$/, '');
    if (this.env.TENSORIUM_PASSWORD !== undefined) return this.env.TENSORIUM_PASSWORD;
    if (this.out.interactive && process.stdin.isTTY) return promptHidden(`Password for ${what}: `);
    return undefined;
  }

  /** Password for a new key, or null for an unencrypted key (--no-password). */
  async newPassword(what: string): Promise<string | null> {
    if (this.opts.password === false) return null;
    const pw = await this.password(what);
    if (pw === undefined) throw new CliError('PASSWORD_REQUIRED', `a password is needed to encrypt the ${what}`, 'pass --password-file FILE, set TENSORIUM_PASSWORD, or --no-password for an unencrypted key');
    return pw;
  }

  /** The wallet's coldkey, decrypted if needed. */
  async coldkey(w = this.existingWallet()): Promise<Keypair> {
    return this.unlock(() => w.coldkeyFile.isEncrypted(), (pw) => w.getColdkey(pw), `coldkey of wallet "${w.name}"`);
  }

  async hotkey(w = this.existingWallet()): Promise<Keypair> {
    if (!w.hotkeyFile().exists()) throw new CliError('WALLET_NOT_FOUND', `wallet "${w.name}" has no hotkey "${w.hotkeyName}"`, 'create it with `tensorium wallet new-hotkey --hotkey NAME`', { hotkey: w.hotkeyName });
    return this.unlock(() => w.hotkeyFile().isEncrypted(), (pw) => w.getHotkey(pw), `hotkey "${w.hotkeyName}"`);
  }

  /** Public SS58 of the wallet's hotkey (no password). */
  hotkeyAddress(w = this.existingWallet()): string {
    return w.getHotkeypub().ss58Address;
  }
  coldkeyAddress(w = this.existingWallet()): string {
    return w.getColdkeypub().ss58Address;
  }

  private async unlock(encrypted: () => boolean, open: (pw?: string) => Keypair, what: string): Promise<Keypair> {
    if (!encrypted()) return open();
    try {
      return open();
    } catch (e) {
      if (!(e instanceof PasswordRequiredError)) throw e;
    }
    const pw = await this.password(what);
    if (pw === undefined) throw new CliError('PASSWORD_REQUIRED', `the ${what} is encrypted`, 'pass --password-file FILE or set TENSORIUM_PASSWORD');
    return open(pw);
  }

  async connect(): Promise<TensoriumClient> {
    if (!this.client) {
      this.out.spinner(`connecting to ${this.endpoint}`);
      this.client = await createClient({ url: this.endpoint });
      this.out.stopSpinner();
    }
    return this.client;
  }

  /** Options for a write action: spinner on stderr while waiting, wait mode from the flags. */
  tx(signer: Keypair, label: string): TxParameters {
    this.out.spinner(`${label}: signing`);
    return {
      signer,
      waitFor: this.opts.waitForFinalization ? 'finalized' : 'inBlock',
      onStatus: (s) => this.out.spinner(`${label}: ${s === 'inBlock' ? 'in block' : s}…`),
    };
  }

  /** Ask before signing unless --yes, --json or no TTY (then proceed: flags are the contract). */
  async confirm(question: string): Promise<void> {
    if (this.opts.yes || !this.out.interactive || !process.stdin.isTTY) return;
    const answer = await promptLine(`${question} [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('ABORTED', 'aborted by the user');
  }

  async close(): Promise<void> {
    this.out.stopSpinner();
    if (this.client) await this.client.disconnect();
  }
}

function promptLine(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) =>
    rl.question(question, (a) => {
      rl.close();
      resolve(a);
    }),
  );
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let buf = '';
    stdin.setRawMode?.(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (ch: string): void => {
      for (const c of ch) {
        if (c === '\r' || c === '\n' || c === '\u0004') {
          stdin.setRawMode?.(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(buf);
          return;
        }
        if (c === '\u0003') process.exit(130);
        if (c === '\u007f') buf = buf.slice(0, -1);
        else buf += c;
      }
    };
    stdin.on('data', onData);
  });
}
