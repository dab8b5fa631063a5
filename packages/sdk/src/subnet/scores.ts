/**
 * The validator's score book (spec/sdk.md §7.5): one moving average per uid, reset when a uid's
 * hotkey changes (re-registration), persisted as JSON so a restart keeps what was learned.
 * Unlike the Python template, only the uids scored in a round move; the others keep their score
 * instead of decaying because they were not sampled.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SubnetError } from './errors.js';

export interface ScoreState {
  readonly version: 1;
  readonly netuid: number;
  readonly step: number;
  readonly hotkeys: string[];
  readonly scores: number[];
}

export class ScoreBook {
  scores: number[] = [];
  hotkeys: string[] = [];
  step = 0;

  /** @param alpha weight of a new reward in the moving average (0 < alpha <= 1). */
  constructor(
    readonly netuid: number,
    readonly alpha: number,
  ) {
    if (!(alpha > 0 && alpha <= 1)) throw new SubnetError('INVALID_TASK_OUTPUT', `moving-average alpha must be in (0, 1], got ${alpha}`, { alpha });
  }

  /** Align with the metagraph's hotkeys: new uids start at 0, a uid with a new hotkey restarts at 0. */
  resync(hotkeys: readonly string[]): string[] {
    const replaced: string[] = [];
    const next = hotkeys.map((hk, uid) => {
      if (this.hotkeys[uid] === hk) return this.scores[uid] ?? 0;
      if (this.hotkeys[uid] !== undefined) replaced.push(this.hotkeys[uid]);
      return 0;
    });
    this.scores = next;
    this.hotkeys = [...hotkeys];
    return replaced;
  }

  /** Fold one round's rewards in: `s = α·r + (1−α)·s` for each scored uid; NaN/negative rewards count as 0. */
  update(uids: readonly number[], rewards: readonly number[]): void {
    if (uids.length !== rewards.length) throw new SubnetError('INVALID_TASK_OUTPUT', `score() returned ${rewards.length} rewards for ${uids.length} responses`, { uids: uids.length, rewards: rewards.length }, 'return one number per response, in order');
    uids.forEach((uid, i) => {
      const r = rewards[i];
      const reward = Number.isFinite(r) && r > 0 ? r : 0;
      const prev = this.scores[uid] ?? 0;
      this.scores[uid] = this.alpha * reward + (1 - this.alpha) * prev;
    });
    this.step += 1;
  }

  toJSON(): ScoreState {
    return { version: 1, netuid: this.netuid, step: this.step, hotkeys: this.hotkeys, scores: this.scores };
  }

  /** Write atomically (temp file + rename): a crash mid-write never leaves a torn file. */
  save(path: string): void {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.toJSON(), null, 1));
    renameSync(tmp, path);
  }

  /** Load a saved state; false when there is none (or it is for another subnet). */
  load(path: string): boolean {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return false;
    }
    let s: Partial<ScoreState>;
    try {
      s = JSON.parse(text) as Partial<ScoreState>;
    } catch (e) {
      throw new SubnetError('STATE_UNREADABLE', `cannot parse ${path}`, { path, cause: (e as Error).message }, 'delete the file to start from zero scores');
    }
    if (s.version !== 1 || s.netuid !== this.netuid || !Array.isArray(s.hotkeys) || !Array.isArray(s.scores)) return false;
    this.hotkeys = s.hotkeys.map(String);
    this.scores = s.scores.map((v) => (Number.isFinite(v) ? Number(v) : 0));
    this.step = Number(s.step) || 0;
    return true;
  }
}
