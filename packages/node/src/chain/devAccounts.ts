/**
 * The well-known development accounts (//Alice … //Ferdie from Substrate's dev phrase), as sr25519
 * public keys derived exactly as `subkey`/polkadot.js do.
 */
import { keyExtractSuri, keyFromPath, mnemonicToMiniSecret, sr25519PairFromSeed } from '@polkadot/util-crypto';
import { toHex } from '../storage/hashing.js';

export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
export const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'] as const;
export type DevName = (typeof DEV_NAMES)[number];

export interface DevKeypair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

const cache = new Map<string, DevKeypair>();

/** The sr25519 keypair of a dev URI such as "//Alice" or "//Alice//stash". */
export function devKeypair(suri: string): DevKeypair {
  let kp = cache.get(suri);
  if (!kp) {
    const { path } = keyExtractSuri(DEV_PHRASE + suri);
    const root = sr25519PairFromSeed(mnemonicToMiniSecret(DEV_PHRASE));
    kp = keyFromPath(root, path, 'sr25519');
    cache.set(suri, kp);
  }
  return kp;
}

/** Account id (hex without 0x) of a dev name. */
export function devAccount(name: DevName): string {
  return toHex(devKeypair(`//${name}`).publicKey).slice(2);
}

/** Every dev account id in order. */
export function devAccounts(): string[] {
  return DEV_NAMES.map(devAccount);
}
