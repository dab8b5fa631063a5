/**
 * Consensus (Tensorium-specific, no subtensor counterpart): the validator set of a multi-node network
 * run on CometBFT. Root (sudo) sets a validator's voting power by its ed25519 consensus key; the call
 * records the power and deposits `ValidatorUpdateScheduled`, which the ABCI application turns into
 * CometBFT validator updates at the end of the block (packages/cometbft). A dev node ignores it.
 */
import { T } from '@tensorium/primitives';
import { palletErrors } from '../../frame/errors.js';
import { call, definePallet, emit, ensureRoot } from '../../frame/pallet.js';
import { key, palletStorage } from '../../frame/storage.js';

export const PALLET = 'Consensus';
const S = palletStorage(PALLET);

/** An ed25519 public key (CometBFT's validator key type). */
export const ConsensusKey = T.byteArray(32, 'ConsensusKey');

/** CometBFT voting powers are int64 and the total must stay far below it. */
export const MAX_VOTING_POWER = (1n << 60n) - 1n;
/** Validator updates allowed per block (CometBFT applies them at height + 2). */
export const MAX_UPDATES_PER_BLOCK = 16;

export const storage = {
  ValidatorPower: S.map<string, bigint>('ValidatorPower', key.blake2(ConsensusKey), T.u64, {
    optional: true,
    docs: 'Voting power set through `set_validator` (absent: never set or removed).',
  }),
  UpdatesThisBlock: S.value<number>('UpdatesThisBlock', T.u32, { default: 0, docs: 'Validator updates scheduled in the current block.' }),
};

export const errors = palletErrors(PALLET, ['PowerTooHigh', 'TooManyUpdatesInBlock'] as const);

export const consensusCalls = {
  set_validator: call<{ pub_key: string; power: bigint }>({
    index: 0,
    args: [
      ['pub_key', ConsensusKey],
      ['power', T.u64],
    ],
    weight: 10_000_000n,
    docs: "Set a validator's voting power by its ed25519 consensus key; 0 removes it. Root only.",
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      if (a.power > MAX_VOTING_POWER) throw errors.PowerTooHigh({ power: a.power });
      const n = storage.UpdatesThisBlock.get(ctx.state);
      if (n >= MAX_UPDATES_PER_BLOCK) throw errors.TooManyUpdatesInBlock({ max: MAX_UPDATES_PER_BLOCK });
      storage.UpdatesThisBlock.set(ctx.state, n + 1);
      if (a.power === 0n) storage.ValidatorPower.remove(ctx.state, a.pub_key);
      else storage.ValidatorPower.set(ctx.state, a.pub_key, a.power);
      emit(ctx, PALLET, 'ValidatorUpdateScheduled', a.pub_key, a.power);
    },
  }),
};

export const consensus = definePallet({
  name: PALLET,
  index: 200,
  docs: 'The validator set of a CometBFT network of Tensorium nodes.',
  storage: Object.values(storage),
  errors,
  calls: consensusCalls,
  events: {
    ValidatorUpdateScheduled: {
      fields: [
        ['pub_key', ConsensusKey],
        ['power', T.u64],
      ],
      docs: "A validator's voting power changes (0: removed); CometBFT applies it two blocks later.",
    },
  },
  hooks: {
    onInitialize: (ctx) => {
      if (storage.UpdatesThisBlock.get(ctx.state) !== 0) storage.UpdatesThisBlock.remove(ctx.state);
    },
  },
});
