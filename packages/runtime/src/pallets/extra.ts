/** Pallets outside SubtensorModule that are assembled into the runtime (Commitments, AdminUtils). */
import type { PalletDef } from '../frame/pallet.js';

export const extraPallets: readonly PalletDef[] = [];
