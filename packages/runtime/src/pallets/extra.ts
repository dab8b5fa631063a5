/** Pallets outside SubtensorModule that are assembled into the runtime (Commitments, AdminUtils, and Tensorium's Consensus). */
import type { PalletDef } from '../frame/pallet.js';
import { adminUtils } from './adminUtils/index.js';
import { commitments } from './commitments/index.js';
import { consensus } from './consensus/index.js';

export const extraPallets: readonly PalletDef[] = [commitments, adminUtils, consensus];
