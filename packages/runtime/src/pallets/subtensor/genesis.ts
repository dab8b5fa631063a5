/** SubtensorModule genesis: the root subnet and the preset's global parameters. */
import type { Preset } from '@tensorium/params';
import type { State } from '../../state/state.js';
import { initRootNetwork } from './subnets/genesis.js';
import { storage as S } from './storage.js';

export function subtensorGenesis(s: State, preset: Preset): void {
  initRootNetwork(s, preset);
  S.AdminFreezeWindow.set(s, preset.adminFreezeWindow);
}
