/**
 * bt.Tensor payloads: round trips for every dtype, hostile payloads refused with INVALID_TENSOR, and
 * both directions against Python's msgpack + msgpack-numpy (what `bt.Tensor.serialize/deserialize`
 * call) when BT_PYTHON names the bittensor 10.x interpreter (CI provides it; elsewhere skipped).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { SynapseError } from './errors.js';
import { deserializeTensor, serializeTensor, TENSOR_DTYPES, type TensorPayload } from './tensor.js';

test('tensor: round trip for every dtype, scalar shape [0], torch dtype names', () => {
  const t = serializeTensor([1.5, -2, 3.25, 4, 5, 6], [2, 3], 'float32');
  assert.deepEqual(t.shape, [2, 3]);
  const back = deserializeTensor(t);
  assert.deepEqual([...back.data], [1.5, -2, 3.25, 4, 5, 6]);
  assert.deepEqual(back.shape, [2, 3]);
  for (const dtype of TENSOR_DTYPES) {
    const values = dtype === 'bool' ? [1, 0, 1] : dtype === 'int64' ? [1n, -(2n ** 62n), 7n] : [1, 2, 100];
    const r = deserializeTensor(serializeTensor(values, [3], dtype));
    assert.equal(r.dtype, dtype);
    assert.deepEqual([...r.data].map(String), values.map(String), dtype);
  }
  const scalar = serializeTensor([3.5], [], 'float64');
  assert.deepEqual(scalar.shape, [0]);
  assert.deepEqual([...deserializeTensor(scalar).data], [3.5]);
  assert.equal(deserializeTensor(serializeTensor([7], [1], 'torch.int32')).dtype, 'int32');
  // float16: exact for representable values, nearest otherwise
  assert.deepEqual([...deserializeTensor(serializeTensor([0.5, 65504, -0.000061035156, 1 / 3], [4], 'float16')).data], [0.5, 65504, -0.00006103515625, 0.333251953125]);
});

test('tensor: hostile payloads are refused with INVALID_TENSOR', () => {
  const good = serializeTensor([1, 2, 3, 4], [2, 2], 'float32');
  const bad = (p: unknown, re: RegExp): void => {
    assert.throws(() => deserializeTensor(p as TensorPayload), (e: unknown) => e instanceof SynapseError && e.code === 'INVALID_TENSOR' && e.statusCode === 400 && re.test(e.message), String(re));
  };
  bad({ ...good, dtype: 'complex128' }, /unsupported tensor dtype/);
  bad({ ...good, dtype: 'float64' }, /holds float32 elements but the tensor says float64/);
  bad({ ...good, shape: [3, 2] }, /does not hold/);
  bad({ ...good, shape: [-1] }, /not a tensor/);
  bad({ ...good, buffer: null }, /no buffer/);
  bad({ ...good, buffer: Buffer.from('not msgpack at all').toString('base64') }, /not (msgpack|a msgpack-numpy array)/);
  bad({ buffer: 5, dtype: 'float32', shape: [1] }, /not a tensor/);
  // a buffer whose data is shorter than its shape says
  const raw = Buffer.from(good.buffer!, 'base64');
  bad({ ...good, buffer: Buffer.concat([raw.subarray(0, raw.length - 4)]).toString('base64') }, /./);
  assert.throws(() => serializeTensor([1, 2, 3], [2, 2]), /holds 4 elements, 3 given/);
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      try {
        deserializeTensor({ buffer: Buffer.from(bytes).toString('base64'), dtype: 'float32', shape: [2] });
      } catch (e) {
        assert.ok(e instanceof SynapseError && e.code === 'INVALID_TENSOR', String(e));
      }
    }),
    { numRuns: 300 },
  );
});

const PY = process.env.BT_PYTHON;
const usable = PY !== undefined && spawnSync(PY, ['-c', 'import msgpack, msgpack_numpy, numpy, bittensor.core.tensor'], { stdio: 'ignore' }).status === 0;
const skip = usable || process.env.CI === 'true' ? false : 'BT_PYTHON does not name a Python with bittensor 10.x';

test('tensor: byte-identical with Python msgpack-numpy, both directions', { skip }, () => {
  assert.ok(usable, `BT_PYTHON=${PY ?? '(unset)'} cannot import msgpack_numpy/bittensor`);
  // Python → TypeScript: what bt.Tensor.serialize writes for these arrays
  const py = `
import base64, json, msgpack, msgpack_numpy, numpy as np
cases = [np.arange(6, dtype=np.float32).reshape(2, 3), np.array([1.5, -2.25], dtype=np.float64), np.array([0.5, -3], dtype=np.float16),
         np.array([[1, -2], [3, 4]], dtype=np.int64), np.array([255, 0, 7], dtype=np.uint8), np.array([True, False]), np.array(3.5, dtype=np.float64)]
out = []
for a in cases:
    shape = list(a.shape) or [0]
    out.append({'buffer': base64.b64encode(msgpack.packb(a, default=msgpack_numpy.encode)).decode(), 'dtype': str(a.dtype), 'shape': shape, 'values': a.reshape(-1).tolist()})
print(json.dumps(out))`;
  const r = spawnSync(PY!, ['-c', py], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const cases = JSON.parse(r.stdout) as (TensorPayload & { values: (number | boolean)[] })[];
  for (const c of cases) {
    const t = deserializeTensor(c);
    assert.deepEqual([...t.data].map(Number), c.values.map(Number), c.dtype);
    // and our serialization of the same elements is byte-identical to Python's
    const dtype = c.dtype as (typeof TENSOR_DTYPES)[number];
    const values = dtype === 'int64' ? c.values.map((v) => BigInt(v as number)) : c.values;
    const shape = c.shape.length === 1 && c.shape[0] === 0 ? [] : c.shape;
    assert.equal(serializeTensor(values, shape, dtype).buffer, c.buffer, `${c.dtype} ${JSON.stringify(c.shape)}`);
  }
  // TypeScript → Python: bt.Tensor's deserialize path (msgpack.unpackb with msgpack_numpy.decode, reshape, astype)
  const ours = [serializeTensor([1, 2, 3, 4, 5, 6], [3, 2], 'float32'), serializeTensor([-(2n ** 40n), 5n], [2], 'int64'), serializeTensor([2.5], [], 'float64')];
  const check = `
import base64, json, sys, msgpack, msgpack_numpy, numpy as np
res = []
for t in json.loads(sys.stdin.read()):
    a = msgpack.unpackb(base64.b64decode(t['buffer']), object_hook=msgpack_numpy.decode).copy()
    if not (len(t['shape']) == 1 and t['shape'][0] == 0):
        a = a.reshape(t['shape'])
    a = a.astype(getattr(np, t['dtype']))
    res.append({'dtype': str(a.dtype), 'shape': list(a.shape), 'values': a.reshape(-1).tolist()})
print(json.dumps(res))`;
  const r2 = spawnSync(PY!, ['-c', check], { input: JSON.stringify(ours), encoding: 'utf8' });
  assert.equal(r2.status, 0, r2.stderr);
  assert.deepEqual(JSON.parse(r2.stdout), [
    { dtype: 'float32', shape: [3, 2], values: [1, 2, 3, 4, 5, 6] },
    { dtype: 'int64', shape: [2], values: [-(2 ** 40), 5] },
    { dtype: 'float64', shape: [], values: [2.5] },
  ]);
});
