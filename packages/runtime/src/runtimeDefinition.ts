/**
 * The Tensorium runtime: every pallet in subtensor's `construct_runtime!` order and index, and the
 * executive options (SubtensorModule's fee-in-alpha fallback and transaction-extension checks).
 */
import type { Preset } from '@tensorium/params';
import type { ExecutiveOptions } from './executive.js';
import type { PalletDef } from './frame/pallet.js';
import { balances } from './pallets/balances/index.js';
import { subtensorExecutiveOptions, subtensorModule } from './pallets/subtensor/index.js';
import { sudo } from './pallets/sudo/index.js';
import { swapPallet } from './pallets/swapPallet/index.js';
import { system } from './pallets/system/index.js';
import { timestamp } from './pallets/timestamp/index.js';
import { transactionPayment } from './pallets/transactionPayment/index.js';
import { utility } from './pallets/utility/index.js';
import { Runtime } from './runtime.js';
import { extraPallets } from './pallets/extra.js';

export const pallets: readonly PalletDef[] = [system, timestamp, balances, transactionPayment, subtensorModule, utility, sudo, swapPallet, ...extraPallets];

export function createRuntime(preset: Preset): Runtime {
  return new Runtime(pallets, preset);
}

export function executiveOptions(): ExecutiveOptions {
  return subtensorExecutiveOptions;
}
