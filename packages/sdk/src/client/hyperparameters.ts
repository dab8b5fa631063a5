/**
 * Subnet hyperparameters by their btcli names: the `SubtensorModule` storage item each is read
 * from and the `AdminUtils.sudo_set_*` call that sets it (spec/sdk.md §4.4, §6.2 `sudo set`).
 */
export interface HyperparameterDef {
  /** SubtensorModule storage item (keyed by netuid). */
  readonly storage: string;
  /** AdminUtils call setting it (owner or root), or undefined when read-only. */
  readonly setter?: string;
}

export const HYPERPARAMETERS: Readonly<Record<string, HyperparameterDef>> = {
  rho: { storage: 'Rho', setter: 'sudo_set_rho' },
  kappa: { storage: 'Kappa', setter: 'sudo_set_kappa' },
  immunity_period: { storage: 'ImmunityPeriod', setter: 'sudo_set_immunity_period' },
  min_allowed_weights: { storage: 'MinAllowedWeights', setter: 'sudo_set_min_allowed_weights' },
  max_weights_limit: { storage: 'MaxWeightsLimit' },
  tempo: { storage: 'Tempo', setter: 'sudo_set_tempo' },
  min_difficulty: { storage: 'MinDifficulty', setter: 'sudo_set_min_difficulty' },
  max_difficulty: { storage: 'MaxDifficulty', setter: 'sudo_set_max_difficulty' },
  weights_version: { storage: 'WeightsVersionKey', setter: 'sudo_set_weights_version_key' },
  weights_rate_limit: { storage: 'WeightsSetRateLimit', setter: 'sudo_set_weights_set_rate_limit' },
  adjustment_interval: { storage: 'AdjustmentInterval', setter: 'sudo_set_adjustment_interval' },
  activity_cutoff: { storage: 'ActivityCutoff', setter: 'sudo_set_activity_cutoff' },
  registration_allowed: { storage: 'NetworkRegistrationAllowed', setter: 'sudo_set_network_registration_allowed' },
  pow_registration_allowed: { storage: 'NetworkPowRegistrationAllowed', setter: 'sudo_set_network_pow_registration_allowed' },
  target_regs_per_interval: { storage: 'TargetRegistrationsPerInterval', setter: 'sudo_set_target_registrations_per_interval' },
  min_burn: { storage: 'MinBurn', setter: 'sudo_set_min_burn' },
  max_burn: { storage: 'MaxBurn', setter: 'sudo_set_max_burn' },
  bonds_moving_avg: { storage: 'BondsMovingAverage', setter: 'sudo_set_bonds_moving_average' },
  max_regs_per_block: { storage: 'MaxRegistrationsPerBlock', setter: 'sudo_set_max_registrations_per_block' },
  serving_rate_limit: { storage: 'ServingRateLimit', setter: 'sudo_set_serving_rate_limit' },
  max_validators: { storage: 'MaxAllowedValidators', setter: 'sudo_set_max_allowed_validators' },
  max_uids: { storage: 'MaxAllowedUids', setter: 'sudo_set_max_allowed_uids' },
  adjustment_alpha: { storage: 'AdjustmentAlpha', setter: 'sudo_set_adjustment_alpha' },
  difficulty: { storage: 'Difficulty', setter: 'sudo_set_difficulty' },
  burn: { storage: 'Burn' },
  commit_reveal_period: { storage: 'RevealPeriodEpochs', setter: 'sudo_set_commit_reveal_weights_interval' },
  commit_reveal_weights_enabled: { storage: 'CommitRevealWeightsEnabled', setter: 'sudo_set_commit_reveal_weights_enabled' },
  liquid_alpha_enabled: { storage: 'LiquidAlphaOn', setter: 'sudo_set_liquid_alpha_enabled' },
  alpha_values: { storage: 'AlphaValues' },
  bonds_penalty: { storage: 'BondsPenalty', setter: 'sudo_set_bonds_penalty' },
  yuma3_enabled: { storage: 'Yuma3On' },
  subnet_is_active: { storage: 'SubtokenEnabled', setter: 'sudo_set_subtoken_enabled' },
  transfers_enabled: { storage: 'TransferToggle', setter: 'sudo_set_toggle_transfer' },
};

/** `snake_case` → `camelCase` (how @polkadot/api names calls and storage). */
export function camel(name: string): string {
  const c = name.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
  return c.charAt(0).toLowerCase() + c.slice(1);
}
