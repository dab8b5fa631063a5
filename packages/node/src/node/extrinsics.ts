/** The bridge to the extrinsic module: decode + verify against the chain's head, pool errors. */
import type { Chain } from '../chain/chain.js';
import { ExtrinsicDecodeError, TransactionValidityError, decodeExtrinsic } from '../extrinsic/index.js';
import { PoolError, PoolErrorCode, type ExtrinsicDecoder } from '../txpool/pool.js';

export function defaultDecoder(chain: Chain): ExtrinsicDecoder {
  return (bytes, opts) => {
    try {
      const d = decodeExtrinsic(bytes, {
        genesisHash: chain.genesisHash,
        blockNumber: BigInt(chain.head.number + 1),
        blockHash: (n) => chain.blockHash(Number(n)),
        verify: opts?.verified ? false : opts?.deferVerify ? 'defer' : true,
      });
      return { xt: d.extrinsic, mortality: d.death !== undefined ? { birth: 0, death: Number(d.death) } : undefined, proof: d.proof };
    } catch (e) {
      if (e instanceof ExtrinsicDecodeError) throw new PoolError(PoolErrorCode.BadFormat, 'Extrinsic has invalid format', e.message);
      if (e instanceof TransactionValidityError) throw new PoolError(e.rpcCode, e.kind === 'Invalid' ? 'Invalid Transaction' : 'Unknown Transaction Validity', e.substrateMessage);
      throw e;
    }
  };
}
