/**
 * @tensorium/sim: scenario-driven simulations on the real runtime (no node): scenario files,
 * strategies, the block drivers, run folders with CSV tables, a JSON summary and SVG charts.
 */
export { simCommand, SIM_USAGE, type SimIo } from './cli.js';
export { Simulation, runScenario, scenarioGenesis, type RunOptions } from './engine.js';
export { LocalDriver, ChainDriver, stateDigest, type BlockDriver, type NodeChainLike, type XtOutcome } from './driver.js';
export { SimError, type SimErrorCode } from './errors.js';
export { writeRun, writeCompare, compareTable, chartSpecs, renderSvg, toCsv } from './output.js';
export { Prng } from './prng.js';
export { ProgressBar } from './progress.js';
export type { RunResult, Summary, Tables } from './results.js';
export { ScenarioSchema, parseScenario, parseScenarioText, loadScenario, listBundled, BUNDLED_DIR, type Scenario } from './scenario.js';
export { QualityCurve, ValidatorAgent, toU16Weights, type SparseWeights, type WeightInputs } from './strategies.js';
export { accountOf, coldkeyOf, hotkeyOf, ownerHotkeyOf } from './accounts.js';
