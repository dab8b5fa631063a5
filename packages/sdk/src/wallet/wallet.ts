import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Keyfile, ensureDir, type KeyfileReadOptions } from './keyfile.js';
import type { Argon2Params } from './encryption.js';
import { Keypair, type MnemonicWordCount } from './keypair.js';

export const DEFAULT_WALLET_PATH = join(homedir(), '.bittensor', 'wallets');
export const DEFAULT_WALLET_NAME = 'default';
export const DEFAULT_HOTKEY_NAME = 'default';

export interface WalletOptions {
  name?: string;
  hotkey?: string;
  /** Wallets directory; `~` expanded. Defaults: BT_WALLET_PATH env, then ~/.bittensor/wallets. */
  path?: string;
  /** Test-only argon2i parameters (files written with them do not open in Bittensor). */
  kdfParams?: Argon2Params;
}

export interface NewKeyOptions {
  nWords?: MnemonicWordCount;
  /** Password for $NACL encryption; null/undefined = plaintext. */
  password?: string | null;
  overwrite?: boolean;
}
export type RegenerateSource = { mnemonic: string } | { seed: string | Uint8Array } | { uri: string } | { keypair: Keypair };
export interface RegenerateOptions {
  password?: string | null;
  overwrite?: boolean;
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? join(homedir(), p.slice(1)) : p;
}
function keypairFrom(src: RegenerateSource): Keypair {
  if ('mnemonic' in src) return Keypair.fromMnemonic(src.mnemonic);
  if ('seed' in src) return Keypair.fromSeed(src.seed);
  if ('uri' in src) return Keypair.fromUri(src.uri);
  return src.keypair;
}

/** `<path>/<name>/{coldkey, coldkeypub.txt, hotkeys/<hotkey>, hotkeys/<hotkey>pub.txt}` — btwallet's layout. */
export class Wallet {
  readonly name: string;
  readonly hotkeyName: string;
  readonly path: string;
  private readonly kdfParams: Argon2Params | undefined;

  constructor(opts: WalletOptions = {}) {
    this.name = opts.name ?? process.env.BT_WALLET_NAME ?? DEFAULT_WALLET_NAME;
    this.hotkeyName = opts.hotkey ?? process.env.BT_WALLET_HOTKEY ?? DEFAULT_HOTKEY_NAME;
    this.path = expandHome(opts.path ?? process.env.BT_WALLET_PATH ?? DEFAULT_WALLET_PATH);
    this.kdfParams = opts.kdfParams;
  }

  get walletDir(): string {
    return join(this.path, this.name);
  }
  get coldkeyFile(): Keyfile {
    return new Keyfile(join(this.walletDir, 'coldkey'));
  }
  get coldkeypubFile(): Keyfile {
    return new Keyfile(join(this.walletDir, 'coldkeypub.txt'));
  }
  hotkeyFile(hotkey = this.hotkeyName): Keyfile {
    return new Keyfile(join(this.walletDir, 'hotkeys', hotkey));
  }
  hotkeypubFile(hotkey = this.hotkeyName): Keyfile {
    return new Keyfile(join(this.walletDir, 'hotkeys', `${hotkey}pub.txt`));
  }

  // ---- coldkey ----
  /** New mnemonic coldkey; encrypted when a password is given (btwallet default). Returns the mnemonic. */
  createNewColdkey(opts: NewKeyOptions = {}): { keypair: Keypair; mnemonic: string } {
    const mnemonic = Keypair.generateMnemonic(opts.nWords ?? 12);
    const keypair = this.regenerateColdkey({ mnemonic }, opts);
    return { keypair, mnemonic };
  }
  regenerateColdkey(src: RegenerateSource, opts: RegenerateOptions = {}): Keypair {
    const kp = keypairFrom(src);
    this.setColdkey(kp, opts);
    return kp;
  }
  setColdkey(kp: Keypair, opts: RegenerateOptions = {}): void {
    ensureDir(this.walletDir);
    this.coldkeyFile.setKeypair(kp, { password: opts.password, overwrite: opts.overwrite, kdfParams: this.kdfParams });
    this.coldkeypubFile.setKeypair(kp, { publicOnly: true, overwrite: opts.overwrite });
  }
  /** Public-only coldkey (watch-only wallets). */
  regenerateColdkeypub(src: { ss58Address: string } | { publicKey: string | Uint8Array }, overwrite = false): Keypair {
    const kp = 'ss58Address' in src ? Keypair.fromSs58(src.ss58Address) : Keypair.fromPublicKey(src.publicKey);
    ensureDir(this.walletDir);
    this.coldkeypubFile.setKeypair(kp, { publicOnly: true, overwrite });
    return kp;
  }
  getColdkey(password?: string): Keypair {
    const opts: KeyfileReadOptions = { kdfParams: this.kdfParams };
    if (password !== undefined) opts.password = password;
    return this.coldkeyFile.getKeypair(opts);
  }
  getColdkeypub(): Keypair {
    return this.coldkeypubFile.getKeypair();
  }

  // ---- hotkey ----
  /** New mnemonic hotkey; plaintext unless a password is given (btwallet default). */
  createNewHotkey(opts: NewKeyOptions & { hotkey?: string } = {}): { keypair: Keypair; mnemonic: string } {
    const mnemonic = Keypair.generateMnemonic(opts.nWords ?? 12);
    const keypair = this.regenerateHotkey({ mnemonic }, opts);
    return { keypair, mnemonic };
  }
  regenerateHotkey(src: RegenerateSource, opts: RegenerateOptions & { hotkey?: string } = {}): Keypair {
    const kp = keypairFrom(src);
    ensureDir(join(this.walletDir, 'hotkeys'));
    this.hotkeyFile(opts.hotkey).setKeypair(kp, { password: opts.password, overwrite: opts.overwrite, kdfParams: this.kdfParams });
    this.hotkeypubFile(opts.hotkey).setKeypair(kp, { publicOnly: true, overwrite: opts.overwrite });
    return kp;
  }
  getHotkey(password?: string, hotkey = this.hotkeyName): Keypair {
    const opts: KeyfileReadOptions = { kdfParams: this.kdfParams };
    if (password !== undefined) opts.password = password;
    return this.hotkeyFile(hotkey).getKeypair(opts);
  }
  /** hotkeys/<name>pub.txt when present, else the public part of the (plaintext) hotkey file. */
  getHotkeypub(hotkey = this.hotkeyName): Keypair {
    const pub = this.hotkeypubFile(hotkey);
    if (pub.exists()) return pub.getKeypair();
    return this.hotkeyFile(hotkey).getKeypair();
  }

  /** btcli `wallet create --uri`: coldkey = hotkey = the same key, unencrypted. */
  createFromUri(uri: string, overwrite = false): Keypair {
    const normalized = uri.startsWith('/') || uri.includes(' ') || uri.startsWith('0x') ? uri : `//${uri[0].toUpperCase()}${uri.slice(1)}`;
    const kp = Keypair.fromUri(normalized);
    this.setColdkey(kp, { overwrite });
    this.regenerateHotkey({ keypair: kp }, { overwrite });
    return kp;
  }

  /** Coldkey files exist (private or public). */
  exists(): boolean {
    return this.coldkeyFile.exists() || this.coldkeypubFile.exists();
  }

  /** Hotkey names under hotkeys/ (excluding `*pub.txt`). */
  listHotkeys(): string[] {
    const dir = join(this.walletDir, 'hotkeys');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => !f.endsWith('pub.txt') && statSync(join(dir, f)).isFile())
      .sort();
  }
}

export interface WalletSummary {
  name: string;
  coldkeyAddress: string | undefined;
  hotkeys: { name: string; address: string | undefined }[];
}

/** Every wallet under `path` with its coldkeypub and hotkey addresses (no passwords needed). */
export function listWallets(path: string = process.env.BT_WALLET_PATH ?? DEFAULT_WALLET_PATH): WalletSummary[] {
  const root = expandHome(path);
  if (!existsSync(root)) return [];
  const out: WalletSummary[] = [];
  for (const name of readdirSync(root).sort()) {
    if (!statSync(join(root, name)).isDirectory()) continue;
    const w = new Wallet({ name, path: root });
    const safe = (f: () => Keypair): string | undefined => {
      try {
        return f().ss58Address;
      } catch {
        return undefined;
      }
    };
    out.push({
      name,
      coldkeyAddress: safe(() => w.getColdkeypub()),
      hotkeys: w.listHotkeys().map((h) => ({ name: h, address: safe(() => w.getHotkeypub(h)) })),
    });
  }
  return out;
}
