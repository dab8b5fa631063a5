/**
 * SubtensorModule dispatchables of the subnets folder (macros/dispatches.rs): subnet creation and
 * removal, start_call, neuron and root registration, serving, identities and symbols.
 */
import { call, ensureRoot, ensureSigned, type AccountId } from '../../../frame/pallet.js';
import { callSigs } from '../decl.js';
import type { ChainIdentityValue, SubnetIdentityValue } from '../types.js';
import { doDissolveNetwork } from './dissolveNetwork.js';
import { doSetIdentity, doSetSubnetIdentity, doUpdateSymbol } from './identity.js';
import { doRegisterNetwork } from './registerNetwork.js';
import { doRegister, doRegisterLimit } from './registration.js';
import { doRootRegister } from './rootRegister.js';
import { doServeAxon, doServePrometheus, type AxonArgs, type PrometheusArgs } from './serving.js';
import { doStartCall } from './startCall.js';

export interface ServeAxonArgs extends AxonArgs {
  readonly netuid: number;
}
export interface ServeAxonTlsArgs extends ServeAxonArgs {
  readonly certificate: Uint8Array;
}
export interface ServePrometheusArgs extends PrometheusArgs {
  readonly netuid: number;
}
export interface SetSubnetIdentityArgs extends SubnetIdentityValue {
  readonly netuid: number;
}

export const subnetCalls = {
  register_network: call<{ hotkey: AccountId }>({
    ...callSigs.register_network,
    docs: 'Register a new subnet, locking the current lock cost; `hotkey` becomes the owner hotkey.',
    fn: (ctx, a) => {
      doRegisterNetwork(ctx, ensureSigned(ctx.origin), a.hotkey, undefined);
    },
  }),
  register_network_with_identity: call<{ hotkey: AccountId; identity: SubnetIdentityValue | undefined }>({
    ...callSigs.register_network_with_identity,
    docs: 'Register a new subnet with an optional subnet identity.',
    fn: (ctx, a) => {
      doRegisterNetwork(ctx, ensureSigned(ctx.origin), a.hotkey, a.identity);
    },
  }),
  start_call: call<{ netuid: number }>({
    ...callSigs.start_call,
    docs: 'Subnet owner: start emission and enable the subtoken.',
    fn: (ctx, a) => {
      doStartCall(ctx, ctx.origin, a.netuid);
    },
  }),
  dissolve_network: call<{ coldkey: AccountId; netuid: number }>({
    ...callSigs.dissolve_network,
    docs: 'Root: dissolve a subnet, paying its stakers out of the pool.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      doDissolveNetwork(ctx, a.netuid);
    },
  }),
  root_dissolve_network: call<{ netuid: number }>({
    ...callSigs.root_dissolve_network,
    docs: 'Root: dissolve a subnet, paying its stakers out of the pool.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      doDissolveNetwork(ctx, a.netuid);
    },
  }),
  burned_register: call<{ netuid: number; hotkey: AccountId }>({
    ...callSigs.burned_register,
    docs: 'Register a neuron by paying the current registration burn.',
    fn: (ctx, a) => {
      doRegister(ctx, ensureSigned(ctx.origin), a.netuid, a.hotkey);
    },
  }),
  register: call<{ netuid: number; block_number: bigint; nonce: bigint; work: Uint8Array; hotkey: AccountId; coldkey: AccountId }>({
    ...callSigs.register,
    docs: 'Legacy PoW registration: the work arguments are ignored and the burn is paid.',
    fn: (ctx, a) => {
      doRegister(ctx, ensureSigned(ctx.origin), a.netuid, a.hotkey);
    },
  }),
  register_limit: call<{ netuid: number; hotkey: AccountId; limit_price: bigint }>({
    ...callSigs.register_limit,
    docs: 'Register a neuron unless the burn exceeds `limit_price` (rao).',
    fn: (ctx, a) => {
      doRegisterLimit(ctx, ensureSigned(ctx.origin), a.netuid, a.hotkey, a.limit_price);
    },
  }),
  root_register: call<{ hotkey: AccountId }>({
    ...callSigs.root_register,
    docs: 'Join the root validator set.',
    fn: (ctx, a) => {
      doRootRegister(ctx, ensureSigned(ctx.origin), a.hotkey);
    },
  }),
  serve_axon: call<ServeAxonArgs>({
    ...callSigs.serve_axon,
    docs: 'Hotkey: publish the axon endpoint on a subnet.',
    fn: (ctx, a) => doServeAxon(ctx, ensureSigned(ctx.origin), a.netuid, a),
  }),
  serve_axon_tls: call<ServeAxonTlsArgs>({
    ...callSigs.serve_axon_tls,
    docs: 'Hotkey: publish the axon endpoint with a TLS certificate.',
    fn: (ctx, a) => doServeAxon(ctx, ensureSigned(ctx.origin), a.netuid, a, a.certificate),
  }),
  serve_prometheus: call<ServePrometheusArgs>({
    ...callSigs.serve_prometheus,
    docs: 'Hotkey: publish the prometheus endpoint on a subnet.',
    fn: (ctx, a) => doServePrometheus(ctx, ensureSigned(ctx.origin), a.netuid, a),
  }),
  set_identity: call<ChainIdentityValue>({
    ...callSigs.set_identity,
    docs: "Set the caller's (coldkey) chain identity.",
    fn: (ctx, a) =>
      doSetIdentity(ctx, ensureSigned(ctx.origin), {
        name: a.name,
        url: a.url,
        github_repo: a.github_repo,
        image: a.image,
        discord: a.discord,
        description: a.description,
        additional: a.additional,
      }),
  }),
  set_subnet_identity: call<SetSubnetIdentityArgs>({
    ...callSigs.set_subnet_identity,
    docs: "Subnet owner: set the subnet's identity.",
    fn: (ctx, a) =>
      doSetSubnetIdentity(ctx, ensureSigned(ctx.origin), a.netuid, {
        subnet_name: a.subnet_name,
        github_repo: a.github_repo,
        subnet_contact: a.subnet_contact,
        subnet_url: a.subnet_url,
        discord: a.discord,
        description: a.description,
        logo_url: a.logo_url,
        additional: a.additional,
      }),
  }),
  update_symbol: call<{ netuid: number; symbol: Uint8Array }>({
    ...callSigs.update_symbol,
    docs: "Subnet owner or root: change the subnet's token symbol.",
    fn: (ctx, a) => doUpdateSymbol(ctx, ctx.origin, a.netuid, a.symbol),
  }),
};
