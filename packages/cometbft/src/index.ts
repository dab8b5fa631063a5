/** @tensorium/cometbft: Tensorium as a CometBFT (ABCI 2.0) application, and local testnets. */
export { AbciServer, handleRequest, FrameReader, frame, AbciProtocolError, type AbciApplication, type AbciServerOptions } from './abci/server.js';
export { TensoriumAbciApp, AppError, TxCode, APP_VERSION, FUTURE_NONCE_WINDOW } from './app.js';
export { AppHost, broadcastTxSync, broadcastTxsSync, type AppHostOptions, type BroadcastResult } from './host.js';
export { Testnet, TestnetError, CometProcess, AppProcess, initTestnet, findCometbft, cometStatus, waitFor, COMETBFT_VERSION, type TestnetOptions, type StartOptions, type NodeLayout, type TestnetNode, type AppMode } from './testnet.js';
export { testnetCommand, appCommand } from './cli.js';
