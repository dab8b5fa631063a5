/**
 * The ABCI socket protocol over a real unix socket: uvarint-length-prefixed Request/Response
 * messages, answered in order, split and merged TCP chunks, exceptions as Response.exception.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { RequestSchema, ResponseSchema, type Response } from '../gen/tendermint/abci/types_pb.js';
import { AbciServer, FrameReader, frame, type AbciApplication } from './server.js';

const app: AbciApplication = {
  info: (req) => ({ data: `hello ${req.version}`, lastBlockHeight: 7n }),
  initChain: () => ({}),
  query: () => {
    throw new Error('no queries here');
  },
  checkTx: (req) => ({ code: req.tx.length }),
  prepareProposal: (req) => ({ txs: req.txs }),
  processProposal: () => ({}),
  finalizeBlock: () => ({}),
  commit: () => ({ retainHeight: 0n }),
};

test('frames: uvarint length prefix, split and merged chunks', () => {
  const big = new Uint8Array(300).fill(7);
  const bytes = Buffer.concat([frame(new Uint8Array([1, 2, 3])), frame(big)]);
  assert.deepEqual([...bytes.subarray(0, 1)], [3]);
  assert.deepEqual([...bytes.subarray(4, 6)], [0xac, 0x02]); // 300 = 0b10_0101100
  const r = new FrameReader();
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 5) out.push(...r.push(bytes.subarray(i, i + 5)));
  assert.equal(out.length, 2);
  assert.deepEqual([...out[0]], [1, 2, 3]);
  assert.equal(out[1].length, 300);
});

test('AbciServer answers requests in order on a unix socket', { timeout: 10_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'abci-'));
  const path = join(dir, 'app.sock');
  const server = new AbciServer(app, { address: `unix://${path}` });
  await server.listen();
  try {
    const sock = connect(path);
    await new Promise<void>((r) => sock.once('connect', () => r()));
    const reader = new FrameReader();
    const responses: Response[] = [];
    const got = new Promise<void>((resolve) => {
      sock.on('data', (chunk: Buffer) => {
        for (const b of reader.push(chunk)) responses.push(fromBinary(ResponseSchema, b));
        if (responses.length === 5) resolve();
      });
    });
    const reqs = [
      create(RequestSchema, { value: { case: 'echo', value: { message: 'ping' } } }),
      create(RequestSchema, { value: { case: 'info', value: { version: '0.38.17' } } }),
      create(RequestSchema, { value: { case: 'checkTx', value: { tx: new Uint8Array(5) } } }),
      create(RequestSchema, { value: { case: 'query', value: { path: '/x' } } }),
      create(RequestSchema, { value: { case: 'flush', value: {} } }),
    ];
    // all requests in one write: the server must split them
    sock.write(Buffer.concat(reqs.map((r) => frame(toBinary(RequestSchema, r)))));
    await got;
    sock.destroy();
    assert.deepEqual(
      responses.map((r) => r.value.case),
      ['echo', 'info', 'checkTx', 'exception', 'flush'],
    );
    const [echo, info, check, exc] = responses.map((r) => r.value);
    assert.equal(echo.case === 'echo' && echo.value.message, 'ping');
    assert.ok(info.case === 'info' && info.value.data === 'hello 0.38.17' && info.value.lastBlockHeight === 7n);
    assert.equal(check.case === 'checkTx' && check.value.code, 5);
    assert.match(exc.case === 'exception' ? exc.value.error : '', /no queries here/);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
