/**
 * Tensor payloads as Bittensor's `bt.Tensor` carries them (spec/sdk.md §1.10): a JSON object
 * `{ buffer, dtype, shape }` where `buffer` is base64 of the msgpack encoding of a numpy array by
 * msgpack-numpy (a map with the binary keys `nd`, `type`, `kind`, `shape`, `data`; `type` is numpy's
 * array-protocol string such as `<f4`, `data` the raw little-endian elements), `dtype` is the numpy
 * or torch name (`float32`, `torch.float32`) and `shape` the dimensions (`[0]` for a scalar).
 *
 * msgpackr writes exactly the bytes Python's `msgpack.packb(array, default=msgpack_numpy.encode)`
 * writes (checked against Python in tensor.test.ts), so a Python miner or validator reads these
 * tensors with `bt.Tensor.deserialize()` and the other way round.
 */
import { Packr, Unpackr } from 'msgpackr';
import { z } from 'zod';
import { SynapseError } from './errors.js';

/** Element types of `bt.Tensor` (numpy names; `torch.<name>` is accepted on input). */
export type TensorDtype = 'float16' | 'float32' | 'float64' | 'uint8' | 'int8' | 'int16' | 'int32' | 'int64' | 'bool';

export const TENSOR_DTYPES: readonly TensorDtype[] = ['float16', 'float32', 'float64', 'uint8', 'int8', 'int16', 'int32', 'int64', 'bool'];

/** The wire form: the synapse field's JSON value. */
export interface TensorPayload {
  readonly buffer: string | null;
  readonly dtype: string;
  readonly shape: readonly number[];
}

/** A decoded tensor: its elements in row-major order, with their type and shape. */
export interface TensorValue {
  readonly dtype: TensorDtype;
  readonly shape: readonly number[];
  /** float16 elements are widened to float32; int64 elements are bigints; bool elements are 0/1 bytes. */
  readonly data: Float32Array | Float64Array | Uint8Array | Int8Array | Int16Array | Int32Array | BigInt64Array;
}

/** zod schema for a tensor field of a synapse (`buffer` may be absent: an empty response field). */
export const TensorSchema = z.object({
  buffer: z.string().nullable().default(null),
  dtype: z.string(),
  shape: z.array(z.int().min(0)),
});

/** numpy's array-protocol type string (little-endian) and element size of each dtype. */
const LAYOUT: Record<TensorDtype, { readonly type: string; readonly size: number }> = {
  float16: { type: '<f2', size: 2 },
  float32: { type: '<f4', size: 4 },
  float64: { type: '<f8', size: 8 },
  uint8: { type: '|u1', size: 1 },
  int8: { type: '|i1', size: 1 },
  int16: { type: '<i2', size: 2 },
  int32: { type: '<i4', size: 4 },
  int64: { type: '<i8', size: 8 },
  bool: { type: '|b1', size: 1 },
};
const BY_TYPE = new Map(Object.entries(LAYOUT).map(([d, l]) => [l.type, d as TensorDtype]));

const packr = new Packr({ useRecords: false, mapsAsObjects: false, variableMapSize: true });
const unpackr = new Unpackr({ useRecords: false, mapsAsObjects: false });
const key = (s: string): Buffer => Buffer.from(s, 'ascii');
const MAX_ELEMENTS = 1 << 28;

function tensorError(message: string, details: Record<string, unknown> = {}): SynapseError {
  return new SynapseError('INVALID_TENSOR', message, details);
}

/** `float32`, `torch.float32` → `float32`; anything else is refused. */
export function tensorDtype(name: string): TensorDtype {
  const d = name.startsWith('torch.') ? name.slice(6) : name;
  if (!(TENSOR_DTYPES as readonly string[]).includes(d)) throw tensorError(`unsupported tensor dtype "${name}"`, { dtype: name, supported: TENSOR_DTYPES });
  return d as TensorDtype;
}

function elementCount(shape: readonly number[]): number {
  let n = 1;
  for (const s of shape) {
    if (!Number.isInteger(s) || s < 0) throw tensorError('a tensor shape holds non-negative integers', { shape });
    n *= s;
    if (n > MAX_ELEMENTS) throw tensorError('tensor too large', { shape });
  }
  return n;
}

function f16ToF32(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

function f32ToF16(v: number): number {
  if (Number.isNaN(v)) return 0x7e00;
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -24 / 2) return sign;
  if (a < 2 ** -14) return sign | Math.round(a / 2 ** -24); // subnormal
  let e = Math.floor(Math.log2(a));
  let m = Math.round((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

/** Raw little-endian element bytes → typed elements. */
function fromBytes(dtype: TensorDtype, bytes: Uint8Array, n: number): TensorValue['data'] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (dtype) {
    case 'float16':
      return Float32Array.from({ length: n }, (_, i) => f16ToF32(view.getUint16(2 * i, true)));
    case 'float32':
      return Float32Array.from({ length: n }, (_, i) => view.getFloat32(4 * i, true));
    case 'float64':
      return Float64Array.from({ length: n }, (_, i) => view.getFloat64(8 * i, true));
    case 'uint8':
      return Uint8Array.from(bytes.subarray(0, n));
    case 'bool':
      return Uint8Array.from(bytes.subarray(0, n), (b) => (b ? 1 : 0));
    case 'int8':
      return Int8Array.from({ length: n }, (_, i) => view.getInt8(i));
    case 'int16':
      return Int16Array.from({ length: n }, (_, i) => view.getInt16(2 * i, true));
    case 'int32':
      return Int32Array.from({ length: n }, (_, i) => view.getInt32(4 * i, true));
    case 'int64':
      return BigInt64Array.from({ length: n }, (_, i) => view.getBigInt64(8 * i, true));
  }
}

/** Typed or plain elements → raw little-endian element bytes. */
function toBytes(dtype: TensorDtype, values: ArrayLike<number | bigint | boolean>): Uint8Array {
  const { size } = LAYOUT[dtype];
  const out = new Uint8Array(values.length * size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const num = (): number => {
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'bigint') return Number(v);
      return v;
    };
    switch (dtype) {
      case 'float16':
        view.setUint16(2 * i, f32ToF16(num()), true);
        break;
      case 'float32':
        view.setFloat32(4 * i, num(), true);
        break;
      case 'float64':
        view.setFloat64(8 * i, num(), true);
        break;
      case 'uint8':
        view.setUint8(i, num());
        break;
      case 'bool':
        view.setUint8(i, num() ? 1 : 0);
        break;
      case 'int8':
        view.setInt8(i, num());
        break;
      case 'int16':
        view.setInt16(2 * i, num(), true);
        break;
      case 'int32':
        view.setInt32(4 * i, num(), true);
        break;
      case 'int64':
        view.setBigInt64(8 * i, typeof v === 'bigint' ? v : BigInt(Math.trunc(num())), true);
        break;
    }
  }
  return out;
}

/**
 * Serialize elements (row-major) of the given shape and dtype as `bt.Tensor.serialize` does. A
 * scalar is `shape: []` (sent as `[0]`, as Python sends it).
 */
export function serializeTensor(values: ArrayLike<number | bigint | boolean>, shape: readonly number[], dtype: TensorDtype | `torch.${TensorDtype}` = 'float32'): TensorPayload {
  const d = tensorDtype(dtype);
  const n = elementCount(shape);
  if (n !== values.length) throw tensorError(`shape [${shape.join(', ')}] holds ${n} elements, ${values.length} given`, { shape, elements: values.length });
  const doc = new Map<Buffer, unknown>([
    [key('nd'), true],
    [key('type'), LAYOUT[d].type],
    [key('kind'), Buffer.alloc(0)],
    [key('shape'), [...shape]],
    [key('data'), Buffer.from(toBytes(d, values))],
  ]);
  return { buffer: packr.pack(doc).toString('base64'), dtype, shape: shape.length === 0 ? [0] : [...shape] };
}

/**
 * Decode a `bt.Tensor` payload (from a Python or a Tensorium neuron). The elements come from the
 * buffer's own numpy type; `dtype` names the type to present them as (as Python's `astype`), which
 * must be that type here (no silent conversions). Throws `SynapseError` INVALID_TENSOR on anything
 * malformed — it is untrusted input.
 */
export function deserializeTensor(payload: TensorPayload): TensorValue {
  const parsed = TensorSchema.safeParse(payload);
  if (!parsed.success) throw tensorError('not a tensor: { buffer, dtype, shape } expected', { issues: parsed.error.issues.length });
  const { buffer, dtype, shape } = parsed.data;
  const d = tensorDtype(dtype);
  if (buffer === null) throw tensorError('the tensor has no buffer');
  let doc: unknown;
  try {
    doc = unpackr.unpack(Buffer.from(buffer, 'base64'));
  } catch (e) {
    throw tensorError(`the tensor buffer is not msgpack: ${(e as Error).message}`);
  }
  if (!(doc instanceof Map)) throw tensorError('the tensor buffer is not a msgpack-numpy array');
  const field = (name: string): unknown => {
    for (const [k, v] of doc as Map<unknown, unknown>) if ((Buffer.isBuffer(k) || typeof k === 'string') && k.toString() === name) return v;
    return undefined;
  };
  if (field('nd') !== true) throw tensorError('the tensor buffer is not an ndarray (nd != true)');
  const type = field('type');
  const inner = typeof type === 'string' ? BY_TYPE.get(type) : undefined;
  if (!inner) throw tensorError(`unsupported element type ${JSON.stringify(type)}`, { type: String(type) });
  if (inner !== d) throw tensorError(`the buffer holds ${inner} elements but the tensor says ${d}`, { buffer: inner, dtype: d });
  const innerShape = field('shape');
  if (!Array.isArray(innerShape) || !innerShape.every((x) => Number.isInteger(x) && x >= 0)) throw tensorError('the buffer has no valid shape');
  const n = elementCount(innerShape as number[]);
  const data = field('data');
  if (!(data instanceof Uint8Array) || data.length !== n * LAYOUT[d].size) throw tensorError('the buffer data does not match its shape and type', { expectedBytes: n * LAYOUT[d].size });
  // the declared shape ([0] = scalar/unshaped, as Python) must hold the same elements
  const declaredScalar = shape.length === 1 && shape[0] === 0;
  if (!declaredScalar && elementCount(shape) !== n) throw tensorError(`shape [${shape.join(', ')}] does not hold the buffer's ${n} elements`, { shape, elements: n });
  return { dtype: d, shape: declaredScalar ? (innerShape as number[]) : shape, data: fromBytes(d, data, n) };
}
