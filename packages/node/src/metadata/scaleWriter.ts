/** A minimal SCALE writer for the metadata structures (written once per runtime, so simplicity wins). */
const enc = new TextEncoder();

export class ScaleWriter {
  private buf: Uint8Array = new Uint8Array(1 << 16);
  private len = 0;

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  u8(v: number): this {
    this.ensure(1);
    this.buf[this.len++] = v & 0xff;
    return this;
  }

  u32(v: number): this {
    this.ensure(4);
    for (let i = 0; i < 4; i++) this.buf[this.len++] = (v >>> (8 * i)) & 0xff;
    return this;
  }

  bool(v: boolean): this {
    return this.u8(v ? 1 : 0);
  }

  compact(v: number | bigint): this {
    return this.raw(compactBytes(v));
  }

  raw(b: Uint8Array): this {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  /** Vec<u8>. */
  bytes(b: Uint8Array): this {
    return this.compact(b.length).raw(b);
  }

  str(s: string): this {
    return this.bytes(enc.encode(s));
  }

  vec<X>(items: readonly X[], f: (w: this, x: X) => void): this {
    this.compact(items.length);
    for (const x of items) f(this, x);
    return this;
  }

  option<X>(v: X | undefined, f: (w: this, x: X) => void): this {
    if (v === undefined) return this.u8(0);
    this.u8(1);
    f(this, v);
    return this;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** SCALE compact encoding of a non-negative integer. */
export function compactBytes(v: number | bigint): Uint8Array {
  const n = BigInt(v);
  if (n < 0n) throw new RangeError('compact: negative');
  if (n < 1n << 6n) return Uint8Array.of(Number(n) << 2);
  if (n < 1n << 14n) {
    const x = (Number(n) << 2) | 1;
    return Uint8Array.of(x & 0xff, x >> 8);
  }
  if (n < 1n << 30n) {
    const x = ((Number(n) << 2) | 2) >>> 0;
    return Uint8Array.of(x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, x >>> 24);
  }
  const out: number[] = [];
  let m = n;
  while (m > 0n) {
    out.push(Number(m & 0xffn));
    m >>= 8n;
  }
  if (out.length > 67) throw new RangeError('compact: too large');
  return Uint8Array.of(((out.length - 4) << 2) | 3, ...out);
}

/** Concatenate byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
