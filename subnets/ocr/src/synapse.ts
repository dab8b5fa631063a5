/**
 * The OCR subnet's wire contract: the validator sends a PNG (base64) and a task id; the miner answers with
 * the text it recognised. Both request fields are hashed into the signed body hash, so neither can be
 * swapped in transit.
 */
import { z } from 'zod';
import { defineSynapse, type RequestOf, type ResponseInputOf, type ResponseOf } from '@tensorium/sdk/synapse/index';

/** Base64 PNGs above this many characters are refused by the miner (≈ 3 MiB decoded). */
export const MAX_IMAGE_BASE64_CHARS = 4_000_000;

export const OcrSynapse = defineSynapse({
  name: 'OcrSynapse',
  request: z.object({
    /** Fresh per challenge; the validator matches answers to challenges with it. */
    task_id: z.string().min(1).max(128),
    /** The document as a base64-encoded PNG. */
    image: z.string().min(1).max(MAX_IMAGE_BASE64_CHARS),
  }),
  response: z.object({
    /** Recognised text, lines separated by '\n'; null when the miner did not answer. */
    text: z.string().nullable().default(null),
  }),
  requiredHashFields: ['task_id', 'image'],
});

export type OcrSynapseDefinition = typeof OcrSynapse;
export type OcrRequest = RequestOf<OcrSynapseDefinition>;
export type OcrResponse = ResponseOf<OcrSynapseDefinition>;
export type OcrResponseInput = ResponseInputOf<OcrSynapseDefinition>;
