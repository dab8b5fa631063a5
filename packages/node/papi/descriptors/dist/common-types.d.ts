import { Enum, GetEnum, SS58String, SizedHex, FixedSizeArray, ResultPayload } from "polkadot-api";
type AnonymousEnum<T extends {}> = T & {
    __anonymous: true;
};
type MyTuple<T> = [T, ...T[]];
type SeparateUndefined<T> = undefined extends T ? undefined | Exclude<T, undefined> : T;
type Anonymize<T> = SeparateUndefined<T extends string | number | bigint | boolean | void | undefined | null | symbol | Uint8Array | Enum<any> ? T : T extends AnonymousEnum<infer V> ? Enum<V> : T extends MyTuple<any> ? {
    [K in keyof T]: T[K];
} : T extends [] ? [] : T extends FixedSizeArray<infer L, infer T> ? number extends L ? Array<T> : FixedSizeArray<L, T> : {
    [K in keyof T & string]: T[K];
}>;
export type I5sesotjlssv2d = {
    "nonce": number;
    "consumers": number;
    "providers": number;
    "sufficients": number;
    "data": {
        "free": bigint;
        "reserved": bigint;
        "frozen": bigint;
        "flags": bigint;
    };
};
export type I40aqs007rv8b6 = Array<{
    "phase": Phase;
    "event": Enum<{
        "System": Anonymize<I1001g7peg3gvl>;
        "Balances": Anonymize<I64c2qt8ihv8rv>;
        "TransactionPayment": TransactionPaymentEvent;
        "SubtensorModule": Anonymize<I38ef509217lpf>;
        "Utility": Anonymize<If58b2qdudg0ti>;
        "Sudo": Anonymize<Iccvssfqol8int>;
        "Commitments": Anonymize<I5ohlg8gv4pe9g>;
        "AdminUtils": Anonymize<I9g3fng1ps8or3>;
        "Swap": Anonymize<I65ga25qerlven>;
        "Consensus": Anonymize<I1sjdeio84jqu3>;
    }>;
    "topics": Anonymize<Ic5m5lp1oioo8r>;
}>;
export type Phase = Enum<{
    "ApplyExtrinsic": number;
    "Finalization": undefined;
    "Initialization": undefined;
}>;
export declare const Phase: GetEnum<Phase>;
export type I1001g7peg3gvl = AnonymousEnum<{
    /**
     * An extrinsic completed successfully.
     */
    "ExtrinsicSuccess": Anonymize<Ia82mnkmeo2rhc>;
    /**
     * An extrinsic failed.
     */
    "ExtrinsicFailed": Anonymize<I9af3aailjfa3f>;
    /**
     * `:code` was updated.
     */
    "CodeUpdated": undefined;
    /**
     * A new account was created.
     */
    "NewAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * An account was reaped.
     */
    "KilledAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * On on-chain remark happened.
     */
    "Remarked": Anonymize<I855j4i3kr8ko1>;
}>;
export type Ia82mnkmeo2rhc = {
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type Ic9s8f85vjtncc = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "pays_fee": Enum<{
        "Yes": undefined;
        "No": undefined;
    }>;
};
export type I4q39t5hn830vp = {
    "ref_time": bigint;
    "proof_size": bigint;
};
export type DispatchClass = Enum<{
    "Normal": undefined;
    "Operational": undefined;
    "Mandatory": undefined;
}>;
export declare const DispatchClass: GetEnum<DispatchClass>;
export type I9af3aailjfa3f = {
    "dispatch_error": Anonymize<I7bd3nkpnm2908>;
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type I7bd3nkpnm2908 = AnonymousEnum<{
    "Other": undefined;
    "CannotLookup": undefined;
    "BadOrigin": undefined;
    "Module": Enum<{
        "System": Anonymize<I5o0s7c8q1cc9b>;
        "Timestamp": undefined;
        "Balances": Anonymize<Idj13i7adlomht>;
        "TransactionPayment": undefined;
        "SubtensorModule": Anonymize<Idvitq882tvdme>;
        "Utility": Anonymize<I8dt2g2hcrgh36>;
        "Sudo": Anonymize<Iaug04qjhbli00>;
        "Commitments": Anonymize<I8a8dfn9etteh2>;
        "AdminUtils": Anonymize<I1fbpo6vtmebfu>;
        "Swap": Anonymize<I22ibgc43i6ncp>;
        "Consensus": Anonymize<I6dokavk38r8ao>;
    }>;
    "ConsumerRemaining": undefined;
    "NoProviders": undefined;
    "TooManyConsumers": undefined;
    "Token": TokenError;
    "Arithmetic": ArithmeticError;
    "Transactional": TransactionalError;
    "Exhausted": undefined;
    "Corruption": undefined;
    "Unavailable": undefined;
    "RootNotAllowed": undefined;
}>;
export type I5o0s7c8q1cc9b = AnonymousEnum<{
    "InvalidSpecName": undefined;
    "SpecVersionNeedsToIncrease": undefined;
    "FailedToExtractRuntimeVersion": undefined;
    "NonDefaultComposite": undefined;
    "NonZeroRefCount": undefined;
    "CallFiltered": undefined;
    "MultiBlockMigrationsOngoing": undefined;
    "NothingAuthorized": undefined;
    "Unauthorized": undefined;
}>;
export type Idj13i7adlomht = AnonymousEnum<{
    "VestingBalance": undefined;
    "LiquidityRestrictions": undefined;
    "InsufficientBalance": undefined;
    "ExistentialDeposit": undefined;
    "Expendability": undefined;
    "ExistingVestingSchedule": undefined;
    "DeadAccount": undefined;
    "TooManyReserves": undefined;
    "TooManyHolds": undefined;
    "TooManyFreezes": undefined;
    "IssuanceDeactivated": undefined;
    "DeltaZero": undefined;
}>;
export type Idvitq882tvdme = AnonymousEnum<{
    "RootNetworkDoesNotExist": undefined;
    "InvalidIpType": undefined;
    "InvalidIpAddress": undefined;
    "InvalidPort": undefined;
    "HotKeyNotRegisteredInSubNet": undefined;
    "HotKeyAccountNotExists": undefined;
    "HotKeyNotRegisteredInNetwork": undefined;
    "NonAssociatedColdKey": undefined;
    "NotEnoughStake": undefined;
    "NotEnoughStakeToWithdraw": undefined;
    "NotEnoughStakeToSetWeights": undefined;
    "NotEnoughStakeToSetChildkeys": undefined;
    "NotEnoughBalanceToStake": undefined;
    "BalanceWithdrawalError": undefined;
    "ZeroBalanceAfterWithdrawn": undefined;
    "NeuronNoValidatorPermit": undefined;
    "WeightVecNotEqualSize": undefined;
    "DuplicateUids": undefined;
    "UidVecContainInvalidOne": undefined;
    "WeightVecLengthIsLow": undefined;
    "TooManyRegistrationsThisBlock": undefined;
    "HotKeyAlreadyRegisteredInSubNet": undefined;
    "NewHotKeyIsSameWithOld": undefined;
    "NewHotKeyNotCleanForRootSwap": undefined;
    "InvalidWorkBlock": undefined;
    "InvalidDifficulty": undefined;
    "InvalidSeal": undefined;
    "MaxWeightExceeded": undefined;
    "HotKeyAlreadyDelegate": undefined;
    "SettingWeightsTooFast": undefined;
    "IncorrectWeightVersionKey": undefined;
    "ServingRateLimitExceeded": undefined;
    "UidsLengthExceedUidsInSubNet": undefined;
    "NetworkTxRateLimitExceeded": undefined;
    "DelegateTxRateLimitExceeded": undefined;
    "HotKeySetTxRateLimitExceeded": undefined;
    "StakingRateLimitExceeded": undefined;
    "SubNetRegistrationDisabled": undefined;
    "TooManyRegistrationsThisInterval": undefined;
    "TransactorAccountShouldBeHotKey": undefined;
    "FaucetDisabled": undefined;
    "NotSubnetOwner": undefined;
    "RegistrationNotPermittedOnRootSubnet": undefined;
    "StakeTooLowForRoot": undefined;
    "AllNetworksInImmunity": undefined;
    "NotEnoughBalanceToPaySwapHotKey": undefined;
    "NotRootSubnet": undefined;
    "CanNotSetRootNetworkWeights": undefined;
    "NoNeuronIdAvailable": undefined;
    "DelegateTakeTooLow": undefined;
    "DelegateTakeTooHigh": undefined;
    "NoWeightsCommitFound": undefined;
    "InvalidRevealCommitHashNotMatch": undefined;
    "CommitRevealEnabled": undefined;
    "CommitRevealDisabled": undefined;
    "LiquidAlphaDisabled": undefined;
    "AlphaHighTooLow": undefined;
    "AlphaLowOutOfRange": undefined;
    "ColdKeyAlreadyAssociated": undefined;
    "NotEnoughBalanceToPaySwapColdKey": undefined;
    "InvalidChild": undefined;
    "DuplicateChild": undefined;
    "ProportionOverflow": undefined;
    "TooManyChildren": undefined;
    "TxRateLimitExceeded": undefined;
    "ColdkeySwapAnnouncementNotFound": undefined;
    "ColdkeySwapTooEarly": undefined;
    "ColdkeySwapReannouncedTooEarly": undefined;
    "AnnouncedColdkeyHashDoesNotMatch": undefined;
    "ColdkeySwapAlreadyDisputed": undefined;
    "NewColdKeyIsHotkey": undefined;
    "InvalidChildkeyTake": undefined;
    "TxChildkeyTakeRateLimitExceeded": undefined;
    "InvalidIdentity": undefined;
    "MechanismDoesNotExist": undefined;
    "StakeUnavailable": undefined;
    "SubnetNotExists": undefined;
    "TooManyUnrevealedCommits": undefined;
    "ExpiredWeightCommit": undefined;
    "RevealTooEarly": undefined;
    "InputLengthsUnequal": undefined;
    "CommittingWeightsTooFast": undefined;
    "AmountTooLow": undefined;
    "InsufficientLiquidity": undefined;
    "SlippageTooHigh": undefined;
    "TransferDisallowed": undefined;
    "ActivityCutoffTooLow": undefined;
    "CallDisabled": undefined;
    "FirstEmissionBlockNumberAlreadySet": undefined;
    "NeedWaitingMoreBlocksToStarCall": undefined;
    "NotEnoughAlphaOutToRecycle": undefined;
    "CannotBurnOrRecycleOnRootSubnet": undefined;
    "UnableToRecoverPublicKey": undefined;
    "InvalidRecoveredPublicKey": undefined;
    "SubtokenDisabled": undefined;
    "HotKeySwapOnSubnetIntervalNotPassed": undefined;
    "SameNetuid": undefined;
    "InsufficientBalance": undefined;
    "InvalidLeaseBeneficiary": undefined;
    "LeaseCannotEndInThePast": undefined;
    "LeaseNetuidNotFound": undefined;
    "LeaseDoesNotExist": undefined;
    "LeaseHasNoEndBlock": undefined;
    "LeaseHasNotEnded": undefined;
    "Overflow": undefined;
    "BeneficiaryDoesNotOwnHotkey": undefined;
    "ExpectedBeneficiaryOrigin": undefined;
    "AdminActionProhibitedDuringWeightsWindow": undefined;
    "SymbolDoesNotExist": undefined;
    "SymbolAlreadyInUse": undefined;
    "IncorrectCommitRevealVersion": undefined;
    "InvalidRevealRound": undefined;
    "RevealPeriodTooLarge": undefined;
    "RevealPeriodTooSmall": undefined;
    "InvalidValue": undefined;
    "SubnetLimitReached": undefined;
    "CannotAffordLockCost": undefined;
    "EvmKeyAssociateRateLimitExceeded": undefined;
    "SameAutoStakeHotkeyAlreadySet": undefined;
    "UidMapCouldNotBeCleared": undefined;
    "TrimmingWouldExceedMaxImmunePercentage": undefined;
    "ChildParentInconsistency": undefined;
    "InvalidNumRootClaim": undefined;
    "InvalidRootClaimThreshold": undefined;
    "InvalidSubnetNumber": undefined;
    "TooManyUIDsPerMechanism": undefined;
    "VotingPowerTrackingNotEnabled": undefined;
    "InvalidVotingPowerEmaAlpha": undefined;
    "Deprecated": undefined;
    "AddStakeBurnRateLimitExceeded": undefined;
    "ColdkeySwapAnnounced": undefined;
    "ColdkeySwapDisputed": undefined;
    "ColdkeySwapClearTooEarly": undefined;
    "DisabledTemporarily": undefined;
    "RegistrationPriceLimitExceeded": undefined;
    "LockHotkeyMismatch": undefined;
    "InsufficientStakeForLock": undefined;
    "NoExistingLock": undefined;
    "ActiveLockExists": undefined;
    "CannotUseSystemAccount": undefined;
    "UnlockAmountTooHigh": undefined;
    "TempoOutOfBounds": undefined;
    "ActivityCutoffFactorMilliOutOfBounds": undefined;
    "EpochTriggerAlreadyPending": undefined;
    "AutoEpochAlreadyImminent": undefined;
    "DynamicTempoBlockedByCommitReveal": undefined;
    "AccountRejectsLockedAlpha": undefined;
}>;
export type I8dt2g2hcrgh36 = AnonymousEnum<{
    "TooManyCalls": undefined;
}>;
export type Iaug04qjhbli00 = AnonymousEnum<{
    "RequireSudo": undefined;
}>;
export type I8a8dfn9etteh2 = AnonymousEnum<{
    "TooManyFieldsInCommitmentInfo": undefined;
    "AccountNotAllowedCommit": undefined;
    "SpaceLimitExceeded": undefined;
    "UnexpectedUnreserveLeftover": undefined;
}>;
export type I1fbpo6vtmebfu = AnonymousEnum<{
    "SubnetDoesNotExist": undefined;
    "MaxValidatorsLargerThanMaxUIds": undefined;
    "MaxAllowedUIdsLessThanCurrentUIds": undefined;
    "BondsMovingAverageMaxReached": undefined;
    "NegativeSigmoidSteepness": undefined;
    "ValueNotInBounds": undefined;
    "MinAllowedUidsGreaterThanCurrentUids": undefined;
    "MinAllowedUidsGreaterThanMaxAllowedUids": undefined;
    "MaxAllowedUidsLessThanMinAllowedUids": undefined;
    "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids": undefined;
    "InvalidValue": undefined;
    "NotPermittedOnRootSubnet": undefined;
    "POWRegistrationDisabled": undefined;
    "Deprecated": undefined;
}>;
export type I22ibgc43i6ncp = AnonymousEnum<{
    "FeeRateTooHigh": undefined;
    "InsufficientInputAmount": undefined;
    "InsufficientLiquidity": undefined;
    "PriceLimitExceeded": undefined;
    "InsufficientBalance": undefined;
    "InvalidTickRange": undefined;
    "InvalidLiquidityValue": undefined;
    "ReservesTooLow": undefined;
    "MechanismDoesNotExist": undefined;
    "SubtokenDisabled": undefined;
    "ReservesOutOfBalance": undefined;
    "SwapInputTooLarge": undefined;
    "Deprecated": undefined;
}>;
export type I6dokavk38r8ao = AnonymousEnum<{
    "PowerTooHigh": undefined;
    "TooManyUpdatesInBlock": undefined;
}>;
export type TokenError = Enum<{
    "FundsUnavailable": undefined;
    "OnlyProvider": undefined;
    "BelowMinimum": undefined;
    "CannotCreate": undefined;
    "UnknownAsset": undefined;
    "Frozen": undefined;
    "Unsupported": undefined;
    "CannotCreateHold": undefined;
    "NotExpendable": undefined;
    "Blocked": undefined;
}>;
export declare const TokenError: GetEnum<TokenError>;
export type ArithmeticError = Enum<{
    "Underflow": undefined;
    "Overflow": undefined;
    "DivisionByZero": undefined;
}>;
export declare const ArithmeticError: GetEnum<ArithmeticError>;
export type TransactionalError = Enum<{
    "LimitReached": undefined;
    "NoLayer": undefined;
}>;
export declare const TransactionalError: GetEnum<TransactionalError>;
export type Icbccs0ug47ilf = {
    "account": SS58String;
};
export type I855j4i3kr8ko1 = {
    "sender": SS58String;
    "hash": SizedHex<32>;
};
export type I64c2qt8ihv8rv = AnonymousEnum<{
    "Endowed": Anonymize<Icv68aq8841478>;
    "DustLost": Anonymize<Ic262ibdoec56a>;
    "Transfer": Anonymize<Iflcfm9b6nlmdd>;
    "BalanceSet": Anonymize<Ijrsf4mnp3eka>;
    "Reserved": Anonymize<Id5fm4p8lj5qgi>;
    "Unreserved": Anonymize<Id5fm4p8lj5qgi>;
    "Deposit": Anonymize<Id5fm4p8lj5qgi>;
    "Withdraw": Anonymize<Id5fm4p8lj5qgi>;
    "Slashed": Anonymize<Id5fm4p8lj5qgi>;
    "Minted": Anonymize<Id5fm4p8lj5qgi>;
    "Burned": Anonymize<Id5fm4p8lj5qgi>;
    "Issued": Anonymize<I3qt1hgg4djhgb>;
    "Rescinded": Anonymize<I3qt1hgg4djhgb>;
}>;
export type Icv68aq8841478 = {
    "account": SS58String;
    "free_balance": bigint;
};
export type Ic262ibdoec56a = {
    "account": SS58String;
    "amount": bigint;
};
export type Iflcfm9b6nlmdd = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
};
export type Ijrsf4mnp3eka = {
    "who": SS58String;
    "free": bigint;
};
export type Id5fm4p8lj5qgi = {
    "who": SS58String;
    "amount": bigint;
};
export type I3qt1hgg4djhgb = {
    "amount": bigint;
};
export type TransactionPaymentEvent = Enum<{
    "TransactionFeePaid": Anonymize<Ier2cke86dqbr2>;
}>;
export declare const TransactionPaymentEvent: GetEnum<TransactionPaymentEvent>;
export type Ier2cke86dqbr2 = {
    "who": SS58String;
    "actual_fee": bigint;
    "tip": bigint;
};
export type I38ef509217lpf = AnonymousEnum<{
    "NetworkAdded": Anonymize<I9jd27rnpm8ttv>;
    "NetworkRemoved": number;
    "StakeAdded": Anonymize<Io45lnue7n40k>;
    "StakeRemoved": Anonymize<Io45lnue7n40k>;
    "StakeMoved": Anonymize<I83e4tgdv5ohg1>;
    "WeightsSet": Anonymize<I9jd27rnpm8ttv>;
    "NeuronRegistered": Anonymize<I6o6dmud53u1fj>;
    "BulkNeuronsRegistered": Anonymize<I9jd27rnpm8ttv>;
    "BulkBalancesSet": Anonymize<I9jd27rnpm8ttv>;
    "MaxAllowedUidsSet": Anonymize<I9jd27rnpm8ttv>;
    "MaxWeightLimitSet": Anonymize<I9jd27rnpm8ttv>;
    "DifficultySet": Anonymize<I4ojmnsk1dchql>;
    "AdjustmentIntervalSet": Anonymize<I9jd27rnpm8ttv>;
    "RegistrationPerIntervalSet": Anonymize<I9jd27rnpm8ttv>;
    "MaxRegistrationsPerBlockSet": Anonymize<I9jd27rnpm8ttv>;
    "ActivityCutoffSet": Anonymize<I9jd27rnpm8ttv>;
    "RhoSet": Anonymize<I9jd27rnpm8ttv>;
    "AlphaSigmoidSteepnessSet": Anonymize<I5g2vv0ckl2m8b>;
    "KappaSet": Anonymize<I9jd27rnpm8ttv>;
    "MinAllowedWeightSet": Anonymize<I9jd27rnpm8ttv>;
    "ValidatorPruneLenSet": Anonymize<I4ojmnsk1dchql>;
    "ScalingLawPowerSet": Anonymize<I9jd27rnpm8ttv>;
    "WeightsSetRateLimitSet": Anonymize<I4ojmnsk1dchql>;
    "ImmunityPeriodSet": Anonymize<I9jd27rnpm8ttv>;
    "BondsMovingAverageSet": Anonymize<I4ojmnsk1dchql>;
    "BondsPenaltySet": Anonymize<I9jd27rnpm8ttv>;
    "BondsResetOnSet": Anonymize<I39p6ln31i4n46>;
    "MaxAllowedValidatorsSet": Anonymize<I9jd27rnpm8ttv>;
    "AxonServed": Anonymize<I7svnfko10tq2e>;
    "PrometheusServed": Anonymize<I7svnfko10tq2e>;
    "DelegateAdded": Anonymize<I7svrbkiu01iec>;
    "DefaultTakeSet": number;
    "WeightsVersionKeySet": Anonymize<I4ojmnsk1dchql>;
    "MinDifficultySet": Anonymize<I4ojmnsk1dchql>;
    "MaxDifficultySet": Anonymize<I4ojmnsk1dchql>;
    "ServingRateLimitSet": Anonymize<I4ojmnsk1dchql>;
    "BurnSet": Anonymize<I4ojmnsk1dchql>;
    "MaxBurnSet": Anonymize<I4ojmnsk1dchql>;
    "MinBurnSet": Anonymize<I4ojmnsk1dchql>;
    "MaxEpochsPerBlockSet": number;
    "TxRateLimitSet": bigint;
    "TxDelegateTakeRateLimitSet": bigint;
    "TxChildKeyTakeRateLimitSet": bigint;
    "AdminFreezeWindowSet": number;
    "OwnerHyperparamRateLimitSet": number;
    "MinChildKeyTakeSet": number;
    "MinChildKeyTakePerSubnetSet": Anonymize<I9jd27rnpm8ttv>;
    "MaxChildKeyTakeSet": number;
    "ChildKeyTakeSet": Anonymize<I6ouflveob4eli>;
    "Sudid": Anonymize<Iel69h0ksfqs5d>;
    "RegistrationAllowed": Anonymize<I39p6ln31i4n46>;
    "PowRegistrationAllowed": Anonymize<I39p6ln31i4n46>;
    "TempoSet": Anonymize<I9jd27rnpm8ttv>;
    "RAORecycledForRegistrationSet": Anonymize<I4ojmnsk1dchql>;
    "StakeThresholdSet": bigint;
    "AdjustmentAlphaSet": Anonymize<I4ojmnsk1dchql>;
    "Faucet": Anonymize<I95l2k9b1re95f>;
    "SubnetOwnerCutSet": number;
    "NetworkRateLimitSet": bigint;
    "NetworkImmunityPeriodSet": bigint;
    "StartCallDelaySet": bigint;
    "NetworkMinLockCostSet": bigint;
    "SubnetLimitSet": number;
    "NetworkLockCostReductionIntervalSet": bigint;
    "TakeDecreased": Anonymize<I7svrbkiu01iec>;
    "TakeIncreased": Anonymize<I7svrbkiu01iec>;
    "HotkeySwapped": Anonymize<Ifkgc6cte1k96e>;
    "MaxDelegateTakeSet": number;
    "MinDelegateTakeSet": number;
    "ColdkeySwapAnnounced": Anonymize<I6kvs2mb8unk0t>;
    "ColdkeySwapReset": Anonymize<I4cbvqmqadhrea>;
    "ColdkeySwapped": Anonymize<Idbuci3sr3i1f7>;
    "ColdkeySwapDisputed": Anonymize<I375tmdui1ejfc>;
    "AllBalanceUnstakedAndTransferredToNewColdkey": Anonymize<I73drt1hl9e70v>;
    "ArbitrationPeriodExtended": Anonymize<I375tmdui1ejfc>;
    "SetChildrenScheduled": Anonymize<I1dm4sip108q0g>;
    "SetChildren": Anonymize<Iajgphfb1fka7l>;
    "ChainIdentitySet": SS58String;
    "SubnetIdentitySet": number;
    "SubnetIdentityRemoved": number;
    "DissolveNetworkScheduled": Anonymize<I4hnmf90qkrer9>;
    "ColdkeySwapAnnouncementDelaySet": number;
    "ColdkeySwapReannouncementDelaySet": number;
    "DissolveNetworkScheduleDurationSet": number;
    "CRV3WeightsCommitted": Anonymize<Ijsohbv0raf36>;
    "WeightsCommitted": Anonymize<Ijsohbv0raf36>;
    "WeightsRevealed": Anonymize<Ijsohbv0raf36>;
    "WeightsBatchRevealed": Anonymize<I4ga01hppthoe1>;
    "BatchWeightsCompleted": Anonymize<I4hckkcv10tcue>;
    "BatchCompletedWithErrors": undefined;
    "BatchWeightItemFailed": Anonymize<Idbmshvuev4rrl>;
    "StakeTransferred": Anonymize<If2ieedn10ujdv>;
    "StakeSwapped": Anonymize<Iaseh340tnovdh>;
    "TransferToggle": Anonymize<I39p6ln31i4n46>;
    "SubnetOwnerHotkeySet": Anonymize<I7svnfko10tq2e>;
    "FirstEmissionBlockNumberSet": Anonymize<I4ojmnsk1dchql>;
    "AlphaRecycled": Anonymize<I8m5umt6snnmlj>;
    "AlphaBurned": Anonymize<I8m5umt6snnmlj>;
    "EvmKeyAssociated": Anonymize<I5aeg4u9kpsp8o>;
    "CRV3WeightsRevealed": Anonymize<I7svnfko10tq2e>;
    "CommitRevealPeriodsSet": Anonymize<I4ojmnsk1dchql>;
    "CommitRevealEnabled": Anonymize<I39p6ln31i4n46>;
    "HotkeySwappedOnSubnet": Anonymize<I3fsv5f1boeqf3>;
    "SubnetLeaseCreated": Anonymize<Ifoov68qt28nbm>;
    "SubnetLeaseTerminated": Anonymize<Ib937mhlbop6j7>;
    "SymbolUpdated": Anonymize<I62rrikn5vj0p5>;
    "CommitRevealVersionSet": number;
    "TimelockedWeightsCommitted": Anonymize<I838gqvljm75tj>;
    "TimelockedWeightsRevealed": Anonymize<I7svnfko10tq2e>;
    "AutoStakeAdded": Anonymize<I1cu36qostj5d8>;
    "IncentiveAlphaEmittedToMiners": Anonymize<I4r2ptfsrl017r>;
    "MinAllowedUidsSet": Anonymize<I9jd27rnpm8ttv>;
    "AutoStakeDestinationSet": Anonymize<Ielglukq9ekcit>;
    "MinNonImmuneUidsSet": Anonymize<I9jd27rnpm8ttv>;
    "RootClaimed": Anonymize<I375tmdui1ejfc>;
    "RootClaimTypeSet": Anonymize<I1clsdhcok4nle>;
    "VotingPowerTrackingEnabled": Anonymize<I6cm4c5a1euio9>;
    "VotingPowerTrackingDisableScheduled": Anonymize<Iemddv6u2buvfn>;
    "VotingPowerTrackingDisabled": Anonymize<I6cm4c5a1euio9>;
    "VotingPowerEmaAlphaSet": Anonymize<I4guv8rii4s6je>;
    "SubnetLeaseDividendsDistributed": Anonymize<Ic149bnrif7lpr>;
    "AddStakeBurn": Anonymize<I89dsvf7sdo4ko>;
    "ColdkeySwapCleared": Anonymize<I4cbvqmqadhrea>;
    "TransactionFeePaidWithAlpha": Anonymize<Iag26k7oo9hkj6>;
    "BurnHalfLifeSet": Anonymize<I2v2nm1sr4ujod>;
    "BurnIncreaseMultSet": Anonymize<Idm5dkv0qkduu6>;
    "AutoParentDelegationEnabledSet": Anonymize<Iavmlc8d5lfdju>;
    "StakeLocked": Anonymize<I81ro80mnm6q0j>;
    "StakeUnlocked": Anonymize<I81ro80mnm6q0j>;
    "LockMoved": Anonymize<I5djuolsjqf6rd>;
    "ActivityCutoffFactorMilliSet": Anonymize<I7l1na8un33hfo>;
    "EpochTriggered": Anonymize<I68qougcarii12>;
    "EpochDeferred": Anonymize<Ifq8ulnatlve2d>;
    "EpochSkipped": Anonymize<I5tkra4deh2m6i>;
    "SubnetOwnerChanged": Anonymize<I59tu3mhv1nu2k>;
    "PerpetualLockUpdated": Anonymize<I8je96vk91mnlh>;
    "RejectLockedAlphaUpdated": Anonymize<I1cfcmrqflja7i>;
}>;
export type I9jd27rnpm8ttv = FixedSizeArray<2, number>;
export type Io45lnue7n40k = [SS58String, SS58String, bigint, bigint, number, bigint];
export type I83e4tgdv5ohg1 = [SS58String, SS58String, number, SS58String, number, bigint];
export type I6o6dmud53u1fj = [number, number, SS58String];
export type I4ojmnsk1dchql = [number, bigint];
export type I5g2vv0ckl2m8b = [number, number];
export type I39p6ln31i4n46 = [number, boolean];
export type I7svnfko10tq2e = [number, SS58String];
export type I7svrbkiu01iec = [SS58String, SS58String, number];
export type I6ouflveob4eli = [SS58String, number];
export type Iel69h0ksfqs5d = ResultPayload<undefined, Anonymize<I7bd3nkpnm2908>>;
export type I95l2k9b1re95f = [SS58String, bigint];
export type Ifkgc6cte1k96e = {
    "coldkey": SS58String;
    "old_hotkey": SS58String;
    "new_hotkey": SS58String;
};
export type I6kvs2mb8unk0t = {
    "who": SS58String;
    "new_coldkey_hash": SizedHex<32>;
};
export type I4cbvqmqadhrea = {
    "who": SS58String;
};
export type Idbuci3sr3i1f7 = {
    "old_coldkey": SS58String;
    "new_coldkey": SS58String;
};
export type I375tmdui1ejfc = {
    "coldkey": SS58String;
};
export type I73drt1hl9e70v = {
    "current_coldkey": SS58String;
    "new_coldkey": SS58String;
    "total_balance": bigint;
};
export type I1dm4sip108q0g = [SS58String, number, bigint, Anonymize<I5n8gpu725k1nu>];
export type I5n8gpu725k1nu = Array<[bigint, SS58String]>;
export type Iajgphfb1fka7l = [SS58String, number, Anonymize<I5n8gpu725k1nu>];
export type I4hnmf90qkrer9 = {
    "account": SS58String;
    "netuid": number;
    "execution_block": number;
};
export type Ijsohbv0raf36 = [SS58String, number, SizedHex<32>];
export type I4ga01hppthoe1 = [SS58String, number, Anonymize<Ic5m5lp1oioo8r>];
export type Ic5m5lp1oioo8r = Array<SizedHex<32>>;
export type I4hckkcv10tcue = [Anonymize<Icgljjb6j82uhn>, SS58String];
export type Icgljjb6j82uhn = Array<number>;
export type Idbmshvuev4rrl = [number, Anonymize<I7bd3nkpnm2908>];
export type If2ieedn10ujdv = [SS58String, SS58String, SS58String, number, number, bigint];
export type Iaseh340tnovdh = [SS58String, SS58String, number, number, bigint];
export type I8m5umt6snnmlj = [SS58String, SS58String, bigint, number];
export type I5aeg4u9kpsp8o = {
    "netuid": number;
    "hotkey": SS58String;
    "evm_key": SizedHex<20>;
    "block_associated": bigint;
};
export type I3fsv5f1boeqf3 = {
    "coldkey": SS58String;
    "old_hotkey": SS58String;
    "new_hotkey": SS58String;
    "netuid": number;
};
export type Ifoov68qt28nbm = {
    "beneficiary": SS58String;
    "lease_id": number;
    "netuid": number;
    "end_block"?: Anonymize<I4arjljr6dpflb>;
};
export type I4arjljr6dpflb = (number) | undefined;
export type Ib937mhlbop6j7 = {
    "beneficiary": SS58String;
    "netuid": number;
};
export type I62rrikn5vj0p5 = {
    "netuid": number;
    "symbol": Uint8Array;
};
export type I838gqvljm75tj = [SS58String, number, SizedHex<32>, bigint];
export type I1cu36qostj5d8 = {
    "netuid": number;
    "destination": SS58String;
    "hotkey": SS58String;
    "owner": SS58String;
    "incentive": bigint;
};
export type I4r2ptfsrl017r = {
    "netuid": number;
    "emissions": Anonymize<Iafqnechp3omqg>;
};
export type Iafqnechp3omqg = Array<bigint>;
export type Ielglukq9ekcit = {
    "coldkey": SS58String;
    "netuid": number;
    "hotkey": SS58String;
};
export type I1clsdhcok4nle = {
    "coldkey": SS58String;
    "root_claim_type": Anonymize<Iapm6e7vtp0l6r>;
};
export type Iapm6e7vtp0l6r = AnonymousEnum<{
    "Swap": undefined;
    "Keep": undefined;
    "KeepSubnets": Anonymize<I2t4b7068rtebl>;
}>;
export type I2t4b7068rtebl = {
    "subnets": Anonymize<Icgljjb6j82uhn>;
};
export type I6cm4c5a1euio9 = {
    "netuid": number;
};
export type Iemddv6u2buvfn = {
    "netuid": number;
    "disable_at_block": bigint;
};
export type I4guv8rii4s6je = {
    "netuid": number;
    "alpha": bigint;
};
export type Ic149bnrif7lpr = {
    "lease_id": number;
    "contributor": SS58String;
    "alpha": bigint;
};
export type I89dsvf7sdo4ko = {
    "netuid": number;
    "hotkey": SS58String;
    "amount": bigint;
    "alpha": bigint;
};
export type Iag26k7oo9hkj6 = {
    "who": SS58String;
    "netuid": number;
    "alpha_fee": bigint;
    "tao_amount": bigint;
};
export type I2v2nm1sr4ujod = {
    "netuid": number;
    "burn_half_life": number;
};
export type Idm5dkv0qkduu6 = {
    "netuid": number;
    "burn_increase_mult": bigint;
};
export type Iavmlc8d5lfdju = {
    "hotkey": SS58String;
    "enabled": boolean;
};
export type I81ro80mnm6q0j = {
    "coldkey": SS58String;
    "hotkey": SS58String;
    "netuid": number;
    "amount": bigint;
};
export type I5djuolsjqf6rd = {
    "coldkey": SS58String;
    "origin_hotkey": SS58String;
    "destination_hotkey": SS58String;
    "netuid": number;
};
export type I7l1na8un33hfo = {
    "netuid": number;
    "factor_milli": number;
};
export type I68qougcarii12 = {
    "netuid": number;
    "by": SS58String;
    "fires_at": bigint;
};
export type Ifq8ulnatlve2d = {
    "netuid": number;
    "from_block": bigint;
    "to_block": bigint;
};
export type I5tkra4deh2m6i = {
    "netuid": number;
    "block": bigint;
};
export type I59tu3mhv1nu2k = {
    "netuid": number;
    "old_coldkey": SS58String;
    "new_coldkey": SS58String;
};
export type I8je96vk91mnlh = {
    "coldkey": SS58String;
    "netuid": number;
    "enabled": boolean;
};
export type I1cfcmrqflja7i = {
    "coldkey": SS58String;
    "enabled": boolean;
};
export type If58b2qdudg0ti = AnonymousEnum<{
    "BatchInterrupted": Anonymize<Ib1bgfmqciugre>;
    "BatchCompleted": undefined;
    "BatchCompletedWithErrors": undefined;
    "ItemCompleted": undefined;
    "ItemFailed": Anonymize<Icfbu34dqnsf4t>;
    "DispatchedAs": Anonymize<I8f2uf2nvfumd9>;
}>;
export type Ib1bgfmqciugre = {
    "index": number;
    "error": Anonymize<I7bd3nkpnm2908>;
};
export type Icfbu34dqnsf4t = {
    "error": Anonymize<I7bd3nkpnm2908>;
};
export type I8f2uf2nvfumd9 = {
    "result": Uint8Array;
};
export type Iccvssfqol8int = AnonymousEnum<{
    "Sudid": Anonymize<I7jsjskcp49hjg>;
    "KeyChanged": Anonymize<I5rtkmhm2dng4u>;
    "KeyRemoved": undefined;
    "SudoAsDone": Anonymize<I7jsjskcp49hjg>;
}>;
export type I7jsjskcp49hjg = {
    "sudo_result": Anonymize<Iel69h0ksfqs5d>;
};
export type I5rtkmhm2dng4u = {
    "old"?: (SS58String) | undefined;
    "new": SS58String;
};
export type I5ohlg8gv4pe9g = AnonymousEnum<{
    /**
     * A commitment was set
     */
    "Commitment": Anonymize<Idcqgi2844k5he>;
    /**
     * A timelock-encrypted commitment was set
     */
    "TimelockCommitment": Anonymize<Iej2173ou338sm>;
    /**
     * A timelock-encrypted commitment was auto-revealed
     */
    "CommitmentRevealed": Anonymize<Idcqgi2844k5he>;
}>;
export type Idcqgi2844k5he = {
    "netuid": number;
    "who": SS58String;
};
export type Iej2173ou338sm = {
    "netuid": number;
    "who": SS58String;
    "reveal_round": bigint;
};
export type I9g3fng1ps8or3 = AnonymousEnum<{
    /**
     * Event emitted when a precompile operation is updated.
     */
    "PrecompileUpdated": Anonymize<I1sj8huj7of8mb>;
    /**
     * Event emitted when the Yuma3 enable is toggled.
     */
    "Yuma3EnableToggled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Event emitted when Bonds Reset is toggled.
     */
    "BondsResetToggled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Event emitted when the burn half-life parameter is set for a subnet.
     */
    "BurnHalfLifeSet": Anonymize<I2v2nm1sr4ujod>;
    /**
     * Event emitted when the burn increase multiplier is set for a subnet.
     */
    "BurnIncreaseMultSet": Anonymize<Idm5dkv0qkduu6>;
    /**
     * Pool-side subnet emission injections and chain buys were enabled or disabled.
     */
    "SubnetEmissionEnabledSet": Anonymize<Ie31ro5s5e089f>;
}>;
export type I1sj8huj7of8mb = {
    "precompile_id": Anonymize<I8un1ap2r4hhbj>;
    "enabled": boolean;
};
export type I8un1ap2r4hhbj = AnonymousEnum<{
    "BalanceTransfer": undefined;
    "Staking": undefined;
    "Subnet": undefined;
    "Metagraph": undefined;
    "Neuron": undefined;
    "UidLookup": undefined;
    "Alpha": undefined;
    "Crowdloan": undefined;
    "Proxy": undefined;
    "Leasing": undefined;
    "AddressMapping": undefined;
    "VotingPower": undefined;
}>;
export type Ie31ro5s5e089f = {
    "netuid": number;
    "enabled": boolean;
};
export type I65ga25qerlven = AnonymousEnum<{
    "FeeRateSet": Anonymize<I3mkis681qg30e>;
}>;
export type I3mkis681qg30e = {
    "netuid": number;
    "rate": number;
};
export type I1sjdeio84jqu3 = AnonymousEnum<{
    /**
     * A validator's voting power changes (0: removed); CometBFT applies it two blocks later.
     */
    "ValidatorUpdateScheduled": Anonymize<I5u3jepqe3ks7a>;
}>;
export type I5u3jepqe3ks7a = {
    "pub_key": SizedHex<32>;
    "power": bigint;
};
export type Idoeu5t0dum8va = [Anonymize<I5n8gpu725k1nu>, bigint];
export type Ia2lhg7l2hilo3 = Array<SS58String>;
export type I4p5t2krb1gmvp = [number, SizedHex<32>];
export type I9a0jm719fs81d = {
    "mantissa": bigint;
    "exponent": bigint;
};
export type I8tqsm2j01rn5j = {
    "locked_mass": bigint;
    "conviction": bigint;
    "last_update": bigint;
};
export type I19jngnl8banpc = [SS58String, number, SS58String];
export type I2brm5b9jij1st = [number, SS58String, SS58String];
export type Iabpgqcjikia83 = (Uint8Array) | undefined;
export type I2j729bmgsdiuo = [bigint, bigint];
export type I853bicbt6ib89 = AnonymousEnum<{
    "SetSNOwnerHotkey": number;
    "OwnerHyperparamUpdate": [number, Enum<{
        "Unknown": undefined;
        "ServingRateLimit": undefined;
        "MaxDifficulty": undefined;
        "AdjustmentAlpha": undefined;
        "MaxWeightLimit": undefined;
        "ImmunityPeriod": undefined;
        "MinAllowedWeights": undefined;
        "Kappa": undefined;
        "Rho": undefined;
        "ActivityCutoff": undefined;
        "PowRegistrationAllowed": undefined;
        "MinBurn": undefined;
        "MaxBurn": undefined;
        "BondsMovingAverage": undefined;
        "BondsPenalty": undefined;
        "CommitRevealEnabled": undefined;
        "LiquidAlphaEnabled": undefined;
        "AlphaValues": undefined;
        "WeightCommitInterval": undefined;
        "TransferEnabled": undefined;
        "AlphaSigmoidSteepness": undefined;
        "Yuma3Enabled": undefined;
        "BondsResetEnabled": undefined;
        "ImmuneNeuronLimit": undefined;
        "RecycleOrBurn": undefined;
        "MaxAllowedUids": undefined;
        "BurnHalfLife": undefined;
        "BurnIncreaseMult": undefined;
        "SubnetEmissionEnabled": undefined;
        "MinChildkeyTake": undefined;
        "ActivityCutoffFactorMilli": undefined;
        "TriggerEpoch": undefined;
    }>];
    "NetworkLastRegistered": undefined;
    "LastTxBlock": SS58String;
    "LastTxBlockChildKeyTake": SS58String;
    "LastTxBlockDelegateTake": SS58String;
    "AddStakeBurn": number;
}>;
export type Ib9tptuv3cggfs = AnonymousEnum<{
    "Burn": undefined;
    "Recycle": undefined;
}>;
export type I4h6ivgjtd51lv = Array<[SS58String, bigint, bigint]>;
export type I9eir063evtfb6 = Array<boolean>;
export type I95g6i7ilua7lq = Array<Anonymize<I9jd27rnpm8ttv>>;
export type Ibc83gdj8hi3rc = {
    "block": bigint;
    "version": number;
    "ip": bigint;
    "port": number;
    "ip_type": number;
    "protocol": number;
    "placeholder1": number;
    "placeholder2": number;
};
export type I9lpjucl20l82d = {
    "public_key": Uint8Array;
    "algorithm": number;
};
export type Iaap7oohdmr1sb = {
    "block": bigint;
    "version": number;
    "ip": bigint;
    "port": number;
    "ip_type": number;
};
export type Ifjlj958aeheic = {
    "name": Uint8Array;
    "url": Uint8Array;
    "github_repo": Uint8Array;
    "image": Uint8Array;
    "discord": Uint8Array;
    "description": Uint8Array;
    "additional": Uint8Array;
};
export type I4tc54pa558g5n = {
    "subnet_name": Uint8Array;
    "github_repo": Uint8Array;
    "subnet_contact": Uint8Array;
    "subnet_url": Uint8Array;
    "discord": Uint8Array;
    "description": Uint8Array;
    "logo_url": Uint8Array;
    "additional": Uint8Array;
};
export type Id32h28hjj1tch = [SS58String, number, number];
export type Icrrf4uohj5gb0 = Array<[SizedHex<32>, bigint, bigint, bigint]>;
export type I76jd8kl1mtn5g = Array<[SS58String, bigint, Uint8Array, bigint]>;
export type I4jqk5si14p5oi = Array<[SS58String, Uint8Array, bigint]>;
export type I2na29tt2afp0j = FixedSizeArray<2, SS58String>;
export type If9jidduiuq7vv = Array<Anonymize<I4ojmnsk1dchql>>;
export type I7tof95tckt2r = [SizedHex<20>, bigint];
export type Ieruonr5pk2d7h = {
    "beneficiary": SS58String;
    "coldkey": SS58String;
    "hotkey": SS58String;
    "emissions_share": number;
    "end_block"?: Anonymize<I4arjljr6dpflb>;
    "netuid": number;
    "cost": bigint;
};
export type I7nkl7ntqohel8 = Array<Anonymize<I7svnfko10tq2e>>;
export type I3m6d7ohcp5n4v = {
    "deposit": bigint;
    "block": number;
    "info": Anonymize<I4122t6tpcniur>;
};
export type I4122t6tpcniur = Array<Enum<{
    "None": undefined;
    "Raw0": undefined;
    "Raw1": number;
    "Raw2": SizedHex<2>;
    "Raw3": SizedHex<3>;
    "Raw4": SizedHex<4>;
    "Raw5": SizedHex<5>;
    "Raw6": SizedHex<6>;
    "Raw7": SizedHex<7>;
    "Raw8": SizedHex<8>;
    "Raw9": SizedHex<9>;
    "Raw10": SizedHex<10>;
    "Raw11": SizedHex<11>;
    "Raw12": SizedHex<12>;
    "Raw13": SizedHex<13>;
    "Raw14": SizedHex<14>;
    "Raw15": SizedHex<15>;
    "Raw16": SizedHex<16>;
    "Raw17": SizedHex<17>;
    "Raw18": SizedHex<18>;
    "Raw19": SizedHex<19>;
    "Raw20": SizedHex<20>;
    "Raw21": SizedHex<21>;
    "Raw22": SizedHex<22>;
    "Raw23": SizedHex<23>;
    "Raw24": SizedHex<24>;
    "Raw25": SizedHex<25>;
    "Raw26": SizedHex<26>;
    "Raw27": SizedHex<27>;
    "Raw28": SizedHex<28>;
    "Raw29": SizedHex<29>;
    "Raw30": SizedHex<30>;
    "Raw31": SizedHex<31>;
    "Raw32": SizedHex<32>;
    "Raw33": SizedHex<33>;
    "Raw34": SizedHex<34>;
    "Raw35": SizedHex<35>;
    "Raw36": SizedHex<36>;
    "Raw37": SizedHex<37>;
    "Raw38": SizedHex<38>;
    "Raw39": SizedHex<39>;
    "Raw40": SizedHex<40>;
    "Raw41": SizedHex<41>;
    "Raw42": SizedHex<42>;
    "Raw43": SizedHex<43>;
    "Raw44": SizedHex<44>;
    "Raw45": SizedHex<45>;
    "Raw46": SizedHex<46>;
    "Raw47": SizedHex<47>;
    "Raw48": SizedHex<48>;
    "Raw49": SizedHex<49>;
    "Raw50": SizedHex<50>;
    "Raw51": SizedHex<51>;
    "Raw52": SizedHex<52>;
    "Raw53": SizedHex<53>;
    "Raw54": SizedHex<54>;
    "Raw55": SizedHex<55>;
    "Raw56": SizedHex<56>;
    "Raw57": SizedHex<57>;
    "Raw58": SizedHex<58>;
    "Raw59": SizedHex<59>;
    "Raw60": SizedHex<60>;
    "Raw61": SizedHex<61>;
    "Raw62": SizedHex<62>;
    "Raw63": SizedHex<63>;
    "Raw64": SizedHex<64>;
    "Raw65": SizedHex<65>;
    "Raw66": SizedHex<66>;
    "Raw67": SizedHex<67>;
    "Raw68": SizedHex<68>;
    "Raw69": SizedHex<69>;
    "Raw70": SizedHex<70>;
    "Raw71": SizedHex<71>;
    "Raw72": SizedHex<72>;
    "Raw73": SizedHex<73>;
    "Raw74": SizedHex<74>;
    "Raw75": SizedHex<75>;
    "Raw76": SizedHex<76>;
    "Raw77": SizedHex<77>;
    "Raw78": SizedHex<78>;
    "Raw79": SizedHex<79>;
    "Raw80": SizedHex<80>;
    "Raw81": SizedHex<81>;
    "Raw82": SizedHex<82>;
    "Raw83": SizedHex<83>;
    "Raw84": SizedHex<84>;
    "Raw85": SizedHex<85>;
    "Raw86": SizedHex<86>;
    "Raw87": SizedHex<87>;
    "Raw88": SizedHex<88>;
    "Raw89": SizedHex<89>;
    "Raw90": SizedHex<90>;
    "Raw91": SizedHex<91>;
    "Raw92": SizedHex<92>;
    "Raw93": SizedHex<93>;
    "Raw94": SizedHex<94>;
    "Raw95": SizedHex<95>;
    "Raw96": SizedHex<96>;
    "Raw97": SizedHex<97>;
    "Raw98": SizedHex<98>;
    "Raw99": SizedHex<99>;
    "Raw100": SizedHex<100>;
    "Raw101": SizedHex<101>;
    "Raw102": SizedHex<102>;
    "Raw103": SizedHex<103>;
    "Raw104": SizedHex<104>;
    "Raw105": SizedHex<105>;
    "Raw106": SizedHex<106>;
    "Raw107": SizedHex<107>;
    "Raw108": SizedHex<108>;
    "Raw109": SizedHex<109>;
    "Raw110": SizedHex<110>;
    "Raw111": SizedHex<111>;
    "Raw112": SizedHex<112>;
    "Raw113": SizedHex<113>;
    "Raw114": SizedHex<114>;
    "Raw115": SizedHex<115>;
    "Raw116": SizedHex<116>;
    "Raw117": SizedHex<117>;
    "Raw118": SizedHex<118>;
    "Raw119": SizedHex<119>;
    "Raw120": SizedHex<120>;
    "Raw121": SizedHex<121>;
    "Raw122": SizedHex<122>;
    "Raw123": SizedHex<123>;
    "Raw124": SizedHex<124>;
    "Raw125": SizedHex<125>;
    "Raw126": SizedHex<126>;
    "Raw127": SizedHex<127>;
    "Raw128": SizedHex<128>;
    "BlakeTwo256": SizedHex<32>;
    "Sha256": SizedHex<32>;
    "Keccak256": SizedHex<32>;
    "ShaThree256": SizedHex<32>;
    "TimelockEncrypted": {
        "encrypted": Uint8Array;
        "reveal_round": bigint;
    };
    "ResetBondsFlag": undefined;
    "BigRaw": Uint8Array;
}>>;
export type Ib9pv5dg6upo6t = Array<[Uint8Array, bigint]>;
export type I27ub49plcvb4c = {
    "last_epoch": bigint;
    "used_space": bigint;
};
export type In7a38730s6qs = {
    "base_block": Anonymize<I4q39t5hn830vp>;
    "max_block": Anonymize<I4q39t5hn830vp>;
    "per_class": {
        "normal": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
        "operational": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
        "mandatory": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
    };
};
export type If15el53dd76v9 = {
    "normal": number;
    "operational": number;
    "mandatory": number;
};
export type I9s0ave7t0vnrk = {
    "read": bigint;
    "write": bigint;
};
export type I4fo08joqmcqnm = {
    "spec_name": string;
    "impl_name": string;
    "authoring_version": number;
    "spec_version": number;
    "impl_version": number;
    "apis": Array<[SizedHex<8>, number]>;
    "transaction_version": number;
    "system_version": number;
};
export type I9il5aqgven9a9 = AnonymousEnum<{
    /**
     * Make some on-chain remark.
     */
    "remark": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Make some on-chain remark and emit an event.
     */
    "remark_with_event": Anonymize<I8ofcg5rbj0g2c>;
}>;
export type I8ofcg5rbj0g2c = {
    "remark": Uint8Array;
};
export type I7d75gqfg6jh9c = AnonymousEnum<{
    /**
     * Set the current time. An inherent: the block author adds it first in every block.
     */
    "set": Anonymize<Idcr6u6361oad9>;
}>;
export type Idcr6u6361oad9 = {
    "now": bigint;
};
export type I78a17bnpd8g1n = AnonymousEnum<{
    /**
     * Transfer some liquid free balance to another account; the sender may be reaped.
     */
    "transfer_allow_death": Anonymize<I65i612een2ak>;
    /**
     * Root: transfer from any account.
     */
    "force_transfer": Anonymize<I5vvf47ira6s09>;
    /**
     * Transfer, refusing to take the sender below the existential deposit.
     */
    "transfer_keep_alive": Anonymize<I65i612een2ak>;
    /**
     * Transfer the entire transferable balance.
     */
    "transfer_all": Anonymize<I5ns79ftlq8cnl>;
    /**
     * Root: set the free balance of an account (issuance is adjusted).
     */
    "force_set_balance": Anonymize<Ieka2e164ntfss>;
}>;
export type I65i612een2ak = {
    "dest": Anonymize<I4su1fqci7afjt>;
    "value": bigint;
};
export type I4su1fqci7afjt = AnonymousEnum<{
    "Id": SS58String;
    "Index": number;
    "Raw": Uint8Array;
    "Address32": SizedHex<32>;
    "Address20": SizedHex<20>;
}>;
export type I5vvf47ira6s09 = {
    "source": Anonymize<I4su1fqci7afjt>;
    "dest": Anonymize<I4su1fqci7afjt>;
    "value": bigint;
};
export type I5ns79ftlq8cnl = {
    "dest": Anonymize<I4su1fqci7afjt>;
    "keep_alive": boolean;
};
export type Ieka2e164ntfss = {
    "who": Anonymize<I4su1fqci7afjt>;
    "new_free": bigint;
};
export type I3dnhv6shn1tpu = AnonymousEnum<{
    /**
     * Set the caller hotkey's weights on a subnet (main mechanism); rejected while commit-reveal is on.
     */
    "set_weights": Anonymize<Icv6ofu4lqekr4>;
    /**
     * Buy alpha with TAO and stake it to a hotkey (spec §6.2).
     */
    "add_stake": Anonymize<Icud5m8j0nlgtj>;
    /**
     * Sell staked alpha for TAO (spec §6.3).
     */
    "remove_stake": Anonymize<I850u7ir5o34um>;
    /**
     * Hotkey: publish the axon endpoint on a subnet.
     */
    "serve_axon": Anonymize<Ica88a899k1afk>;
    /**
     * Hotkey: publish the prometheus endpoint on a subnet.
     */
    "serve_prometheus": Anonymize<Ia5r6mm7trbg6a>;
    /**
     * Legacy PoW registration: the work arguments are ignored and the burn is paid.
     */
    "register": Anonymize<I27gr0ss2ikvqh>;
    /**
     * Register a neuron by paying the current registration burn.
     */
    "burned_register": Anonymize<I7f38r2vt6r9k1>;
    /**
     * Hotkey: publish the axon endpoint with a TLS certificate.
     */
    "serve_axon_tls": Anonymize<I4tfn6eb3ekqt2>;
    /**
     * Register a new subnet, locking the current lock cost; `hotkey` becomes the owner hotkey.
     */
    "register_network": Anonymize<Ie7hipi75c7vn0>;
    /**
     * Root: dissolve a subnet, paying its stakers out of the pool.
     */
    "dissolve_network": Anonymize<I30l38oi9ed9dj>;
    /**
     * Join the root validator set.
     */
    "root_register": Anonymize<Ie7hipi75c7vn0>;
    /**
     * Lower the delegate take of an owned hotkey (spec §6.6).
     */
    "decrease_take": Anonymize<Idardmhchnv8aa>;
    /**
     * Raise the delegate take of an owned hotkey (rate limited).
     */
    "increase_take": Anonymize<Idardmhchnv8aa>;
    /**
     * Schedule (or apply before start_call) the child keys of an owned hotkey on a subnet (spec §6.7).
     */
    "set_children": Anonymize<Ifj9gf4ekq9snm>;
    /**
     * Set the caller's (coldkey) chain identity.
     */
    "set_identity": Anonymize<Ifjlj958aeheic>;
    /**
     * Root: set TxChildkeyTakeRateLimit.
     */
    "sudo_set_tx_childkey_take_rate_limit": Anonymize<I3gk6eeddm0hsd>;
    /**
     * Move a hotkey (and its stake) to a new hotkey, on every subnet or on one.
     */
    "swap_hotkey": Anonymize<I6b53cjq4m9nsr>;
    /**
     * Root: swap a coldkey immediately, recycling `swap_cost` from the old coldkey.
     */
    "swap_coldkey": Anonymize<I216fvnrl9nq6l>;
    /**
     * Move a hotkey to a new hotkey, optionally leaving the stake on the old one.
     */
    "swap_hotkey_v2": Anonymize<In4pk6v91ogph>;
    /**
     * Removed: always fails with Deprecated.
     */
    "schedule_swap_coldkey": Anonymize<If2k69ql8jgivj>;
    /**
     * Set the childkey take of an owned hotkey on a subnet.
     */
    "set_childkey_take": Anonymize<I9n4d52k0luroe>;
    /**
     * Root: set MinChildkeyTake.
     */
    "sudo_set_min_childkey_take": Anonymize<I6ue7qc27uhiev>;
    /**
     * Root: set MaxChildkeyTake.
     */
    "sudo_set_max_childkey_take": Anonymize<I6ue7qc27uhiev>;
    /**
     * Subnet owner: set the subnet's identity.
     */
    "set_subnet_identity": Anonymize<I4378ieh1uba9u>;
    /**
     * Register a new subnet with an optional subnet identity.
     */
    "register_network_with_identity": Anonymize<I8e6f7r9dtk9c1>;
    /**
     * Set weights on several subnets, continuing past failures.
     */
    "batch_set_weights": Anonymize<I8l6dbd18t5aja>;
    /**
     * Unstake every valid position of the hotkey on subtoken-enabled subnets.
     */
    "unstake_all": Anonymize<Ie7hipi75c7vn0>;
    /**
     * Unstake every non-root position of the hotkey and restake the TAO on root.
     */
    "unstake_all_alpha": Anonymize<Ie7hipi75c7vn0>;
    /**
     * Move stake to another hotkey and/or subnet, same coldkey (spec §6.4).
     */
    "move_stake": Anonymize<I9d117ni3tprb>;
    /**
     * Give stake (same hotkey) to another coldkey, optionally changing subnet.
     */
    "transfer_stake": Anonymize<I340k0hbj1hc6r>;
    /**
     * Move stake of one hotkey from one subnet to another.
     */
    "swap_stake": Anonymize<Ibapoov2fa817a>;
    /**
     * add_stake that never buys above limit_price (rao per alpha); optionally partial (spec §5.8).
     */
    "add_stake_limit": Anonymize<I2eon60c4gde7f>;
    /**
     * remove_stake that never sells below limit_price; optionally partial.
     */
    "remove_stake_limit": Anonymize<I7egr0053sjpci>;
    /**
     * swap_stake with a price-ratio limit (p_origin / p_destination × 1e9).
     */
    "swap_stake_limit": Anonymize<I6r22p9usi2mkl>;
    /**
     * Claim an unowned hotkey for the caller.
     */
    "try_associate_hotkey": Anonymize<Ie7hipi75c7vn0>;
    /**
     * Subnet owner: start emission and enable the subtoken.
     */
    "start_call": Anonymize<I6cm4c5a1euio9>;
    /**
     * Commit a hash of weights (commit-reveal v2, main mechanism).
     */
    "commit_weights": Anonymize<I513du23unvan>;
    /**
     * Reveal committed weights in their reveal epoch (commit-reveal v2, main mechanism).
     */
    "reveal_weights": Anonymize<I3qrhi1ua10nnf>;
    /**
     * Reveal several commits of the main mechanism, all or nothing.
     */
    "batch_reveal_weights": Anonymize<Idia8cmqvul6et>;
    /**
     * Commit weight hashes on several subnets, continuing past failures.
     */
    "batch_commit_weights": Anonymize<If3mvus4cmnb7l>;
    /**
     * Destroy staked alpha and lower the subnet alpha issuance.
     */
    "recycle_alpha": Anonymize<Ibg3cp8vjl5u55>;
    /**
     * Destroy staked alpha; the subnet alpha issuance is unchanged.
     */
    "burn_alpha": Anonymize<Ibg3cp8vjl5u55>;
    /**
     * Unstake the whole position, with an optional limit price.
     */
    "remove_stake_full_limit": Anonymize<Iaoomvri5btde>;
    /**
     * Root: set PendingChildKeyCooldown (blocks).
     */
    "set_pending_childkey_cooldown": Anonymize<Ibtu1gfmdnou5k>;
    /**
     * Subnet owner or root: change the subnet's token symbol.
     */
    "update_symbol": Anonymize<I62rrikn5vj0p5>;
    /**
     * Commit drand-timelocked weights (commit-reveal v4, main mechanism). Not decrypted on this chain (no drand).
     */
    "commit_timelocked_weights": Anonymize<Ietm4rjshhu7sf>;
    /**
     * Choose the registered hotkey that receives the coldkey's auto-staked incentive on a subnet.
     */
    "set_coldkey_auto_stake_hotkey": Anonymize<I7f38r2vt6r9k1>;
    /**
     * Commit a hash of weights for one mechanism (commit-reveal v2).
     */
    "commit_mechanism_weights": Anonymize<I36o6oho99gjm8>;
    /**
     * Reveal committed weights of one mechanism.
     */
    "reveal_mechanism_weights": Anonymize<I2hpc4ev2drsf2>;
    /**
     * Legacy timelocked commit for one mechanism (commit-reveal version 4).
     */
    "commit_crv3_mechanism_weights": Anonymize<I73q6qh9ckhm04>;
    /**
     * Commit drand-timelocked weights for one mechanism. Not decrypted on this chain (no drand).
     */
    "commit_timelocked_mechanism_weights": Anonymize<I1v9m3ms1elitm>;
    /**
     * Set weights on one mechanism of a subnet; rejected while commit-reveal is on.
     */
    "set_mechanism_weights": Anonymize<I48embv0n659kj>;
    /**
     * Root: dissolve a subnet, paying its stakers out of the pool.
     */
    "root_dissolve_network": Anonymize<I6cm4c5a1euio9>;
    /**
     * Claim root dividends on 1..=5 subnets for every staking hotkey of the caller (spec §4.14).
     */
    "claim_root": Anonymize<I2t4b7068rtebl>;
    /**
     * Swap (default), Keep, or KeepSubnets{subnets} for future root claims.
     */
    "set_root_claim_type": Anonymize<I7a99hd3nbic2l>;
    /**
     * Root: set NumRootClaim (<= 50; 0 disables auto-claim).
     */
    "sudo_set_num_root_claims": Anonymize<Ie8hpsm3jhsvo3>;
    /**
     * Subnet owner or root: set RootClaimableThreshold (<= 10_000_000).
     */
    "sudo_set_root_claim_threshold": Anonymize<Ifcj247vgfdg56>;
    /**
     * Announce a coldkey swap to the account with this hash (first announcement costs 0.1 TAO).
     */
    "announce_coldkey_swap": Anonymize<Ic21uicfit5vcu>;
    /**
     * Execute the announced coldkey swap after the announcement delay.
     */
    "swap_coldkey_announced": Anonymize<If2k69ql8jgivj>;
    /**
     * Freeze the caller's announced coldkey swap until root resets it.
     */
    "dispute_coldkey_swap": undefined;
    /**
     * Root: clear a coldkey's swap announcement and dispute.
     */
    "reset_coldkey_swap": Anonymize<I375tmdui1ejfc>;
    /**
     * Subnet owner or root: enable voting-power tracking (cancels a scheduled disable).
     */
    "enable_voting_power_tracking": Anonymize<I6cm4c5a1euio9>;
    /**
     * Subnet owner or root: schedule voting-power tracking to stop after 14 days.
     */
    "disable_voting_power_tracking": Anonymize<I6cm4c5a1euio9>;
    /**
     * Root: set VotingPowerEmaAlpha (<= 1e18).
     */
    "sudo_set_voting_power_ema_alpha": Anonymize<I4guv8rii4s6je>;
    /**
     * Buy alpha with TAO and burn it at once (subnet buy-back).
     */
    "add_stake_burn": Anonymize<I2t2h3sjr2mdj0>;
    /**
     * Withdraw the caller's swap announcement after the reannouncement delay.
     */
    "clear_coldkey_swap_announcement": undefined;
    /**
     * Register a neuron unless the burn exceeds `limit_price` (rao).
     */
    "register_limit": Anonymize<I96vnf03ahk1m9>;
    /**
     * A root validator opts in or out of becoming the parent of new subnets owner hotkeys.
     */
    "set_auto_parent_delegation_enabled": Anonymize<Iavmlc8d5lfdju>;
    /**
     * Subnet owner: set Tempo (360..=50_400, once per 360 blocks, outside the freeze window); restarts the epoch cycle.
     */
    "set_tempo": Anonymize<I9u9gu9aa92l5m>;
    /**
     * Subnet owner (freeze window + rate limit) or root: set ActivityCutoffFactorMilli (1_000..=50_000).
     */
    "set_activity_cutoff_factor": Anonymize<I7l1na8un33hfo>;
    /**
     * Subnet owner: schedule an epoch AdminFreezeWindow blocks from now (commit-reveal off, none pending, auto epoch not imminent).
     */
    "trigger_epoch": Anonymize<I6cm4c5a1euio9>;
}>;
export type Icv6ofu4lqekr4 = {
    "netuid": number;
    "dests": Anonymize<Icgljjb6j82uhn>;
    "weights": Anonymize<Icgljjb6j82uhn>;
    "version_key": bigint;
};
export type Icud5m8j0nlgtj = {
    "hotkey": SS58String;
    "netuid": number;
    "amount_staked": bigint;
};
export type I850u7ir5o34um = {
    "hotkey": SS58String;
    "netuid": number;
    "amount_unstaked": bigint;
};
export type Ica88a899k1afk = {
    "netuid": number;
    "version": number;
    "ip": bigint;
    "port": number;
    "ip_type": number;
    "protocol": number;
    "placeholder1": number;
    "placeholder2": number;
};
export type Ia5r6mm7trbg6a = {
    "netuid": number;
    "version": number;
    "ip": bigint;
    "port": number;
    "ip_type": number;
};
export type I27gr0ss2ikvqh = {
    "netuid": number;
    "block_number": bigint;
    "nonce": bigint;
    "work": Uint8Array;
    "hotkey": SS58String;
    "coldkey": SS58String;
};
export type I7f38r2vt6r9k1 = {
    "netuid": number;
    "hotkey": SS58String;
};
export type I4tfn6eb3ekqt2 = {
    "netuid": number;
    "version": number;
    "ip": bigint;
    "port": number;
    "ip_type": number;
    "protocol": number;
    "placeholder1": number;
    "placeholder2": number;
    "certificate": Uint8Array;
};
export type Ie7hipi75c7vn0 = {
    "hotkey": SS58String;
};
export type I30l38oi9ed9dj = {
    "coldkey": SS58String;
    "netuid": number;
};
export type Idardmhchnv8aa = {
    "hotkey": SS58String;
    "take": number;
};
export type Ifj9gf4ekq9snm = {
    "hotkey": SS58String;
    "netuid": number;
    "children": Anonymize<I5n8gpu725k1nu>;
};
export type I3gk6eeddm0hsd = {
    "tx_rate_limit": bigint;
};
export type I6b53cjq4m9nsr = {
    "hotkey": SS58String;
    "new_hotkey": SS58String;
    "netuid"?: Anonymize<I4arjljr6dpflb>;
};
export type I216fvnrl9nq6l = {
    "old_coldkey": SS58String;
    "new_coldkey": SS58String;
    "swap_cost": bigint;
};
export type In4pk6v91ogph = {
    "hotkey": SS58String;
    "new_hotkey": SS58String;
    "netuid"?: Anonymize<I4arjljr6dpflb>;
    "keep_stake": boolean;
};
export type If2k69ql8jgivj = {
    "new_coldkey": SS58String;
};
export type I9n4d52k0luroe = {
    "hotkey": SS58String;
    "netuid": number;
    "take": number;
};
export type I6ue7qc27uhiev = {
    "take": number;
};
export type I4378ieh1uba9u = {
    "netuid": number;
    "subnet_name": Uint8Array;
    "github_repo": Uint8Array;
    "subnet_contact": Uint8Array;
    "subnet_url": Uint8Array;
    "discord": Uint8Array;
    "description": Uint8Array;
    "logo_url": Uint8Array;
    "additional": Uint8Array;
};
export type I8e6f7r9dtk9c1 = {
    "hotkey": SS58String;
    "identity"?: (Anonymize<I4tc54pa558g5n>) | undefined;
};
export type I8l6dbd18t5aja = {
    "netuids": Anonymize<Icgljjb6j82uhn>;
    "weights": Array<Anonymize<I95g6i7ilua7lq>>;
    "version_keys": Anonymize<Iafqnechp3omqg>;
};
export type I9d117ni3tprb = {
    "origin_hotkey": SS58String;
    "destination_hotkey": SS58String;
    "origin_netuid": number;
    "destination_netuid": number;
    "alpha_amount": bigint;
};
export type I340k0hbj1hc6r = {
    "destination_coldkey": SS58String;
    "hotkey": SS58String;
    "origin_netuid": number;
    "destination_netuid": number;
    "alpha_amount": bigint;
};
export type Ibapoov2fa817a = {
    "hotkey": SS58String;
    "origin_netuid": number;
    "destination_netuid": number;
    "alpha_amount": bigint;
};
export type I2eon60c4gde7f = {
    "hotkey": SS58String;
    "netuid": number;
    "amount_staked": bigint;
    "limit_price": bigint;
    "allow_partial": boolean;
};
export type I7egr0053sjpci = {
    "hotkey": SS58String;
    "netuid": number;
    "amount_unstaked": bigint;
    "limit_price": bigint;
    "allow_partial": boolean;
};
export type I6r22p9usi2mkl = {
    "hotkey": SS58String;
    "origin_netuid": number;
    "destination_netuid": number;
    "alpha_amount": bigint;
    "limit_price": bigint;
    "allow_partial": boolean;
};
export type I513du23unvan = {
    "netuid": number;
    "commit_hash": SizedHex<32>;
};
export type I3qrhi1ua10nnf = {
    "netuid": number;
    "uids": Anonymize<Icgljjb6j82uhn>;
    "values": Anonymize<Icgljjb6j82uhn>;
    "salt": Anonymize<Icgljjb6j82uhn>;
    "version_key": bigint;
};
export type Idia8cmqvul6et = {
    "netuid": number;
    "uids_list": Array<Anonymize<Icgljjb6j82uhn>>;
    "values_list": Array<Anonymize<Icgljjb6j82uhn>>;
    "salts_list": Array<Anonymize<Icgljjb6j82uhn>>;
    "version_keys": Anonymize<Iafqnechp3omqg>;
};
export type If3mvus4cmnb7l = {
    "netuids": Anonymize<Icgljjb6j82uhn>;
    "commit_hashes": Anonymize<Ic5m5lp1oioo8r>;
};
export type Ibg3cp8vjl5u55 = {
    "hotkey": SS58String;
    "amount": bigint;
    "netuid": number;
};
export type Iaoomvri5btde = {
    "hotkey": SS58String;
    "netuid": number;
    "limit_price"?: Anonymize<I35p85j063s0il>;
};
export type I35p85j063s0il = (bigint) | undefined;
export type Ibtu1gfmdnou5k = {
    "cooldown": bigint;
};
export type Ietm4rjshhu7sf = {
    "netuid": number;
    "commit": Uint8Array;
    "reveal_round": bigint;
    "commit_reveal_version": number;
};
export type I36o6oho99gjm8 = {
    "netuid": number;
    "mecid": number;
    "commit_hash": SizedHex<32>;
};
export type I2hpc4ev2drsf2 = {
    "netuid": number;
    "mecid": number;
    "uids": Anonymize<Icgljjb6j82uhn>;
    "values": Anonymize<Icgljjb6j82uhn>;
    "salt": Anonymize<Icgljjb6j82uhn>;
    "version_key": bigint;
};
export type I73q6qh9ckhm04 = {
    "netuid": number;
    "mecid": number;
    "commit": Uint8Array;
    "reveal_round": bigint;
};
export type I1v9m3ms1elitm = {
    "netuid": number;
    "mecid": number;
    "commit": Uint8Array;
    "reveal_round": bigint;
    "commit_reveal_version": number;
};
export type I48embv0n659kj = {
    "netuid": number;
    "mecid": number;
    "dests": Anonymize<Icgljjb6j82uhn>;
    "weights": Anonymize<Icgljjb6j82uhn>;
    "version_key": bigint;
};
export type I7a99hd3nbic2l = {
    "new_root_claim_type": Anonymize<Iapm6e7vtp0l6r>;
};
export type Ie8hpsm3jhsvo3 = {
    "new_value": bigint;
};
export type Ifcj247vgfdg56 = {
    "netuid": number;
    "new_value": bigint;
};
export type Ic21uicfit5vcu = {
    "new_coldkey_hash": SizedHex<32>;
};
export type I2t2h3sjr2mdj0 = {
    "hotkey": SS58String;
    "netuid": number;
    "amount": bigint;
    "limit"?: Anonymize<I35p85j063s0il>;
};
export type I96vnf03ahk1m9 = {
    "netuid": number;
    "hotkey": SS58String;
    "limit_price": bigint;
};
export type I9u9gu9aa92l5m = {
    "netuid": number;
    "tempo": number;
};
export type I28cv4khll60g2 = AnonymousEnum<{
    /**
     * Dispatch calls in order; stop at the first failure, keeping the earlier ones.
     */
    "batch": Anonymize<Ic1tqk53nji4ho>;
    /**
     * Dispatch calls in order, all or nothing.
     */
    "batch_all": Anonymize<Ic1tqk53nji4ho>;
    /**
     * Dispatch every call, continuing past failures.
     */
    "force_batch": Anonymize<Ic1tqk53nji4ho>;
}>;
export type Ic1tqk53nji4ho = {
    "calls": Array<Anonymize<Ic0pc5doi3qfnv>>;
};
export type Ic0pc5doi3qfnv = AnonymousEnum<{
    "System": Anonymize<I9il5aqgven9a9>;
    "Timestamp": Anonymize<I7d75gqfg6jh9c>;
    "Balances": Anonymize<I78a17bnpd8g1n>;
    "SubtensorModule": Anonymize<I3dnhv6shn1tpu>;
    "Utility": Anonymize<I28cv4khll60g2>;
    "Sudo": Anonymize<I1nv2e3jjm6c3u>;
    "Commitments": Anonymize<I5bqhvupj937er>;
    "AdminUtils": Anonymize<Ie3td8lj5r1g5>;
    "Swap": Anonymize<Id0qcnu1chac12>;
    "Consensus": Anonymize<I77c5via6pt845>;
}>;
export type I1nv2e3jjm6c3u = AnonymousEnum<{
    /**
     * Dispatch a call with Root origin.
     */
    "sudo": Anonymize<I1bus9sq3fslep>;
    /**
     * Dispatch a call with Root origin, ignoring its weight.
     */
    "sudo_unchecked_weight": Anonymize<I317tmh1oe8jfm>;
    /**
     * Set the sudo key.
     */
    "set_key": Anonymize<I79cmnv5q6b3p>;
    /**
     * Dispatch a call with a signed origin of another account.
     */
    "sudo_as": Anonymize<Icu6tkjemq4ph7>;
    /**
     * Permanently remove the sudo key.
     */
    "remove_key": undefined;
}>;
export type I1bus9sq3fslep = {
    "call": Anonymize<Ic0pc5doi3qfnv>;
};
export type I317tmh1oe8jfm = {
    "call": Anonymize<Ic0pc5doi3qfnv>;
    "weight": Anonymize<I4q39t5hn830vp>;
};
export type I79cmnv5q6b3p = {
    "new": Anonymize<I4su1fqci7afjt>;
};
export type Icu6tkjemq4ph7 = {
    "who": Anonymize<I4su1fqci7afjt>;
    "call": Anonymize<Ic0pc5doi3qfnv>;
};
export type I5bqhvupj937er = AnonymousEnum<{
    /**
     * Set the commitment of the calling hotkey on a subnet (<= 3 fields, per-epoch space limit).
     */
    "set_commitment": Anonymize<I57v1t6776pl3a>;
    /**
     * Root: set MaxSpace.
     */
    "set_max_space": Anonymize<I1il5mj68vvsms>;
}>;
export type I57v1t6776pl3a = {
    "netuid": number;
    "info": Anonymize<I4122t6tpcniur>;
};
export type I1il5mj68vvsms = {
    "new_limit": number;
};
export type Ie3td8lj5r1g5 = AnonymousEnum<{
    /**
     * Root: change the Aura authorities (consensus; not modelled beyond the origin check; at most MAX_AUTHORITIES decode).
     */
    "swap_authorities": Anonymize<I42mob3hqe6j7h>;
    /**
     * Root: set MaxDelegateTake.
     */
    "sudo_set_default_take": Anonymize<Icdbq0j31b3g9c>;
    /**
     * Root: set TxRateLimit.
     */
    "sudo_set_tx_rate_limit": Anonymize<I3gk6eeddm0hsd>;
    /**
     * Owner or root, FW: set ServingRateLimit (no subnet existence check, as in subtensor).
     */
    "sudo_set_serving_rate_limit": Anonymize<I2t2rlclb0ce3e>;
    /**
     * Root, FW: set MinDifficulty.
     */
    "sudo_set_min_difficulty": Anonymize<Iar87gdqmug5o7>;
    /**
     * Owner or root, FW: set MaxDifficulty.
     */
    "sudo_set_max_difficulty": Anonymize<I3oullii9p80a1>;
    /**
     * Owner or root, FW: set WeightsVersionKey (owner limit: WeightsVersionKeyRateLimit tempos).
     */
    "sudo_set_weights_version_key": Anonymize<I8t8ta6lfbia9e>;
    /**
     * Root: set WeightsSetRateLimit.
     */
    "sudo_set_weights_set_rate_limit": Anonymize<I3akfmjle982qg>;
    /**
     * Root: set AdjustmentInterval.
     */
    "sudo_set_adjustment_interval": Anonymize<Ibaje86kdit7s6>;
    /**
     * Owner or root, FW: set AdjustmentAlpha.
     */
    "sudo_set_adjustment_alpha": Anonymize<I90lra4vl5j4db>;
    /**
     * Owner or root, FW: set ImmunityPeriod.
     */
    "sudo_set_immunity_period": Anonymize<I1q480m57ftcms>;
    /**
     * Owner or root, FW: set MinAllowedWeights.
     */
    "sudo_set_min_allowed_weights": Anonymize<Ie2bjglo51atf6>;
    /**
     * Owner or root, FW: set MaxAllowedUids (>= MinAllowedUids, >= current N, <= 256, × mechanisms <= 256).
     */
    "sudo_set_max_allowed_uids": Anonymize<Ievma38tc25kil>;
    /**
     * Root: set Kappa.
     */
    "sudo_set_kappa": Anonymize<I2er75v4akf5cc>;
    /**
     * Owner or root, FW: set Rho (no event, as in subtensor).
     */
    "sudo_set_rho": Anonymize<I5pldh0j0v0u4l>;
    /**
     * Owner or root, FW: set ActivityCutoff (>= MinActivityCutoff).
     */
    "sudo_set_activity_cutoff": Anonymize<Ifhou5p0slv68r>;
    /**
     * Root: set NetworkRegistrationAllowed (no subnet existence check).
     */
    "sudo_set_network_registration_allowed": Anonymize<I9m89dnau2i4tt>;
    /**
     * Always fails: PoW registration is disabled.
     */
    "sudo_set_network_pow_registration_allowed": Anonymize<I92hmh3md4dcm6>;
    /**
     * Root, FW: set TargetRegistrationsPerInterval.
     */
    "sudo_set_target_registrations_per_interval": Anonymize<Ifunpjbsc4jrrr>;
    /**
     * Owner or root, FW: set MinBurn (< 1 TAO and < MaxBurn).
     */
    "sudo_set_min_burn": Anonymize<I85uujfpnu8gum>;
    /**
     * Owner or root, FW: set MaxBurn (> 0.1 TAO and > MinBurn).
     */
    "sudo_set_max_burn": Anonymize<I7bl5t0it6ck2m>;
    /**
     * Root, FW: set Difficulty.
     */
    "sudo_set_difficulty": Anonymize<I4iope0tjiqgu4>;
    /**
     * Root, FW: set MaxAllowedValidators (<= MaxAllowedUids).
     */
    "sudo_set_max_allowed_validators": Anonymize<Iptqa236frcvo>;
    /**
     * Owner or root, FW: set BondsMovingAverage (owner: <= 975_000).
     */
    "sudo_set_bonds_moving_average": Anonymize<I8hbi1vrve1i2>;
    /**
     * Root, FW: set MaxRegistrationsPerBlock.
     */
    "sudo_set_max_registrations_per_block": Anonymize<Idv4d3rktbigfh>;
    /**
     * Root: set SubnetOwnerCut.
     */
    "sudo_set_subnet_owner_cut": Anonymize<I56j1e9gqlq602>;
    /**
     * Root: set NetworkRateLimit.
     */
    "sudo_set_network_rate_limit": Anonymize<Ib6k4vik9ruq8h>;
    /**
     * Root, FW: set Tempo (no bounds) and restart the epoch cycle at this block.
     */
    "sudo_set_tempo": Anonymize<I9u9gu9aa92l5m>;
    /**
     * Deprecated: always fails.
     */
    "sudo_set_total_issuance": Anonymize<Ibcjonc5ji2gv7>;
    /**
     * Root: set NetworkImmunityPeriod.
     */
    "sudo_set_network_immunity_period": Anonymize<Ia0sp2p68e9k16>;
    /**
     * Root: set NetworkMinLockCost.
     */
    "sudo_set_network_min_lock_cost": Anonymize<Ie318529rgoagk>;
    /**
     * Root: set SubnetLimit.
     */
    "sudo_set_subnet_limit": Anonymize<Iam4iou8r3isc1>;
    /**
     * Root: set NetworkLockReductionInterval.
     */
    "sudo_set_lock_reduction_interval": Anonymize<I21ajnsdtbutjh>;
    /**
     * Root: set RAORecycledForRegistration.
     */
    "sudo_set_rao_recycled": Anonymize<I203rofi4rpmo4>;
    /**
     * Root: set StakeThreshold.
     */
    "sudo_set_stake_threshold": Anonymize<I1e290fmo892vi>;
    /**
     * Root: set NominatorMinRequiredStake; raising it above the previous minimum clears small nominations.
     */
    "sudo_set_nominator_min_required_stake": Anonymize<I1e290fmo892vi>;
    /**
     * Root: set TxDelegateTakeRateLimit.
     */
    "sudo_set_tx_delegate_take_rate_limit": Anonymize<I3gk6eeddm0hsd>;
    /**
     * Root: set MinDelegateTake.
     */
    "sudo_set_min_delegate_take": Anonymize<I6ue7qc27uhiev>;
    /**
     * Owner or root, FW: set CommitRevealWeightsEnabled.
     */
    "sudo_set_commit_reveal_weights_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Owner or root, FW: set LiquidAlphaOn (no existence check, no event).
     */
    "sudo_set_liquid_alpha_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Owner or root, FW: set AlphaValues (liquid alpha on; 1638 <= low <= high).
     */
    "sudo_set_alpha_values": Anonymize<I71lu4gpn88cf0>;
    /**
     * Root: set DissolveNetworkScheduleDuration.
     */
    "sudo_set_dissolve_network_schedule_duration": Anonymize<I98iornf3ajrp9>;
    /**
     * Owner or root, FW: set RevealPeriodEpochs (1..=100).
     */
    "sudo_set_commit_reveal_weights_interval": Anonymize<I9893mbk9nh201>;
    /**
     * Root: set the EVM chain id (pallet_evm_chain_id is not part of this runtime; origin check only).
     */
    "sudo_set_evm_chain_id": Anonymize<I623eo8t3jrbeo>;
    /**
     * Root: schedule a GRANDPA authority change (consensus; not modelled beyond the origin check).
     */
    "schedule_grandpa_change": Anonymize<Ieo8qamskgm4dk>;
    /**
     * Owner or root, FW: set BondsPenalty.
     */
    "sudo_set_bonds_penalty": Anonymize<I1v9a50gjqk26k>;
    /**
     * Owner or root, FW: set TransferToggle.
     */
    "sudo_set_toggle_transfer": Anonymize<Ift1efpssa32g2>;
    /**
     * Root: enable or disable an EVM precompile (event only on change).
     */
    "sudo_toggle_evm_precompile": Anonymize<I1sj8huj7of8mb>;
    /**
     * Root: set SubnetMovingAlpha (I96F32 bits).
     */
    "sudo_set_subnet_moving_alpha": Anonymize<I6av3sq9jkhmm3>;
    /**
     * Owner or root: set SubnetOwnerHotkey (once per 50_400 blocks per subnet).
     */
    "sudo_set_subnet_owner_hotkey": Anonymize<I7f38r2vt6r9k1>;
    /**
     * Root: set EMAPriceHalvingBlocks (no existence check, no event).
     */
    "sudo_set_ema_price_halving_period": Anonymize<I70cd7doki8rme>;
    /**
     * Root, FW: set SubtokenEnabled.
     */
    "sudo_set_subtoken_enabled": Anonymize<Idco9ambhipg4i>;
    /**
     * Owner or root: set SubnetOwnerHotkey (once per 50_400 blocks per subnet).
     */
    "sudo_set_sn_owner_hotkey": Anonymize<I7f38r2vt6r9k1>;
    /**
     * Owner or root, FW: set AlphaSigmoidSteepness (owner: >= 0).
     */
    "sudo_set_alpha_sigmoid_steepness": Anonymize<Iam7j42j9f1go6>;
    /**
     * Owner or root, FW: set Yuma3On.
     */
    "sudo_set_yuma3_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Owner or root, FW: set BondsResetOn.
     */
    "sudo_set_bonds_reset_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Root: set CommitRevealWeightsVersion.
     */
    "sudo_set_commit_reveal_version": Anonymize<I6s1nbislhk619>;
    /**
     * Owner or root, FW: set ImmuneOwnerUidsLimit (1..=10).
     */
    "sudo_set_owner_immune_neuron_limit": Anonymize<I9jtu7slb30qvs>;
    /**
     * Root: set CKBurn.
     */
    "sudo_set_ck_burn": Anonymize<Idv3j6a15pjc16>;
    /**
     * Root: set AdminFreezeWindow (blocks).
     */
    "sudo_set_admin_freeze_window": Anonymize<I206qvjkjun95i>;
    /**
     * Root: set OwnerHyperparamRateLimit (tempos).
     */
    "sudo_set_owner_hparam_rate_limit": Anonymize<I4qhb3plq4ifmq>;
    /**
     * Owner or root, FW: set MechanismCountCurrent (1..=MaxMechanismCount; owner once per 7200 blocks).
     */
    "sudo_set_mechanism_count": Anonymize<Ic58lhlh1ocpm1>;
    /**
     * Owner or root, FW: set MechanismEmissionSplit (sums to 65535; owner once per 7200 blocks).
     */
    "sudo_set_mechanism_emission_split": Anonymize<I6uopd4b2os90n>;
    /**
     * Owner or root, FW: lower MaxAllowedUids and prune the lowest emitters (owner once per 30 days).
     */
    "sudo_trim_to_max_allowed_uids": Anonymize<I6idbvi8v00o5j>;
    /**
     * Root, FW: set MinAllowedUids (< MaxAllowedUids and < current N).
     */
    "sudo_set_min_allowed_uids": Anonymize<Ifbgbhkj74b35k>;
    /**
     * Owner or root, FW: set RecycleOrBurn (no event).
     */
    "sudo_set_recycle_or_burn": Anonymize<Ibk3v0rrpo1bio>;
    /**
     * Root: set TaoFlowCutoff (I64F64 bits).
     */
    "sudo_set_tao_flow_cutoff": Anonymize<Ibt4a800kb7frq>;
    /**
     * Root: set FlowNormExponent (U64F64 bits, 1..=2).
     */
    "sudo_set_tao_flow_normalization_exponent": Anonymize<Icb4un8h4cokoo>;
    /**
     * Root: set FlowEmaSmoothingFactor.
     */
    "sudo_set_tao_flow_smoothing_factor": Anonymize<I1up607q6ce947>;
    /**
     * Root: set MinNonImmuneUids (no existence check).
     */
    "sudo_set_min_non_immune_uids": Anonymize<Ib1d0bomkbrqv1>;
    /**
     * Root: set StartCallDelay.
     */
    "sudo_set_start_call_delay": Anonymize<Iaflrold1ds0nq>;
    /**
     * Root: set ColdkeySwapAnnouncementDelay.
     */
    "sudo_set_coldkey_swap_announcement_delay": Anonymize<I98iornf3ajrp9>;
    /**
     * Root: set ColdkeySwapReannouncementDelay.
     */
    "sudo_set_coldkey_swap_reannouncement_delay": Anonymize<I98iornf3ajrp9>;
    /**
     * Root: set MaxMechanismCount (1..=16).
     */
    "sudo_set_max_mechanism_count": Anonymize<I7hktg5sccf8op>;
    /**
     * Owner or root, FW: set BurnHalfLife (1..=36_100, not root).
     */
    "sudo_set_burn_half_life": Anonymize<I2v2nm1sr4ujod>;
    /**
     * Owner or root, FW: set BurnIncreaseMult (U64F64 bits, 1..=3, not root).
     */
    "sudo_set_burn_increase_mult": Anonymize<Idm5dkv0qkduu6>;
    /**
     * Root: set NetTaoFlowEnabled.
     */
    "sudo_set_net_tao_flow_enabled": Anonymize<I94dejtmu6d72i>;
    /**
     * Owner or root (no rate limit), FW: set OwnerCutEnabled (not root subnet).
     */
    "sudo_set_owner_cut_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Owner or root, FW: set MinChildkeyTakePerSubnet (within [MinChildkeyTake, MaxChildkeyTake]).
     */
    "sudo_set_min_childkey_take_per_subnet": Anonymize<Ia5a6tffkior2o>;
    /**
     * Root: set SubnetEmissionEnabled (not root subnet).
     */
    "sudo_set_subnet_emission_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Owner or root (no rate limit), FW: set OwnerCutAutoLockEnabled (not root subnet).
     */
    "sudo_set_owner_cut_auto_lock_enabled": Anonymize<Ie31ro5s5e089f>;
    /**
     * Root: set MaxEpochsPerBlock (>= 1).
     */
    "sudo_set_max_epochs_per_block": Anonymize<I28t6cr407dtvs>;
}>;
export type I42mob3hqe6j7h = {
    "new_authorities": Anonymize<Ic5m5lp1oioo8r>;
};
export type Icdbq0j31b3g9c = {
    "default_take": number;
};
export type I2t2rlclb0ce3e = {
    "netuid": number;
    "serving_rate_limit": bigint;
};
export type Iar87gdqmug5o7 = {
    "netuid": number;
    "min_difficulty": bigint;
};
export type I3oullii9p80a1 = {
    "netuid": number;
    "max_difficulty": bigint;
};
export type I8t8ta6lfbia9e = {
    "netuid": number;
    "weights_version_key": bigint;
};
export type I3akfmjle982qg = {
    "netuid": number;
    "weights_set_rate_limit": bigint;
};
export type Ibaje86kdit7s6 = {
    "netuid": number;
    "adjustment_interval": number;
};
export type I90lra4vl5j4db = {
    "netuid": number;
    "adjustment_alpha": bigint;
};
export type I1q480m57ftcms = {
    "netuid": number;
    "immunity_period": number;
};
export type Ie2bjglo51atf6 = {
    "netuid": number;
    "min_allowed_weights": number;
};
export type Ievma38tc25kil = {
    "netuid": number;
    "max_allowed_uids": number;
};
export type I2er75v4akf5cc = {
    "netuid": number;
    "kappa": number;
};
export type I5pldh0j0v0u4l = {
    "netuid": number;
    "rho": number;
};
export type Ifhou5p0slv68r = {
    "netuid": number;
    "activity_cutoff": number;
};
export type I9m89dnau2i4tt = {
    "netuid": number;
    "registration_allowed": boolean;
};
export type I92hmh3md4dcm6 = {
    "_netuid": number;
    "_registration_allowed": boolean;
};
export type Ifunpjbsc4jrrr = {
    "netuid": number;
    "target_registrations_per_interval": number;
};
export type I85uujfpnu8gum = {
    "netuid": number;
    "min_burn": bigint;
};
export type I7bl5t0it6ck2m = {
    "netuid": number;
    "max_burn": bigint;
};
export type I4iope0tjiqgu4 = {
    "netuid": number;
    "difficulty": bigint;
};
export type Iptqa236frcvo = {
    "netuid": number;
    "max_allowed_validators": number;
};
export type I8hbi1vrve1i2 = {
    "netuid": number;
    "bonds_moving_average": bigint;
};
export type Idv4d3rktbigfh = {
    "netuid": number;
    "max_registrations_per_block": number;
};
export type I56j1e9gqlq602 = {
    "subnet_owner_cut": number;
};
export type Ib6k4vik9ruq8h = {
    "rate_limit": bigint;
};
export type Ibcjonc5ji2gv7 = {
    "_total_issuance": bigint;
};
export type Ia0sp2p68e9k16 = {
    "immunity_period": bigint;
};
export type Ie318529rgoagk = {
    "lock_cost": bigint;
};
export type Iam4iou8r3isc1 = {
    "max_subnets": number;
};
export type I21ajnsdtbutjh = {
    "interval": bigint;
};
export type I203rofi4rpmo4 = {
    "netuid": number;
    "rao_recycled": bigint;
};
export type I1e290fmo892vi = {
    "min_stake": bigint;
};
export type I71lu4gpn88cf0 = {
    "netuid": number;
    "alpha_low": number;
    "alpha_high": number;
};
export type I98iornf3ajrp9 = {
    "duration": number;
};
export type I9893mbk9nh201 = {
    "netuid": number;
    "interval": bigint;
};
export type I623eo8t3jrbeo = {
    "chain_id": bigint;
};
export type Ieo8qamskgm4dk = {
    "next_authorities": Array<[SizedHex<32>, bigint]>;
    "in_blocks": number;
    "forced"?: Anonymize<I4arjljr6dpflb>;
};
export type I1v9a50gjqk26k = {
    "netuid": number;
    "bonds_penalty": number;
};
export type Ift1efpssa32g2 = {
    "netuid": number;
    "toggle": boolean;
};
export type I6av3sq9jkhmm3 = {
    "alpha": bigint;
};
export type I70cd7doki8rme = {
    "netuid": number;
    "ema_halving": bigint;
};
export type Idco9ambhipg4i = {
    "netuid": number;
    "subtoken_enabled": boolean;
};
export type Iam7j42j9f1go6 = {
    "netuid": number;
    "steepness": number;
};
export type I6s1nbislhk619 = {
    "version": number;
};
export type I9jtu7slb30qvs = {
    "netuid": number;
    "immune_neurons": number;
};
export type Idv3j6a15pjc16 = {
    "burn": bigint;
};
export type I206qvjkjun95i = {
    "window": number;
};
export type I4qhb3plq4ifmq = {
    "epochs": number;
};
export type Ic58lhlh1ocpm1 = {
    "netuid": number;
    "mechanism_count": number;
};
export type I6uopd4b2os90n = {
    "netuid": number;
    "maybe_split"?: (Anonymize<Icgljjb6j82uhn>) | undefined;
};
export type I6idbvi8v00o5j = {
    "netuid": number;
    "max_n": number;
};
export type Ifbgbhkj74b35k = {
    "netuid": number;
    "min_allowed_uids": number;
};
export type Ibk3v0rrpo1bio = {
    "netuid": number;
    "recycle_or_burn": Anonymize<Ib9tptuv3cggfs>;
};
export type Ibt4a800kb7frq = {
    "flow_cutoff": bigint;
};
export type Icb4un8h4cokoo = {
    "exponent": bigint;
};
export type I1up607q6ce947 = {
    "smoothing_factor": bigint;
};
export type Ib1d0bomkbrqv1 = {
    "netuid": number;
    "min": number;
};
export type Iaflrold1ds0nq = {
    "delay": bigint;
};
export type I7hktg5sccf8op = {
    "max_mechanism_count": number;
};
export type I94dejtmu6d72i = {
    "enabled": boolean;
};
export type Ia5a6tffkior2o = {
    "netuid": number;
    "take": number;
};
export type I28t6cr407dtvs = {
    "max_epochs_per_block": number;
};
export type Id0qcnu1chac12 = AnonymousEnum<{
    /**
     * Root: set the swap fee rate of a subnet.
     */
    "set_fee_rate": Anonymize<I3mkis681qg30e>;
    /**
     * Deprecated: user liquidity positions are permanently disabled.
     */
    "add_liquidity": Anonymize<I3mcu79ge1e54v>;
    /**
     * Deprecated: user liquidity positions are permanently disabled.
     */
    "remove_liquidity": Anonymize<Icf66vuktncksu>;
    /**
     * Deprecated: user liquidity positions are permanently disabled.
     */
    "modify_position": Anonymize<Id69glo8rcjef>;
    /**
     * Deprecated: user liquidity positions are permanently disabled.
     */
    "toggle_user_liquidity": Anonymize<I2foqo7cbqf35v>;
    /**
     * Deprecated: user liquidity positions are permanently disabled.
     */
    "disable_lp": undefined;
}>;
export type I3mcu79ge1e54v = {
    "hotkey": SS58String;
    "netuid": number;
    "tick_low": number;
    "tick_high": number;
    "liquidity": bigint;
};
export type Icf66vuktncksu = {
    "hotkey": SS58String;
    "netuid": number;
    "position_id": bigint;
};
export type Id69glo8rcjef = {
    "hotkey": SS58String;
    "netuid": number;
    "position_id": bigint;
    "liquidity_delta": bigint;
};
export type I2foqo7cbqf35v = {
    "netuid": number;
    "enable": boolean;
};
export type I77c5via6pt845 = AnonymousEnum<{
    /**
     * Set a validator's voting power by its ed25519 consensus key; 0 removes it. Root only.
     */
    "set_validator": Anonymize<I5u3jepqe3ks7a>;
}>;
export type Iaqet9jc3ihboe = {
    "header": Anonymize<Ic952bubvq4k7d>;
    "extrinsics": Anonymize<Itom7fk49o0c9>;
};
export type Ic952bubvq4k7d = {
    "parent_hash": SizedHex<32>;
    "number": number;
    "state_root": SizedHex<32>;
    "extrinsics_root": SizedHex<32>;
    "digest": Array<DigestItem>;
};
export type DigestItem = Enum<{
    "Other": Uint8Array;
    "Consensus": [SizedHex<4>, Uint8Array];
    "Seal": [SizedHex<4>, Uint8Array];
    "PreRuntime": [SizedHex<4>, Uint8Array];
    "RuntimeEnvironmentUpdated": undefined;
}>;
export declare const DigestItem: GetEnum<DigestItem>;
export type Itom7fk49o0c9 = Array<Uint8Array>;
export type I2v50gu3s1aqk6 = AnonymousEnum<{
    "AllExtrinsics": undefined;
    "OnlyInherents": undefined;
}>;
export type I193tqi49jod17 = ResultPayload<Anonymize<Iel69h0ksfqs5d>, Anonymize<I5nrjkj9qumobs>>;
export type I5nrjkj9qumobs = AnonymousEnum<{
    "Invalid": Enum<{
        "Call": undefined;
        "Payment": undefined;
        "Future": undefined;
        "Stale": undefined;
        "BadProof": undefined;
        "AncientBirthBlock": undefined;
        "ExhaustsResources": undefined;
        "Custom": number;
        "BadMandatory": undefined;
        "MandatoryValidation": undefined;
        "BadSigner": undefined;
        "IndeterminateImplicit": undefined;
        "UnknownOrigin": undefined;
    }>;
    "Unknown": TransactionValidityUnknownTransaction;
}>;
export type TransactionValidityUnknownTransaction = Enum<{
    "CannotLookup": undefined;
    "NoUnsignedValidator": undefined;
    "Custom": number;
}>;
export declare const TransactionValidityUnknownTransaction: GetEnum<TransactionValidityUnknownTransaction>;
export type If7uv525tdvv7a = Array<[SizedHex<8>, Uint8Array]>;
export type I2an1fs2eiebjp = {
    "okay": boolean;
    "fatal_error": boolean;
    "errors": Anonymize<If7uv525tdvv7a>;
};
export type TransactionValidityTransactionSource = Enum<{
    "InBlock": undefined;
    "Local": undefined;
    "External": undefined;
}>;
export declare const TransactionValidityTransactionSource: GetEnum<TransactionValidityTransactionSource>;
export type I9ask1o4tfvcvs = ResultPayload<{
    "priority": bigint;
    "requires": Anonymize<Itom7fk49o0c9>;
    "provides": Anonymize<Itom7fk49o0c9>;
    "longevity": bigint;
    "propagate": boolean;
}, Anonymize<I5nrjkj9qumobs>>;
export type I6spmpef2c7svf = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "partial_fee": bigint;
};
export type Iei2mvq0mjvt81 = {
    "inclusion_fee"?: ({
        "base_fee": bigint;
        "len_fee": bigint;
        "adjusted_weight_fee": bigint;
    }) | undefined;
    "tip": bigint;
};
export {};
