import { Trie } from '/work/main/packages/node/src/storage/trie.ts';
import { initHashing, blake2_256 } from '/work/main/packages/node/src/storage/hashing.ts';
import { blake2b } from '@noble/hashes/blake2.js';
await initHashing();
const keys: Uint8Array[] = [];
for (let i = 0; i < 100_000; i++) {
  const k = new Uint8Array(64);
  k.set(blake2b(Uint8Array.of(i & 255, (i >> 8) & 255, i >> 16), { dkLen: 32 }), 0);
  k.set(blake2b(Uint8Array.of(i & 7), { dkLen: 32 }), 32);
  keys.push(k);
}
for (let rep=0;rep<2;rep++){
const t = new Trie(1);
let t0 = performance.now();
for (let i = 0; i < keys.length; i++) t.insert(keys[i], new Uint8Array(i % 2 ? 80 : 16).fill(i & 255));
console.log('insert', performance.now()-t0);
t0 = performance.now(); t.root(); console.log('root', performance.now()-t0);
t0 = performance.now(); for (let i = 0; i < 200000; i++) blake2_256(keys[i%1000]); console.log('200k hashes', performance.now()-t0);
}
