/**
 * The indexer's tables, in SQL that SQLite and PostgreSQL both accept. Block numbers are BIGINT,
 * amounts and prices TEXT (rao / decimal strings), JSON columns TEXT, booleans INTEGER 0/1.
 * `meta.indexed_block` is written in the same transaction as the block's rows (see store.ts).
 */
import type { Db } from './db.js';

export const SCHEMA_VERSION = '1';

const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (
  block_number BIGINT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, parent_hash TEXT NOT NULL, state_root TEXT NOT NULL,
  extrinsics_root TEXT NOT NULL, timestamp BIGINT NOT NULL, extrinsic_count INTEGER NOT NULL, event_count INTEGER NOT NULL,
  total_issuance TEXT, total_stake TEXT, root_stake TEXT, alpha_stake_tao TEXT, subnet_count INTEGER, block_emission TEXT,
  has_state INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS extrinsics (
  block_number BIGINT NOT NULL, idx INTEGER NOT NULL, hash TEXT NOT NULL, signer TEXT, call_module TEXT NOT NULL,
  call_name TEXT NOT NULL, args TEXT NOT NULL, success INTEGER NOT NULL, error_module TEXT, error_name TEXT,
  fee TEXT NOT NULL, tip TEXT NOT NULL, nonce BIGINT, timestamp BIGINT NOT NULL, PRIMARY KEY (block_number, idx));
CREATE INDEX IF NOT EXISTS extrinsics_hash ON extrinsics (hash);
CREATE INDEX IF NOT EXISTS extrinsics_signer ON extrinsics (signer, block_number);
-- signed extrinsics only (the transactions, without each block's Timestamp.set inherent): "latest transactions"
CREATE INDEX IF NOT EXISTS extrinsics_signed ON extrinsics (block_number, idx) WHERE signer IS NOT NULL;
CREATE INDEX IF NOT EXISTS extrinsics_call ON extrinsics (call_module, call_name, block_number);
CREATE TABLE IF NOT EXISTS events (
  block_number BIGINT NOT NULL, idx INTEGER NOT NULL, extrinsic_index INTEGER, pallet TEXT NOT NULL, name TEXT NOT NULL,
  data TEXT NOT NULL, timestamp BIGINT NOT NULL, PRIMARY KEY (block_number, idx));
CREATE INDEX IF NOT EXISTS events_name ON events (pallet, name, block_number);
CREATE TABLE IF NOT EXISTS transfers (
  block_number BIGINT NOT NULL, event_index INTEGER NOT NULL, extrinsic_index INTEGER, from_address TEXT NOT NULL,
  to_address TEXT NOT NULL, amount TEXT NOT NULL, fee TEXT NOT NULL, timestamp BIGINT NOT NULL,
  PRIMARY KEY (block_number, event_index));
CREATE INDEX IF NOT EXISTS transfers_from ON transfers (from_address, block_number);
CREATE INDEX IF NOT EXISTS transfers_to ON transfers (to_address, block_number);
CREATE TABLE IF NOT EXISTS accounts (
  address TEXT PRIMARY KEY, free TEXT NOT NULL, reserved TEXT NOT NULL, total TEXT NOT NULL, nonce BIGINT NOT NULL,
  block_number BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS balance_history (
  address TEXT NOT NULL, block_number BIGINT NOT NULL, free TEXT NOT NULL, reserved TEXT NOT NULL, total TEXT NOT NULL,
  timestamp BIGINT NOT NULL, PRIMARY KEY (address, block_number));
CREATE TABLE IF NOT EXISTS stakes (
  coldkey TEXT NOT NULL, hotkey TEXT NOT NULL, netuid INTEGER NOT NULL, alpha TEXT NOT NULL, tao_value TEXT NOT NULL,
  block_number BIGINT NOT NULL, PRIMARY KEY (coldkey, hotkey, netuid));
CREATE INDEX IF NOT EXISTS stakes_hotkey ON stakes (hotkey, netuid);
CREATE TABLE IF NOT EXISTS stake_history (
  coldkey TEXT NOT NULL, hotkey TEXT NOT NULL, netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, alpha TEXT NOT NULL,
  tao_value TEXT NOT NULL, timestamp BIGINT NOT NULL, PRIMARY KEY (coldkey, hotkey, netuid, block_number));
CREATE INDEX IF NOT EXISTS stake_history_block ON stake_history (block_number);
CREATE TABLE IF NOT EXISTS subnets (
  netuid INTEGER PRIMARY KEY, name TEXT NOT NULL, symbol TEXT NOT NULL, owner_coldkey TEXT, owner_hotkey TEXT,
  registered_at_block BIGINT, mechanism INTEGER NOT NULL, tempo INTEGER NOT NULL, n INTEGER NOT NULL, max_n INTEGER NOT NULL,
  burn TEXT NOT NULL, last_step BIGINT NOT NULL, identity TEXT, active INTEGER NOT NULL, block_number BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS subnet_blocks (
  netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, timestamp BIGINT NOT NULL, tao_in TEXT NOT NULL, alpha_in TEXT NOT NULL,
  alpha_out TEXT NOT NULL, price TEXT NOT NULL, ema_price TEXT NOT NULL, tao_in_emission TEXT NOT NULL,
  alpha_in_emission TEXT NOT NULL, alpha_out_emission TEXT NOT NULL, emission_share TEXT NOT NULL, tao_volume TEXT NOT NULL,
  tao_flow TEXT NOT NULL, burn TEXT NOT NULL, PRIMARY KEY (netuid, block_number));
CREATE INDEX IF NOT EXISTS subnet_blocks_time ON subnet_blocks (netuid, timestamp);
CREATE INDEX IF NOT EXISTS subnet_blocks_volume ON subnet_blocks (netuid, timestamp) WHERE tao_volume <> '0';
CREATE TABLE IF NOT EXISTS hyperparameters (
  netuid INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, block_number BIGINT NOT NULL, PRIMARY KEY (netuid, name));
CREATE TABLE IF NOT EXISTS hyperparameter_history (
  netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (netuid, name, block_number));
CREATE TABLE IF NOT EXISTS metagraph_snapshots (
  netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, reason TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (netuid, block_number));
CREATE TABLE IF NOT EXISTS neurons (
  netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, uid INTEGER NOT NULL, hotkey TEXT NOT NULL, coldkey TEXT NOT NULL,
  active INTEGER NOT NULL, validator_permit INTEGER NOT NULL, stake TEXT NOT NULL, stake_weight TEXT NOT NULL,
  rank TEXT NOT NULL, trust TEXT NOT NULL, validator_trust TEXT NOT NULL, consensus TEXT NOT NULL, incentive TEXT NOT NULL,
  dividends TEXT NOT NULL, emission TEXT NOT NULL, last_update BIGINT NOT NULL, registered_at_block BIGINT NOT NULL,
  is_immune INTEGER NOT NULL, axon TEXT, PRIMARY KEY (netuid, block_number, uid));
CREATE INDEX IF NOT EXISTS neurons_hotkey ON neurons (hotkey, block_number);
CREATE TABLE IF NOT EXISTS registrations (
  netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, event_index INTEGER NOT NULL, kind TEXT NOT NULL, uid INTEGER NOT NULL,
  hotkey TEXT NOT NULL, coldkey TEXT, burn TEXT, PRIMARY KEY (netuid, block_number, event_index, kind, uid));
CREATE TABLE IF NOT EXISTS weights (
  netuid INTEGER NOT NULL, block_number BIGINT NOT NULL, uid INTEGER NOT NULL, weights TEXT NOT NULL,
  PRIMARY KEY (netuid, block_number, uid));
CREATE TABLE IF NOT EXISTS validators (
  hotkey TEXT PRIMARY KEY, owner TEXT NOT NULL, take INTEGER NOT NULL, block_number BIGINT NOT NULL);
`;

/** Creates the tables (idempotent) and records the schema version. */
export async function migrate(db: Db): Promise<void> {
  await db.exec(TABLES);
  await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', ['schema_version', SCHEMA_VERSION]);
}
