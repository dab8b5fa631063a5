import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MemoryBackend, State } from './state.js';

test('child layers nest strictly: commit keeps writes, discard restores the previous values', () => {
  const b = new MemoryBackend();
  const s = State.over(b);
  s.write('P.A', 'k', '', 1n);
  const c = s.child();
  c.write('P.A', 'k', '', 2n);
  c.write('P.B', 'x', 'y', 'v');
  assert.throws(() => s.write('P.A', 'k', '', 9n), /child layer is open/);
  assert.equal(c.read('P.A', 'k', ''), 2n);
  c.commit();
  assert.equal(s.read('P.A', 'k', ''), 2n);
  assert.equal(s.read('P.B', 'x', 'y'), 'v');
  const d = s.child();
  d.remove('P.A', 'k', '');
  d.write('P.C', 'n', '', 5);
  assert.equal(d.read('P.A', 'k', ''), undefined);
  d.discard();
  assert.equal(s.read('P.A', 'k', ''), 2n);
  assert.equal(s.read('P.C', 'n', ''), undefined);
  assert.throws(() => d.write('P.A', 'k', '', 3n));
  // nothing reached the backend before takeChanges
  assert.equal(b.read('P.A', 'k', ''), undefined);
  b.apply(s.takeChanges().changes);
  assert.equal(b.read('P.A', 'k', ''), 2n);
});

test('transactional commits on return and rolls back writes and events on throw', () => {
  const s = State.over(new MemoryBackend());
  s.transactional((t) => {
    t.write('P.A', '', '', 5);
    t.deposit({ pallet: 'P', name: 'Ok', fields: [] });
  });
  assert.throws(() =>
    s.transactional((t) => {
      t.write('P.A', '', '', 6);
      t.deposit({ pallet: 'P', name: 'Bad', fields: [] });
      throw new Error('boom');
    }),
  );
  assert.equal(s.read('P.A', '', ''), 5);
  assert.deepEqual(
    s.pendingEvents().map((e) => e.name),
    ['Ok'],
  );
});

test('prefix iteration merges layers, honours deletions and is sorted', () => {
  const b = new MemoryBackend();
  const s0 = State.over(b);
  s0.write('P.M', 'a', '3', 3);
  s0.write('P.M', 'a', '1', 1);
  s0.write('P.M', 'b', '1', 9);
  b.apply(s0.takeChanges().changes);
  const s = State.over(b);
  s.write('P.M', 'a', '2', 2);
  s.remove('P.M', 'a', '3');
  const c = s.child();
  c.write('P.M', 'a', '0', 0);
  assert.deepEqual(c.prefixEntries('P.M', 'a'), [
    ['0', 0],
    ['1', 1],
    ['2', 2],
  ]);
  assert.deepEqual(c.firstKeys('P.M'), ['a', 'b']);
  c.clearPrefix('P.M', 'b');
  assert.deepEqual(c.firstKeys('P.M'), ['a']);
});

test('random write/commit/discard sequences match a reference model (property)', () => {
  type Op = { kind: 'write'; key: number; value: number } | { kind: 'remove'; key: number } | { kind: 'begin' } | { kind: 'commit' } | { kind: 'discard' };
  const op = fc.oneof(
    fc.record({ kind: fc.constant('write' as const), key: fc.integer({ min: 0, max: 5 }), value: fc.integer() }),
    fc.record({ kind: fc.constant('remove' as const), key: fc.integer({ min: 0, max: 5 }) }),
    fc.constant({ kind: 'begin' as const }),
    fc.constant({ kind: 'commit' as const }),
    fc.constant({ kind: 'discard' as const }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 60 }), (ops: Op[]) => {
      const backend = new MemoryBackend();
      const layers: State[] = [State.over(backend)];
      const models: Map<number, number>[] = [new Map()];
      for (const o of ops) {
        const top = layers[layers.length - 1];
        const model = models[models.length - 1];
        if (o.kind === 'write') {
          top.write('T.K', String(o.key), '', o.value);
          model.set(o.key, o.value);
        } else if (o.kind === 'remove') {
          top.remove('T.K', String(o.key), '');
          model.delete(o.key);
        } else if (o.kind === 'begin') {
          layers.push(top.child());
          models.push(new Map(model));
        } else if (layers.length > 1) {
          const l = layers.pop()!;
          const m = models.pop()!;
          if (o.kind === 'commit') {
            l.commit();
            models[models.length - 1] = m;
          } else l.discard();
        }
        const t = layers[layers.length - 1];
        const mm = models[models.length - 1];
        for (let k = 0; k <= 5; k++) assert.equal(t.read('T.K', String(k), ''), mm.get(k));
      }
    }),
    { numRuns: 1000 },
  );
});
