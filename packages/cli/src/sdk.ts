/**
 * The parts of @tensorium/sdk the CLI uses, imported by subpath so a CLI process does not load the
 * axon/dendrite stack (fastify, undici) it never needs — start-up time matters for a CLI.
 */
export * from '@tensorium/sdk/client/index';
export * from '@tensorium/sdk/wallet/index';
export * from '@tensorium/sdk/metagraph/index';
export * from '@tensorium/sdk/balance';
