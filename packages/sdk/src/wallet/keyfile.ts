import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { KeyfileError, KeyfileExistsError, PasswordRequiredError } from './errors.js';
import {
  decryptKeyfileData,
  deobfuscatePassword,
  encryptKeyfileData,
  isEncrypted,
  obfuscatePassword,
  passwordEnvVarName,
  type Argon2Params,
} from './encryption.js';
import { Keypair } from './keypair.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** The JSON fields btwallet writes (keyfile.rs `serialized_keypair_to_keyfile_data`). */
export interface KeyfileJson {
  accountId: string;
  publicKey: string;
  privateKey?: string;
  secretPhrase?: string;
  secretSeed?: string;
  ss58Address: string;
}

export function keypairToKeyfileJson(kp: Keypair, publicOnly = false): KeyfileJson {
  const json: KeyfileJson = { accountId: kp.publicKeyHex, publicKey: kp.publicKeyHex, ss58Address: kp.ss58Address };
  if (!publicOnly) {
    if (kp.privateKeyHex) json.privateKey = kp.privateKeyHex;
    if (kp.mnemonic) json.secretPhrase = kp.mnemonic;
    if (kp.seed) json.secretSeed = u8aToHex(kp.seed);
  }
  return json;
}
export function serializeKeypair(kp: Keypair, publicOnly = false): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(keypairToKeyfileJson(kp, publicOnly)));
}

/** Load precedence as btwallet: secretPhrase → secretSeed → privateKey → ss58Address/publicKey. */
export function keypairFromKeyfileJson(json: Partial<KeyfileJson>): Keypair {
  let kp: Keypair;
  if (json.secretPhrase) kp = Keypair.fromMnemonic(json.secretPhrase);
  else if (json.secretSeed) kp = Keypair.fromSeed(json.secretSeed);
  else if (json.privateKey) kp = Keypair.fromPrivateKey(json.privateKey);
  else if (json.ss58Address) kp = Keypair.fromSs58(json.ss58Address);
  else if (json.publicKey || json.accountId) kp = Keypair.fromPublicKey((json.publicKey ?? json.accountId)!);
  else throw new KeyfileError('keyfile has no key material');
  return kp;
}
export function deserializeKeypair(data: Uint8Array): Keypair {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(data));
  } catch {
    throw new KeyfileError('keyfile is not valid JSON (is it encrypted?)');
  }
  if (!json || typeof json !== 'object') throw new KeyfileError('keyfile JSON is not an object');
  return keypairFromKeyfileJson(json as Partial<KeyfileJson>);
}

export interface KeyfileWriteOptions {
  /** Encrypt with `$NACL` under this password; undefined/null = plaintext. */
  password?: string | null;
  overwrite?: boolean;
  /** Write only accountId/publicKey/ss58Address. */
  publicOnly?: boolean;
  /** Test-only argon2i params (files would not open in Bittensor). */
  kdfParams?: Argon2Params;
}
export interface KeyfileReadOptions {
  password?: string;
  kdfParams?: Argon2Params;
}

/** Create `dir` (and parents) with mode 0700 for each directory this call creates. */
export function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  ensureDir(dirname(dir));
  mkdirSync(dir, { mode: DIR_MODE });
  chmodSync(dir, DIR_MODE);
}

/** One keyfile on disk (btwallet `Keyfile`). */
export class Keyfile {
  constructor(readonly path: string) {}

  exists(): boolean {
    return existsSync(this.path);
  }
  readRaw(): Uint8Array {
    if (!this.exists()) throw new KeyfileError(`keyfile ${this.path} does not exist`);
    return new Uint8Array(readFileSync(this.path));
  }
  isEncrypted(): boolean {
    return isEncrypted(this.readRaw());
  }
  writeRaw(data: Uint8Array, overwrite = false): void {
    if (this.exists() && !overwrite) throw new KeyfileExistsError(`File ${this.path} already exists (pass overwrite to replace it).`);
    ensureDir(dirname(this.path));
    writeFileSync(this.path, data, { mode: FILE_MODE });
    chmodSync(this.path, FILE_MODE);
  }
  setKeypair(kp: Keypair, opts: KeyfileWriteOptions = {}): void {
    let data = serializeKeypair(kp, opts.publicOnly ?? false);
    if (opts.password != null) data = encryptKeyfileData(data, opts.password, { kdfParams: opts.kdfParams });
    this.writeRaw(data, opts.overwrite ?? false);
  }
  /** Password from the argument, else from the `BT_PW_…` environment variable; throws if needed and absent. */
  getKeypair(opts: KeyfileReadOptions = {}): Keypair {
    let data = this.readRaw();
    if (isEncrypted(data)) {
      const password = opts.password ?? this.passwordFromEnv();
      if (password === undefined) throw new PasswordRequiredError(`keyfile ${this.path} is encrypted; a password is required`);
      data = decryptKeyfileData(data, password, { kdfParams: opts.kdfParams });
    }
    return deserializeKeypair(data);
  }
  /** Re-encrypt in place (plaintext → $NACL, or change password). */
  encrypt(password: string, opts: KeyfileReadOptions = {}): void {
    const kp = this.getKeypair(opts);
    const publicOnly = !kp.hasPrivateKey;
    this.setKeypair(kp, { password, overwrite: true, publicOnly, kdfParams: opts.kdfParams });
  }
  decrypt(password: string, opts: Omit<KeyfileReadOptions, 'password'> = {}): void {
    const kp = this.getKeypair({ ...opts, password });
    this.setKeypair(kp, { overwrite: true });
  }
  remove(): void {
    rmSync(this.path, { force: true });
  }

  envVarName(): string {
    return passwordEnvVarName(this.path);
  }
  savePasswordToEnv(password: string): string {
    const name = this.envVarName();
    process.env[name] = obfuscatePassword(password, name);
    return name;
  }
  removePasswordFromEnv(): void {
    delete process.env[this.envVarName()];
  }
  private passwordFromEnv(): string | undefined {
    const name = this.envVarName();
    const v = process.env[name];
    return v === undefined ? undefined : deobfuscatePassword(v, name);
  }
}
