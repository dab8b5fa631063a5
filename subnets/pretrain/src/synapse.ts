/**
 * `PretrainModel`: the wire contract between a validator's dendrite and a miner's axon. The validator
 * asks for chunk `chunk` of the miner's model file; the miner answers with the file's hash, total size,
 * chunk count and that chunk as base64. The validator trusts none of it: the reassembled bytes must hash
 * to the miner's on-chain commitment.
 */
import { z } from 'zod';
import { defineSynapse } from '@tensorium/sdk';

/** Raw bytes per chunk served by default (base64 makes the response ~1.4 MiB, well under the dendrite's 16 MiB cap). */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

export const ModelSynapse = defineSynapse({
  name: 'PretrainModel',
  request: z.object({ chunk: z.int().min(0).default(0) }),
  response: z.object({
    model_hash: z.string().nullable().default(null),
    total_bytes: z.int().nullable().default(null),
    chunk_count: z.int().nullable().default(null),
    data: z.string().nullable().default(null),
  }),
  requiredHashFields: ['chunk'],
});
export type ModelSynapseDefinition = typeof ModelSynapse;
