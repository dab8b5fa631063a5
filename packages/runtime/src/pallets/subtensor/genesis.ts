/** SubtensorModule genesis: the root subnet and the preset's global parameters. */
import type { Preset } from '@tensorium/params';
import type { State } from '../../state/state.js';

export function subtensorGenesis(_s: State, _preset: Preset): void {}
