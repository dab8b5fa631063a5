// Independent, from-the-definition XSalsa20-Poly1305 (NaCl crypto_secretbox) used only by the tests to build
// fixture keyfiles without going through the tweetnacl port that the implementation uses.
const rotl = (v: number, c: number) => ((v << c) | (v >>> (32 - c))) >>> 0;
function rounds(x: Uint32Array): void {
  const qr = (a: number, b: number, c: number, d: number) => {
    x[b] ^= rotl((x[a] + x[d]) >>> 0, 7);
    x[c] ^= rotl((x[b] + x[a]) >>> 0, 9);
    x[d] ^= rotl((x[c] + x[b]) >>> 0, 13);
    x[a] ^= rotl((x[d] + x[c]) >>> 0, 18);
  };
  for (let i = 0; i < 10; i++) {
    qr(0, 4, 8, 12); qr(5, 9, 13, 1); qr(10, 14, 2, 6); qr(15, 3, 7, 11);
    qr(0, 1, 2, 3); qr(5, 6, 7, 4); qr(10, 11, 8, 9); qr(15, 12, 13, 14);
  }
}
const le32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];
function initState(key: Uint8Array, in16: Uint8Array): Uint32Array {
  const s = new Uint32Array(16);
  s[0] = SIGMA[0]; s[5] = SIGMA[1]; s[10] = SIGMA[2]; s[15] = SIGMA[3];
  for (let i = 0; i < 4; i++) { s[1 + i] = le32(key, 4 * i); s[11 + i] = le32(key, 16 + 4 * i); s[6 + i] = le32(in16, 4 * i); }
  return s;
}
function hsalsa20(key: Uint8Array, nonce16: Uint8Array): Uint8Array {
  const x = initState(key, nonce16);
  rounds(x);
  const out = new Uint8Array(32);
  const dv = new DataView(out.buffer);
  [0, 5, 10, 15, 6, 7, 8, 9].forEach((w, i) => dv.setUint32(4 * i, x[w], true));
  return out;
}
function salsa20Stream(key: Uint8Array, nonce8: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let block = 0; block * 64 < len; block++) {
    const in16 = new Uint8Array(16);
    in16.set(nonce8, 0);
    new DataView(in16.buffer).setUint32(8, block, true);
    const s = initState(key, in16);
    const x = Uint32Array.from(s);
    rounds(x);
    const dv = new DataView(new ArrayBuffer(64));
    for (let i = 0; i < 16; i++) dv.setUint32(4 * i, (x[i] + s[i]) >>> 0, true);
    const bytes = new Uint8Array(dv.buffer);
    out.set(bytes.subarray(0, Math.min(64, len - block * 64)), block * 64);
  }
  return out;
}
const leBig = (b: Uint8Array) => b.reduceRight((acc, v) => (acc << 8n) | BigInt(v), 0n);
function poly1305(key: Uint8Array, msg: Uint8Array): Uint8Array {
  const p = (1n << 130n) - 5n;
  const r = leBig(key.subarray(0, 16)) & 0x0ffffffc0ffffffc0ffffffc0fffffffn;
  const s = leBig(key.subarray(16, 32));
  let acc = 0n;
  for (let i = 0; i < msg.length; i += 16) {
    const chunk = msg.subarray(i, i + 16);
    acc = ((acc + leBig(chunk) + (1n << BigInt(8 * chunk.length))) * r) % p;
  }
  let tag = (acc + s) & ((1n << 128n) - 1n);
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) { out[i] = Number(tag & 0xffn); tag >>= 8n; }
  return out;
}
/** crypto_secretbox_easy: MAC(16) ‖ ciphertext. */
export function referenceSecretbox(msg: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array {
  const subkey = hsalsa20(key, nonce.subarray(0, 16));
  const stream = salsa20Stream(subkey, nonce.subarray(16, 24), 32 + msg.length);
  const ct = msg.map((b, i) => b ^ stream[32 + i]);
  const out = new Uint8Array(16 + ct.length);
  out.set(poly1305(stream.subarray(0, 32), ct), 0);
  out.set(ct, 16);
  return out;
}
