// Response shapes of the indexer HTTP API (packages/indexer/API.md). The indexer owns them
// (packages/indexer/src/api/types.ts, which its routes are typed with); they are re-exported here type-only,
// so the bundle gets no code from the indexer. Amounts are rao decimal strings, prices and ratios decimal
// strings, timestamps unix seconds.

export type {
  Account,
  AccountDetail,
  ApiErrorBody,
  Axon,
  BalancePoint,
  Block,
  BlockDetail,
  Candle,
  ChainEvent,
  EmissionPoint,
  Extrinsic,
  ExtrinsicDetail,
  HalvingInfo,
  HyperparameterChange,
  ItemResponse,
  JsonValue,
  ListResponse,
  LiveMessage,
  NetworkLatest,
  NetworkPoint,
  Neuron,
  NextHalving,
  Pagination,
  PoolPoint,
  Registration,
  RegistrationCostPoint,
  SearchResult,
  StakeHistoryPoint,
  StakePoint,
  Status,
  Subnet,
  SubnetDetail,
  Transfer,
  Validator,
  ValidatorDetail,
  WeightsSet,
} from '@tensorium/indexer/api/types';

/** The explorer's older name for `ValidatorDetail` (`GET /validators/:hotkey`). */
export type { ValidatorDetail as ValidatorDetailResponse } from '@tensorium/indexer/api/types';
