/**
 * `~/.tensorium/config.json` (path overridable with TENSORIUM_CONFIG): defaults for the endpoint,
 * wallet location and staking tolerance. Precedence everywhere: flag > environment > config > default.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface CliConfig {
  /** Network name (`local`, `finney`, `test`) or ws(s):// URL. */
  network?: string;
  wallet_path?: string;
  wallet_name?: string;
  wallet_hotkey?: string;
  /** Default tolerated slippage for safe staking (fraction, default 0.005). */
  rate_tolerance?: number;
}

export const CONFIG_KEYS: readonly (keyof CliConfig)[] = ['network', 'wallet_path', 'wallet_name', 'wallet_hotkey', 'rate_tolerance'];

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TENSORIUM_CONFIG ?? join(homedir(), '.tensorium', 'config.json');
}

export function loadConfig(path = configPath()): CliConfig {
  if (!existsSync(path)) return {};
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return v && typeof v === 'object' ? (v as CliConfig) : {};
  } catch (e) {
    throw Object.assign(new Error(`config file ${path} is not valid JSON: ${(e as Error).message}`), { code: 'CONFIG_INVALID', remedy: `fix or delete ${path}` });
  }
}

export function saveConfig(cfg: CliConfig, path = configPath()): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(cfg, null, 2) + '\n');
}
