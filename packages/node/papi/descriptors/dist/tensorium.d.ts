import { StorageDescriptor, PlainDescriptor, TxDescriptor, RuntimeDescriptor, Enum, ApisFromDef, QueryFromPalletsDef, TxFromPalletsDef, EventsFromPalletsDef, ErrorsFromPalletsDef, ConstFromPalletsDef, ViewFnsFromPalletsDef, SS58String, SizedHex, FixedSizeArray } from "polkadot-api";
import type { I5sesotjlssv2d, I40aqs007rv8b6, I7svnfko10tq2e, I6ouflveob4eli, Idoeu5t0dum8va, I5n8gpu725k1nu, Ia2lhg7l2hilo3, I4p5t2krb1gmvp, I7svrbkiu01iec, I9a0jm719fs81d, I8tqsm2j01rn5j, I19jngnl8banpc, I2brm5b9jij1st, Iabpgqcjikia83, I2j729bmgsdiuo, I853bicbt6ib89, Ib9tptuv3cggfs, I9jd27rnpm8ttv, Icgljjb6j82uhn, I4h6ivgjtd51lv, I9eir063evtfb6, Iafqnechp3omqg, I95g6i7ilua7lq, Ibc83gdj8hi3rc, I9lpjucl20l82d, Iaap7oohdmr1sb, Ifjlj958aeheic, I4tc54pa558g5n, Id32h28hjj1tch, Icrrf4uohj5gb0, I76jd8kl1mtn5g, I4ojmnsk1dchql, I4jqk5si14p5oi, I2na29tt2afp0j, If9jidduiuq7vv, Iapm6e7vtp0l6r, I7tof95tckt2r, Ieruonr5pk2d7h, I7nkl7ntqohel8, I3m6d7ohcp5n4v, Ib9pv5dg6upo6t, I27ub49plcvb4c, I8un1ap2r4hhbj, In7a38730s6qs, If15el53dd76v9, I9s0ave7t0vnrk, I4fo08joqmcqnm, I8ofcg5rbj0g2c, Idcr6u6361oad9, I65i612een2ak, I5vvf47ira6s09, I5ns79ftlq8cnl, Ieka2e164ntfss, Icv6ofu4lqekr4, Icud5m8j0nlgtj, I850u7ir5o34um, Ica88a899k1afk, Ia5r6mm7trbg6a, I27gr0ss2ikvqh, I7f38r2vt6r9k1, I4tfn6eb3ekqt2, Ie7hipi75c7vn0, I30l38oi9ed9dj, Idardmhchnv8aa, Ifj9gf4ekq9snm, I3gk6eeddm0hsd, I6b53cjq4m9nsr, I216fvnrl9nq6l, In4pk6v91ogph, If2k69ql8jgivj, I9n4d52k0luroe, I6ue7qc27uhiev, I4378ieh1uba9u, I8e6f7r9dtk9c1, I8l6dbd18t5aja, I9d117ni3tprb, I340k0hbj1hc6r, Ibapoov2fa817a, I2eon60c4gde7f, I7egr0053sjpci, I6r22p9usi2mkl, I6cm4c5a1euio9, I513du23unvan, I3qrhi1ua10nnf, Idia8cmqvul6et, If3mvus4cmnb7l, Ibg3cp8vjl5u55, Iaoomvri5btde, Ibtu1gfmdnou5k, I62rrikn5vj0p5, Ietm4rjshhu7sf, I36o6oho99gjm8, I2hpc4ev2drsf2, I73q6qh9ckhm04, I1v9m3ms1elitm, I48embv0n659kj, I2t4b7068rtebl, I7a99hd3nbic2l, Ie8hpsm3jhsvo3, Ifcj247vgfdg56, Ic21uicfit5vcu, I375tmdui1ejfc, I4guv8rii4s6je, I2t2h3sjr2mdj0, I96vnf03ahk1m9, Iavmlc8d5lfdju, I9u9gu9aa92l5m, I7l1na8un33hfo, Ic1tqk53nji4ho, I1bus9sq3fslep, I317tmh1oe8jfm, I79cmnv5q6b3p, Icu6tkjemq4ph7, I57v1t6776pl3a, I1il5mj68vvsms, I42mob3hqe6j7h, Icdbq0j31b3g9c, I2t2rlclb0ce3e, Iar87gdqmug5o7, I3oullii9p80a1, I8t8ta6lfbia9e, I3akfmjle982qg, Ibaje86kdit7s6, I90lra4vl5j4db, I1q480m57ftcms, Ie2bjglo51atf6, Ievma38tc25kil, I2er75v4akf5cc, I5pldh0j0v0u4l, Ifhou5p0slv68r, I9m89dnau2i4tt, I92hmh3md4dcm6, Ifunpjbsc4jrrr, I85uujfpnu8gum, I7bl5t0it6ck2m, I4iope0tjiqgu4, Iptqa236frcvo, I8hbi1vrve1i2, Idv4d3rktbigfh, I56j1e9gqlq602, Ib6k4vik9ruq8h, Ibcjonc5ji2gv7, Ia0sp2p68e9k16, Ie318529rgoagk, Iam4iou8r3isc1, I21ajnsdtbutjh, I203rofi4rpmo4, I1e290fmo892vi, Ie31ro5s5e089f, I71lu4gpn88cf0, I98iornf3ajrp9, I9893mbk9nh201, I623eo8t3jrbeo, Ieo8qamskgm4dk, I1v9a50gjqk26k, Ift1efpssa32g2, I1sj8huj7of8mb, I6av3sq9jkhmm3, I70cd7doki8rme, Idco9ambhipg4i, Iam7j42j9f1go6, I6s1nbislhk619, I9jtu7slb30qvs, Idv3j6a15pjc16, I206qvjkjun95i, I4qhb3plq4ifmq, Ic58lhlh1ocpm1, I6uopd4b2os90n, I6idbvi8v00o5j, Ifbgbhkj74b35k, Ibk3v0rrpo1bio, Ibt4a800kb7frq, Icb4un8h4cokoo, I1up607q6ce947, Ib1d0bomkbrqv1, Iaflrold1ds0nq, I7hktg5sccf8op, I2v2nm1sr4ujod, Idm5dkv0qkduu6, I94dejtmu6d72i, Ia5a6tffkior2o, I28t6cr407dtvs, I3mkis681qg30e, I3mcu79ge1e54v, Icf66vuktncksu, Id69glo8rcjef, I2foqo7cbqf35v, I5u3jepqe3ks7a, Ia82mnkmeo2rhc, I9af3aailjfa3f, Icbccs0ug47ilf, I855j4i3kr8ko1, Icv68aq8841478, Ic262ibdoec56a, Iflcfm9b6nlmdd, Ijrsf4mnp3eka, Id5fm4p8lj5qgi, I3qt1hgg4djhgb, Ier2cke86dqbr2, Io45lnue7n40k, I83e4tgdv5ohg1, I6o6dmud53u1fj, I5g2vv0ckl2m8b, I39p6ln31i4n46, Iel69h0ksfqs5d, I95l2k9b1re95f, Ifkgc6cte1k96e, I6kvs2mb8unk0t, I4cbvqmqadhrea, Idbuci3sr3i1f7, I73drt1hl9e70v, I1dm4sip108q0g, Iajgphfb1fka7l, I4hnmf90qkrer9, Ijsohbv0raf36, I4ga01hppthoe1, I4hckkcv10tcue, Idbmshvuev4rrl, If2ieedn10ujdv, Iaseh340tnovdh, I8m5umt6snnmlj, I5aeg4u9kpsp8o, I3fsv5f1boeqf3, Ifoov68qt28nbm, Ib937mhlbop6j7, I838gqvljm75tj, I1cu36qostj5d8, I4r2ptfsrl017r, Ielglukq9ekcit, I1clsdhcok4nle, Iemddv6u2buvfn, Ic149bnrif7lpr, I89dsvf7sdo4ko, Iag26k7oo9hkj6, I81ro80mnm6q0j, I5djuolsjqf6rd, I68qougcarii12, Ifq8ulnatlve2d, I5tkra4deh2m6i, I59tu3mhv1nu2k, I8je96vk91mnlh, I1cfcmrqflja7i, Ib1bgfmqciugre, Icfbu34dqnsf4t, I8f2uf2nvfumd9, I7jsjskcp49hjg, I5rtkmhm2dng4u, Idcqgi2844k5he, Iej2173ou338sm, Iaqet9jc3ihboe, Ic952bubvq4k7d, I2v50gu3s1aqk6, I193tqi49jod17, If7uv525tdvv7a, Itom7fk49o0c9, I2an1fs2eiebjp, TransactionValidityTransactionSource, I9ask1o4tfvcvs, I6spmpef2c7svf, Iei2mvq0mjvt81, I4q39t5hn830vp, Ic0pc5doi3qfnv, I7bd3nkpnm2908 } from "./common-types.js";
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
type IStorage = {
    System: {
        /**
         * The full account information for a particular account ID.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I5sesotjlssv2d>, false, never>;
        /**
         * The current block number being processed.
         */
        Number: StorageDescriptor<[], number, false, never>;
        /**
         * Hash of the previous block.
         */
        ParentHash: StorageDescriptor<[], SizedHex<32>, false, never>;
        /**
         * Map of block numbers to block hashes.
         */
        BlockHash: StorageDescriptor<[Key: number], SizedHex<32>, false, never>;
        /**
         * Total extrinsics count for the current block.
         */
        ExtrinsicCount: StorageDescriptor<[], number, true, never>;
        /**
         * The number of events in the `Events<T>` list.
         */
        EventCount: StorageDescriptor<[], number, false, never>;
        /**
         * Events deposited for the current block.
         */
        Events: StorageDescriptor<[], Anonymize<I40aqs007rv8b6>, false, never>;
    };
    Timestamp: {
        /**
         * The current time for the current block.
         */
        Now: StorageDescriptor<[], bigint, false, never>;
        /**
         * Whether the timestamp has been updated in this block.
         */
        DidUpdate: StorageDescriptor<[], boolean, false, never>;
    };
    Balances: {
        /**
         * The total units issued in the system.
         */
        TotalIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The total units of outstanding deactivated balance.
         */
        InactiveIssuance: StorageDescriptor<[], bigint, false, never>;
    };
    TransactionPayment: {
        /**
        
         */
        NextFeeMultiplier: StorageDescriptor<[], bigint, false, never>;
    };
    SubtensorModule: {
        /**
        
         */
        MinActivityCutoff: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        AdminFreezeWindow: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        OwnerHyperparamRateLimit: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        DissolveNetworkScheduleDuration: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        LastHotkeySwapOnNetuid: StorageDescriptor<Anonymize<I7svnfko10tq2e>, bigint, false, never>;
        /**
        
         */
        NextStakeJobId: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        TaoWeight: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        CKBurn: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        MaxDelegateTake: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        MinDelegateTake: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        MaxChildkeyTake: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        MinChildkeyTake: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        MinChildkeyTakePerSubnet: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        Owner: StorageDescriptor<[Key: SS58String], SS58String, false, never>;
        /**
        
         */
        AccountFlags: StorageDescriptor<[Key: SS58String], bigint, false, never>;
        /**
        
         */
        Delegates: StorageDescriptor<[Key: SS58String], number, false, never>;
        /**
        
         */
        ChildkeyTake: StorageDescriptor<Anonymize<I6ouflveob4eli>, number, false, never>;
        /**
        
         */
        PendingChildKeys: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Idoeu5t0dum8va>, false, never>;
        /**
        
         */
        ChildKeys: StorageDescriptor<Anonymize<I6ouflveob4eli>, Anonymize<I5n8gpu725k1nu>, false, never>;
        /**
        
         */
        ParentKeys: StorageDescriptor<Anonymize<I6ouflveob4eli>, Anonymize<I5n8gpu725k1nu>, false, never>;
        /**
        
         */
        AlphaDividendsPerSubnet: StorageDescriptor<Anonymize<I7svnfko10tq2e>, bigint, false, never>;
        /**
        
         */
        RootAlphaDividendsPerSubnet: StorageDescriptor<Anonymize<I7svnfko10tq2e>, bigint, false, never>;
        /**
        
         */
        BlockEmission: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        LastHotkeyEmissionOnNetuid: StorageDescriptor<Anonymize<I6ouflveob4eli>, bigint, false, never>;
        /**
        
         */
        SubnetLimit: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        TotalIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        TotalStake: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        SubnetMovingAlpha: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        SubnetMovingPrice: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        RootProp: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetVolume: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetTAO: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetAlphaInEmission: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetEmissionEnabled: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        SubnetAlphaOutEmission: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetTaoInEmission: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetExcessTao: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetRootSellTao: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetAlphaIn: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetAlphaOut: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetProtocolAlpha: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        StakingHotkeys: StorageDescriptor<[Key: SS58String], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
        
         */
        OwnedHotkeys: StorageDescriptor<[Key: SS58String], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
        
         */
        AutoStakeDestination: StorageDescriptor<Anonymize<I6ouflveob4eli>, SS58String, true, never>;
        /**
        
         */
        AutoStakeDestinationColdkeys: StorageDescriptor<Anonymize<I6ouflveob4eli>, Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
        
         */
        ColdkeySwapAnnouncementDelay: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        ColdkeySwapReannouncementDelay: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        ColdkeySwapAnnouncements: StorageDescriptor<[Key: SS58String], Anonymize<I4p5t2krb1gmvp>, true, never>;
        /**
        
         */
        ColdkeySwapDisputes: StorageDescriptor<[Key: SS58String], number, true, never>;
        /**
        
         */
        TotalHotkeyAlpha: StorageDescriptor<Anonymize<I6ouflveob4eli>, bigint, false, never>;
        /**
        
         */
        TotalHotkeyAlphaLastEpoch: StorageDescriptor<Anonymize<I6ouflveob4eli>, bigint, false, never>;
        /**
        
         */
        TotalHotkeyShares: StorageDescriptor<Anonymize<I6ouflveob4eli>, bigint, false, never>;
        /**
        
         */
        Alpha: StorageDescriptor<Anonymize<I7svrbkiu01iec>, bigint, false, never>;
        /**
        
         */
        TotalHotkeySharesV2: StorageDescriptor<Anonymize<I6ouflveob4eli>, Anonymize<I9a0jm719fs81d>, false, never>;
        /**
        
         */
        AlphaV2: StorageDescriptor<Anonymize<I7svrbkiu01iec>, Anonymize<I9a0jm719fs81d>, false, never>;
        /**
        
         */
        Lock: StorageDescriptor<Anonymize<I19jngnl8banpc>, Anonymize<I8tqsm2j01rn5j>, true, never>;
        /**
        
         */
        LockingColdkeys: StorageDescriptor<Anonymize<I2brm5b9jij1st>, null, true, never>;
        /**
        
         */
        HotkeyLock: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I8tqsm2j01rn5j>, true, never>;
        /**
        
         */
        DecayingHotkeyLock: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I8tqsm2j01rn5j>, true, never>;
        /**
        
         */
        OwnerLock: StorageDescriptor<[Key: number], Anonymize<I8tqsm2j01rn5j>, true, never>;
        /**
        
         */
        DecayingOwnerLock: StorageDescriptor<[Key: number], Anonymize<I8tqsm2j01rn5j>, true, never>;
        /**
        
         */
        DecayingLock: StorageDescriptor<Anonymize<I6ouflveob4eli>, boolean, true, never>;
        /**
        
         */
        OwnerCutAutoLockEnabled: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        MaturityRate: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        UnlockRate: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        AlphaMapLastKey: StorageDescriptor<[], Anonymize<Iabpgqcjikia83>, true, never>;
        /**
        
         */
        AlphaV2MapLastKey: StorageDescriptor<[], Anonymize<Iabpgqcjikia83>, true, never>;
        /**
        
         */
        TokenSymbol: StorageDescriptor<[Key: number], Uint8Array, false, never>;
        /**
        
         */
        SubnetTaoFlow: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetEmaTaoFlow: StorageDescriptor<[Key: number], Anonymize<I2j729bmgsdiuo>, true, never>;
        /**
        
         */
        NetTaoFlowEnabled: StorageDescriptor<[], boolean, false, never>;
        /**
        
         */
        SubnetProtocolFlow: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetEmaProtocolFlow: StorageDescriptor<[Key: number], Anonymize<I2j729bmgsdiuo>, true, never>;
        /**
        
         */
        TaoFlowCutoff: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        FlowNormExponent: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        FlowEmaSmoothingFactor: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        UsedWork: StorageDescriptor<[Key: Uint8Array], bigint, false, never>;
        /**
        
         */
        MaxRegistrationsPerBlock: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        TotalNetworks: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        NetworkImmunityPeriod: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        StartCallDelay: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        NetworkMinLockCost: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        NetworkLastLockCost: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        NetworkLockReductionInterval: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        SubnetOwnerCut: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        OwnerCutEnabled: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        NetworkRateLimit: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        NominatorMinRequiredStake: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        WeightsVersionKeyRateLimit: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        LastRateLimitedBlock: StorageDescriptor<[Key: Anonymize<I853bicbt6ib89>], bigint, false, never>;
        /**
        
         */
        TransferToggle: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        SubnetLocked: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        LargestLocked: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        Tempo: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        LastEpochBlock: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        PendingEpochAt: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetEpochIndex: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        ActivityCutoffFactorMilli: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        FirstEmissionBlockNumber: StorageDescriptor<[Key: number], bigint, true, never>;
        /**
        
         */
        SubnetMechanism: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        SubnetworkN: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        NetworksAdded: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        IsNetworkMember: StorageDescriptor<Anonymize<I6ouflveob4eli>, boolean, false, never>;
        /**
        
         */
        NetworkRegistrationAllowed: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        NetworkPowRegistrationAllowed: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        NetworkRegisteredAt: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        RegisteredSubnetCounter: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        PendingServerEmission: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        PendingValidatorEmission: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        PendingRootAlphaDivs: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        PendingOwnerCut: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MinerBurned: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        BlocksSinceLastStep: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        LastMechansimStepBlock: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        SubnetOwner: StorageDescriptor<[Key: number], SS58String, false, never>;
        /**
        
         */
        SubnetOwnerHotkey: StorageDescriptor<[Key: number], SS58String, false, never>;
        /**
        
         */
        RecycleOrBurn: StorageDescriptor<[Key: number], Anonymize<Ib9tptuv3cggfs>, false, never>;
        /**
        
         */
        ServingRateLimit: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        Rho: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        AlphaSigmoidSteepness: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        Kappa: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        RegistrationsThisInterval: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        POWRegistrationsThisInterval: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        BurnRegistrationsThisInterval: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        MinAllowedUids: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        MaxAllowedUids: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        ImmunityPeriod: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        ActivityCutoff: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        MaxWeightsLimit: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        WeightsVersionKey: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MinAllowedWeights: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        MaxAllowedValidators: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        AdjustmentInterval: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        BondsMovingAverage: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        BondsPenalty: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        BondsResetOn: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        WeightsSetRateLimit: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        ValidatorPruneLen: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        ScalingLawPower: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        TargetRegistrationsPerInterval: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        AdjustmentAlpha: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        CommitRevealWeightsEnabled: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        Burn: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        Difficulty: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MinBurn: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MaxBurn: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MinDifficulty: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MaxDifficulty: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        LastAdjustmentBlock: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        RegistrationsThisBlock: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        EMAPriceHalvingBlocks: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        RAORecycledForRegistration: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        MaxEpochsPerBlock: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        TxRateLimit: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        TxDelegateTakeRateLimit: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        TxChildkeyTakeRateLimit: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        LiquidAlphaOn: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        Yuma3On: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        AlphaValues: StorageDescriptor<[Key: number], Anonymize<I9jd27rnpm8ttv>, false, never>;
        /**
        
         */
        SubtokenEnabled: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        VotingPower: StorageDescriptor<Anonymize<I7svnfko10tq2e>, bigint, false, never>;
        /**
        
         */
        VotingPowerTrackingEnabled: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        VotingPowerDisableAtBlock: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        VotingPowerEmaAlpha: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        ImmuneOwnerUidsLimit: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        StakeWeight: StorageDescriptor<[Key: number], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
        
         */
        Uids: StorageDescriptor<Anonymize<I7svnfko10tq2e>, number, true, never>;
        /**
        
         */
        Keys: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, SS58String, false, never>;
        /**
        
         */
        LoadedEmission: StorageDescriptor<[Key: number], Anonymize<I4h6ivgjtd51lv>, true, never>;
        /**
        
         */
        Active: StorageDescriptor<[Key: number], Anonymize<I9eir063evtfb6>, false, never>;
        /**
        
         */
        Consensus: StorageDescriptor<[Key: number], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
        
         */
        Incentive: StorageDescriptor<[Key: number], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
        
         */
        Dividends: StorageDescriptor<[Key: number], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
        
         */
        Emission: StorageDescriptor<[Key: number], Anonymize<Iafqnechp3omqg>, false, never>;
        /**
        
         */
        LastUpdate: StorageDescriptor<[Key: number], Anonymize<Iafqnechp3omqg>, false, never>;
        /**
        
         */
        ValidatorTrust: StorageDescriptor<[Key: number], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
        
         */
        ValidatorPermit: StorageDescriptor<[Key: number], Anonymize<I9eir063evtfb6>, false, never>;
        /**
        
         */
        Weights: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
        
         */
        Bonds: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
        
         */
        BlockAtRegistration: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, bigint, false, never>;
        /**
        
         */
        Axons: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Ibc83gdj8hi3rc>, true, never>;
        /**
        
         */
        NeuronCertificates: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I9lpjucl20l82d>, true, never>;
        /**
        
         */
        Prometheus: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Iaap7oohdmr1sb>, true, never>;
        /**
        
         */
        IdentitiesV2: StorageDescriptor<[Key: SS58String], Anonymize<Ifjlj958aeheic>, true, never>;
        /**
        
         */
        SubnetIdentitiesV3: StorageDescriptor<[Key: number], Anonymize<I4tc54pa558g5n>, true, never>;
        /**
        
         */
        TransactionKeyLastBlock: StorageDescriptor<Anonymize<Id32h28hjj1tch>, bigint, false, never>;
        /**
        
         */
        LastTxBlock: StorageDescriptor<[Key: SS58String], bigint, false, never>;
        /**
        
         */
        LastTxBlockChildKeyTake: StorageDescriptor<[Key: SS58String], bigint, false, never>;
        /**
        
         */
        LastTxBlockDelegateTake: StorageDescriptor<[Key: SS58String], bigint, false, never>;
        /**
        
         */
        StakeThreshold: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        WeightCommits: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Icrrf4uohj5gb0>, true, never>;
        /**
        
         */
        TimelockedWeightCommits: StorageDescriptor<Anonymize<I4ojmnsk1dchql>, Anonymize<I76jd8kl1mtn5g>, false, never>;
        /**
        
         */
        CRV3WeightCommits: StorageDescriptor<Anonymize<I4ojmnsk1dchql>, Anonymize<I4jqk5si14p5oi>, false, never>;
        /**
        
         */
        CRV3WeightCommitsV2: StorageDescriptor<Anonymize<I4ojmnsk1dchql>, Anonymize<I76jd8kl1mtn5g>, false, never>;
        /**
        
         */
        RevealPeriodEpochs: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        LastColdkeyHotkeyStakeBlock: StorageDescriptor<Anonymize<I2na29tt2afp0j>, bigint, true, never>;
        /**
        
         */
        RootClaimableThreshold: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        RootClaimable: StorageDescriptor<[Key: SS58String], Anonymize<If9jidduiuq7vv>, false, never>;
        /**
        
         */
        RootClaimed: StorageDescriptor<Anonymize<I2brm5b9jij1st>, bigint, false, never>;
        /**
        
         */
        RootClaimType: StorageDescriptor<[Key: SS58String], Anonymize<Iapm6e7vtp0l6r>, false, never>;
        /**
        
         */
        StakingColdkeysByIndex: StorageDescriptor<[Key: bigint], SS58String, true, never>;
        /**
        
         */
        StakingColdkeys: StorageDescriptor<[Key: SS58String], bigint, true, never>;
        /**
        
         */
        NumStakingColdkeys: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        NumRootClaim: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        AssociatedEvmAddress: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I7tof95tckt2r>, true, never>;
        /**
        
         */
        SubnetLeases: StorageDescriptor<[Key: number], Anonymize<Ieruonr5pk2d7h>, true, never>;
        /**
        
         */
        SubnetLeaseShares: StorageDescriptor<Anonymize<I7svnfko10tq2e>, bigint, false, never>;
        /**
        
         */
        SubnetUidToLeaseId: StorageDescriptor<[Key: number], number, true, never>;
        /**
        
         */
        NextSubnetLeaseId: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        AccumulatedLeaseDividends: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        CommitRevealWeightsVersion: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        NetworkRegistrationStartBlock: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        TaoInRefundDeploymentBlock: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        MinNonImmuneUids: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        MaxMechanismCount: StorageDescriptor<[], number, false, never>;
        /**
        
         */
        MechanismCountCurrent: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        MechanismEmissionSplit: StorageDescriptor<[Key: number], Anonymize<Icgljjb6j82uhn>, true, never>;
        /**
        
         */
        BurnHalfLife: StorageDescriptor<[Key: number], number, false, never>;
        /**
        
         */
        BurnIncreaseMult: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        AutoParentDelegationEnabled: StorageDescriptor<[Key: SS58String], boolean, false, never>;
        /**
        
         */
        HasMigrationRun: StorageDescriptor<[Key: Uint8Array], boolean, false, never>;
        /**
        
         */
        PendingChildKeyCooldown: StorageDescriptor<[], bigint, false, never>;
    };
    Sudo: {
        /**
         * The `AccountId` of the sudo key.
         */
        Key: StorageDescriptor<[], SS58String, true, never>;
    };
    Commitments: {
        /**
         * Tracks all CommitmentOf that have at least one timelocked field.
         */
        TimelockedIndex: StorageDescriptor<[], Anonymize<I7nkl7ntqohel8>, false, never>;
        /**
         * Identity data by account
         */
        CommitmentOf: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I3m6d7ohcp5n4v>, true, never>;
        /**
        
         */
        LastCommitment: StorageDescriptor<Anonymize<I7svnfko10tq2e>, number, true, never>;
        /**
        
         */
        LastBondsReset: StorageDescriptor<Anonymize<I7svnfko10tq2e>, number, true, never>;
        /**
        
         */
        RevealedCommitments: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Ib9pv5dg6upo6t>, true, never>;
        /**
         * Maps (netuid, who) -> usage (how many “bytes” they've committed) in the RateLimit window
         */
        UsedSpaceOf: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I27ub49plcvb4c>, true, never>;
        /**
        
         */
        MaxSpace: StorageDescriptor<[], number, false, never>;
    };
    AdminUtils: {
        /**
         * Map PrecompileEnum --> enabled
         */
        PrecompileEnable: StorageDescriptor<[Key: Anonymize<I8un1ap2r4hhbj>], boolean, false, never>;
    };
    Swap: {
        /**
         * Fee rate per subnet (u16 fraction of 65535).
         */
        FeeRate: StorageDescriptor<[Key: number], number, false, never>;
        /**
         * Reserve weight of the quote (TAO) side.
         */
        SwapBalancer: StorageDescriptor<[Key: number], bigint, false, never>;
        /**
        
         */
        PalSwapInitialized: StorageDescriptor<[Key: number], boolean, false, never>;
        /**
        
         */
        ScrapReservoirAlpha: StorageDescriptor<[Key: number], bigint, false, never>;
    };
    Consensus: {
        /**
         * Voting power set through `set_validator` (absent: never set or removed).
         */
        ValidatorPower: StorageDescriptor<[Key: SizedHex<32>], bigint, true, never>;
        /**
         * Validator updates scheduled in the current block.
         */
        UpdatesThisBlock: StorageDescriptor<[], number, false, never>;
    };
};
type ICalls = {
    System: {
        /**
         * Make some on-chain remark.
         */
        remark: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Make some on-chain remark and emit an event.
         */
        remark_with_event: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
    };
    Timestamp: {
        /**
         * Set the current time. An inherent: the block author adds it first in every block.
         */
        set: TxDescriptor<Anonymize<Idcr6u6361oad9>>;
    };
    Balances: {
        /**
         * Transfer some liquid free balance to another account; the sender may be reaped.
         */
        transfer_allow_death: TxDescriptor<Anonymize<I65i612een2ak>>;
        /**
         * Root: transfer from any account.
         */
        force_transfer: TxDescriptor<Anonymize<I5vvf47ira6s09>>;
        /**
         * Transfer, refusing to take the sender below the existential deposit.
         */
        transfer_keep_alive: TxDescriptor<Anonymize<I65i612een2ak>>;
        /**
         * Transfer the entire transferable balance.
         */
        transfer_all: TxDescriptor<Anonymize<I5ns79ftlq8cnl>>;
        /**
         * Root: set the free balance of an account (issuance is adjusted).
         */
        force_set_balance: TxDescriptor<Anonymize<Ieka2e164ntfss>>;
    };
    SubtensorModule: {
        /**
         * Set the caller hotkey's weights on a subnet (main mechanism); rejected while commit-reveal is on.
         */
        set_weights: TxDescriptor<Anonymize<Icv6ofu4lqekr4>>;
        /**
         * Buy alpha with TAO and stake it to a hotkey (spec §6.2).
         */
        add_stake: TxDescriptor<Anonymize<Icud5m8j0nlgtj>>;
        /**
         * Sell staked alpha for TAO (spec §6.3).
         */
        remove_stake: TxDescriptor<Anonymize<I850u7ir5o34um>>;
        /**
         * Hotkey: publish the axon endpoint on a subnet.
         */
        serve_axon: TxDescriptor<Anonymize<Ica88a899k1afk>>;
        /**
         * Hotkey: publish the prometheus endpoint on a subnet.
         */
        serve_prometheus: TxDescriptor<Anonymize<Ia5r6mm7trbg6a>>;
        /**
         * Legacy PoW registration: the work arguments are ignored and the burn is paid.
         */
        register: TxDescriptor<Anonymize<I27gr0ss2ikvqh>>;
        /**
         * Register a neuron by paying the current registration burn.
         */
        burned_register: TxDescriptor<Anonymize<I7f38r2vt6r9k1>>;
        /**
         * Hotkey: publish the axon endpoint with a TLS certificate.
         */
        serve_axon_tls: TxDescriptor<Anonymize<I4tfn6eb3ekqt2>>;
        /**
         * Register a new subnet, locking the current lock cost; `hotkey` becomes the owner hotkey.
         */
        register_network: TxDescriptor<Anonymize<Ie7hipi75c7vn0>>;
        /**
         * Root: dissolve a subnet, paying its stakers out of the pool.
         */
        dissolve_network: TxDescriptor<Anonymize<I30l38oi9ed9dj>>;
        /**
         * Join the root validator set.
         */
        root_register: TxDescriptor<Anonymize<Ie7hipi75c7vn0>>;
        /**
         * Lower the delegate take of an owned hotkey (spec §6.6).
         */
        decrease_take: TxDescriptor<Anonymize<Idardmhchnv8aa>>;
        /**
         * Raise the delegate take of an owned hotkey (rate limited).
         */
        increase_take: TxDescriptor<Anonymize<Idardmhchnv8aa>>;
        /**
         * Schedule (or apply before start_call) the child keys of an owned hotkey on a subnet (spec §6.7).
         */
        set_children: TxDescriptor<Anonymize<Ifj9gf4ekq9snm>>;
        /**
         * Set the caller's (coldkey) chain identity.
         */
        set_identity: TxDescriptor<Anonymize<Ifjlj958aeheic>>;
        /**
         * Root: set TxChildkeyTakeRateLimit.
         */
        sudo_set_tx_childkey_take_rate_limit: TxDescriptor<Anonymize<I3gk6eeddm0hsd>>;
        /**
         * Move a hotkey (and its stake) to a new hotkey, on every subnet or on one.
         */
        swap_hotkey: TxDescriptor<Anonymize<I6b53cjq4m9nsr>>;
        /**
         * Root: swap a coldkey immediately, recycling `swap_cost` from the old coldkey.
         */
        swap_coldkey: TxDescriptor<Anonymize<I216fvnrl9nq6l>>;
        /**
         * Move a hotkey to a new hotkey, optionally leaving the stake on the old one.
         */
        swap_hotkey_v2: TxDescriptor<Anonymize<In4pk6v91ogph>>;
        /**
         * Removed: always fails with Deprecated.
         */
        schedule_swap_coldkey: TxDescriptor<Anonymize<If2k69ql8jgivj>>;
        /**
         * Set the childkey take of an owned hotkey on a subnet.
         */
        set_childkey_take: TxDescriptor<Anonymize<I9n4d52k0luroe>>;
        /**
         * Root: set MinChildkeyTake.
         */
        sudo_set_min_childkey_take: TxDescriptor<Anonymize<I6ue7qc27uhiev>>;
        /**
         * Root: set MaxChildkeyTake.
         */
        sudo_set_max_childkey_take: TxDescriptor<Anonymize<I6ue7qc27uhiev>>;
        /**
         * Subnet owner: set the subnet's identity.
         */
        set_subnet_identity: TxDescriptor<Anonymize<I4378ieh1uba9u>>;
        /**
         * Register a new subnet with an optional subnet identity.
         */
        register_network_with_identity: TxDescriptor<Anonymize<I8e6f7r9dtk9c1>>;
        /**
         * Set weights on several subnets, continuing past failures.
         */
        batch_set_weights: TxDescriptor<Anonymize<I8l6dbd18t5aja>>;
        /**
         * Unstake every valid position of the hotkey on subtoken-enabled subnets.
         */
        unstake_all: TxDescriptor<Anonymize<Ie7hipi75c7vn0>>;
        /**
         * Unstake every non-root position of the hotkey and restake the TAO on root.
         */
        unstake_all_alpha: TxDescriptor<Anonymize<Ie7hipi75c7vn0>>;
        /**
         * Move stake to another hotkey and/or subnet, same coldkey (spec §6.4).
         */
        move_stake: TxDescriptor<Anonymize<I9d117ni3tprb>>;
        /**
         * Give stake (same hotkey) to another coldkey, optionally changing subnet.
         */
        transfer_stake: TxDescriptor<Anonymize<I340k0hbj1hc6r>>;
        /**
         * Move stake of one hotkey from one subnet to another.
         */
        swap_stake: TxDescriptor<Anonymize<Ibapoov2fa817a>>;
        /**
         * add_stake that never buys above limit_price (rao per alpha); optionally partial (spec §5.8).
         */
        add_stake_limit: TxDescriptor<Anonymize<I2eon60c4gde7f>>;
        /**
         * remove_stake that never sells below limit_price; optionally partial.
         */
        remove_stake_limit: TxDescriptor<Anonymize<I7egr0053sjpci>>;
        /**
         * swap_stake with a price-ratio limit (p_origin / p_destination × 1e9).
         */
        swap_stake_limit: TxDescriptor<Anonymize<I6r22p9usi2mkl>>;
        /**
         * Claim an unowned hotkey for the caller.
         */
        try_associate_hotkey: TxDescriptor<Anonymize<Ie7hipi75c7vn0>>;
        /**
         * Subnet owner: start emission and enable the subtoken.
         */
        start_call: TxDescriptor<Anonymize<I6cm4c5a1euio9>>;
        /**
         * Commit a hash of weights (commit-reveal v2, main mechanism).
         */
        commit_weights: TxDescriptor<Anonymize<I513du23unvan>>;
        /**
         * Reveal committed weights in their reveal epoch (commit-reveal v2, main mechanism).
         */
        reveal_weights: TxDescriptor<Anonymize<I3qrhi1ua10nnf>>;
        /**
         * Reveal several commits of the main mechanism, all or nothing.
         */
        batch_reveal_weights: TxDescriptor<Anonymize<Idia8cmqvul6et>>;
        /**
         * Commit weight hashes on several subnets, continuing past failures.
         */
        batch_commit_weights: TxDescriptor<Anonymize<If3mvus4cmnb7l>>;
        /**
         * Destroy staked alpha and lower the subnet alpha issuance.
         */
        recycle_alpha: TxDescriptor<Anonymize<Ibg3cp8vjl5u55>>;
        /**
         * Destroy staked alpha; the subnet alpha issuance is unchanged.
         */
        burn_alpha: TxDescriptor<Anonymize<Ibg3cp8vjl5u55>>;
        /**
         * Unstake the whole position, with an optional limit price.
         */
        remove_stake_full_limit: TxDescriptor<Anonymize<Iaoomvri5btde>>;
        /**
         * Root: set PendingChildKeyCooldown (blocks).
         */
        set_pending_childkey_cooldown: TxDescriptor<Anonymize<Ibtu1gfmdnou5k>>;
        /**
         * Subnet owner or root: change the subnet's token symbol.
         */
        update_symbol: TxDescriptor<Anonymize<I62rrikn5vj0p5>>;
        /**
         * Commit drand-timelocked weights (commit-reveal v4, main mechanism). Not decrypted on this chain (no drand).
         */
        commit_timelocked_weights: TxDescriptor<Anonymize<Ietm4rjshhu7sf>>;
        /**
         * Choose the registered hotkey that receives the coldkey's auto-staked incentive on a subnet.
         */
        set_coldkey_auto_stake_hotkey: TxDescriptor<Anonymize<I7f38r2vt6r9k1>>;
        /**
         * Commit a hash of weights for one mechanism (commit-reveal v2).
         */
        commit_mechanism_weights: TxDescriptor<Anonymize<I36o6oho99gjm8>>;
        /**
         * Reveal committed weights of one mechanism.
         */
        reveal_mechanism_weights: TxDescriptor<Anonymize<I2hpc4ev2drsf2>>;
        /**
         * Legacy timelocked commit for one mechanism (commit-reveal version 4).
         */
        commit_crv3_mechanism_weights: TxDescriptor<Anonymize<I73q6qh9ckhm04>>;
        /**
         * Commit drand-timelocked weights for one mechanism. Not decrypted on this chain (no drand).
         */
        commit_timelocked_mechanism_weights: TxDescriptor<Anonymize<I1v9m3ms1elitm>>;
        /**
         * Set weights on one mechanism of a subnet; rejected while commit-reveal is on.
         */
        set_mechanism_weights: TxDescriptor<Anonymize<I48embv0n659kj>>;
        /**
         * Root: dissolve a subnet, paying its stakers out of the pool.
         */
        root_dissolve_network: TxDescriptor<Anonymize<I6cm4c5a1euio9>>;
        /**
         * Claim root dividends on 1..=5 subnets for every staking hotkey of the caller (spec §4.14).
         */
        claim_root: TxDescriptor<Anonymize<I2t4b7068rtebl>>;
        /**
         * Swap (default), Keep, or KeepSubnets{subnets} for future root claims.
         */
        set_root_claim_type: TxDescriptor<Anonymize<I7a99hd3nbic2l>>;
        /**
         * Root: set NumRootClaim (<= 50; 0 disables auto-claim).
         */
        sudo_set_num_root_claims: TxDescriptor<Anonymize<Ie8hpsm3jhsvo3>>;
        /**
         * Subnet owner or root: set RootClaimableThreshold (<= 10_000_000).
         */
        sudo_set_root_claim_threshold: TxDescriptor<Anonymize<Ifcj247vgfdg56>>;
        /**
         * Announce a coldkey swap to the account with this hash (first announcement costs 0.1 TAO).
         */
        announce_coldkey_swap: TxDescriptor<Anonymize<Ic21uicfit5vcu>>;
        /**
         * Execute the announced coldkey swap after the announcement delay.
         */
        swap_coldkey_announced: TxDescriptor<Anonymize<If2k69ql8jgivj>>;
        /**
         * Freeze the caller's announced coldkey swap until root resets it.
         */
        dispute_coldkey_swap: TxDescriptor<undefined>;
        /**
         * Root: clear a coldkey's swap announcement and dispute.
         */
        reset_coldkey_swap: TxDescriptor<Anonymize<I375tmdui1ejfc>>;
        /**
         * Subnet owner or root: enable voting-power tracking (cancels a scheduled disable).
         */
        enable_voting_power_tracking: TxDescriptor<Anonymize<I6cm4c5a1euio9>>;
        /**
         * Subnet owner or root: schedule voting-power tracking to stop after 14 days.
         */
        disable_voting_power_tracking: TxDescriptor<Anonymize<I6cm4c5a1euio9>>;
        /**
         * Root: set VotingPowerEmaAlpha (<= 1e18).
         */
        sudo_set_voting_power_ema_alpha: TxDescriptor<Anonymize<I4guv8rii4s6je>>;
        /**
         * Buy alpha with TAO and burn it at once (subnet buy-back).
         */
        add_stake_burn: TxDescriptor<Anonymize<I2t2h3sjr2mdj0>>;
        /**
         * Withdraw the caller's swap announcement after the reannouncement delay.
         */
        clear_coldkey_swap_announcement: TxDescriptor<undefined>;
        /**
         * Register a neuron unless the burn exceeds `limit_price` (rao).
         */
        register_limit: TxDescriptor<Anonymize<I96vnf03ahk1m9>>;
        /**
         * A root validator opts in or out of becoming the parent of new subnets owner hotkeys.
         */
        set_auto_parent_delegation_enabled: TxDescriptor<Anonymize<Iavmlc8d5lfdju>>;
        /**
         * Subnet owner: set Tempo (360..=50_400, once per 360 blocks, outside the freeze window); restarts the epoch cycle.
         */
        set_tempo: TxDescriptor<Anonymize<I9u9gu9aa92l5m>>;
        /**
         * Subnet owner (freeze window + rate limit) or root: set ActivityCutoffFactorMilli (1_000..=50_000).
         */
        set_activity_cutoff_factor: TxDescriptor<Anonymize<I7l1na8un33hfo>>;
        /**
         * Subnet owner: schedule an epoch AdminFreezeWindow blocks from now (commit-reveal off, none pending, auto epoch not imminent).
         */
        trigger_epoch: TxDescriptor<Anonymize<I6cm4c5a1euio9>>;
    };
    Utility: {
        /**
         * Dispatch calls in order; stop at the first failure, keeping the earlier ones.
         */
        batch: TxDescriptor<Anonymize<Ic1tqk53nji4ho>>;
        /**
         * Dispatch calls in order, all or nothing.
         */
        batch_all: TxDescriptor<Anonymize<Ic1tqk53nji4ho>>;
        /**
         * Dispatch every call, continuing past failures.
         */
        force_batch: TxDescriptor<Anonymize<Ic1tqk53nji4ho>>;
    };
    Sudo: {
        /**
         * Dispatch a call with Root origin.
         */
        sudo: TxDescriptor<Anonymize<I1bus9sq3fslep>>;
        /**
         * Dispatch a call with Root origin, ignoring its weight.
         */
        sudo_unchecked_weight: TxDescriptor<Anonymize<I317tmh1oe8jfm>>;
        /**
         * Set the sudo key.
         */
        set_key: TxDescriptor<Anonymize<I79cmnv5q6b3p>>;
        /**
         * Dispatch a call with a signed origin of another account.
         */
        sudo_as: TxDescriptor<Anonymize<Icu6tkjemq4ph7>>;
        /**
         * Permanently remove the sudo key.
         */
        remove_key: TxDescriptor<undefined>;
    };
    Commitments: {
        /**
         * Set the commitment of the calling hotkey on a subnet (<= 3 fields, per-epoch space limit).
         */
        set_commitment: TxDescriptor<Anonymize<I57v1t6776pl3a>>;
        /**
         * Root: set MaxSpace.
         */
        set_max_space: TxDescriptor<Anonymize<I1il5mj68vvsms>>;
    };
    AdminUtils: {
        /**
         * Root: change the Aura authorities (consensus; not modelled beyond the origin check; at most MAX_AUTHORITIES decode).
         */
        swap_authorities: TxDescriptor<Anonymize<I42mob3hqe6j7h>>;
        /**
         * Root: set MaxDelegateTake.
         */
        sudo_set_default_take: TxDescriptor<Anonymize<Icdbq0j31b3g9c>>;
        /**
         * Root: set TxRateLimit.
         */
        sudo_set_tx_rate_limit: TxDescriptor<Anonymize<I3gk6eeddm0hsd>>;
        /**
         * Owner or root, FW: set ServingRateLimit (no subnet existence check, as in subtensor).
         */
        sudo_set_serving_rate_limit: TxDescriptor<Anonymize<I2t2rlclb0ce3e>>;
        /**
         * Root, FW: set MinDifficulty.
         */
        sudo_set_min_difficulty: TxDescriptor<Anonymize<Iar87gdqmug5o7>>;
        /**
         * Owner or root, FW: set MaxDifficulty.
         */
        sudo_set_max_difficulty: TxDescriptor<Anonymize<I3oullii9p80a1>>;
        /**
         * Owner or root, FW: set WeightsVersionKey (owner limit: WeightsVersionKeyRateLimit tempos).
         */
        sudo_set_weights_version_key: TxDescriptor<Anonymize<I8t8ta6lfbia9e>>;
        /**
         * Root: set WeightsSetRateLimit.
         */
        sudo_set_weights_set_rate_limit: TxDescriptor<Anonymize<I3akfmjle982qg>>;
        /**
         * Root: set AdjustmentInterval.
         */
        sudo_set_adjustment_interval: TxDescriptor<Anonymize<Ibaje86kdit7s6>>;
        /**
         * Owner or root, FW: set AdjustmentAlpha.
         */
        sudo_set_adjustment_alpha: TxDescriptor<Anonymize<I90lra4vl5j4db>>;
        /**
         * Owner or root, FW: set ImmunityPeriod.
         */
        sudo_set_immunity_period: TxDescriptor<Anonymize<I1q480m57ftcms>>;
        /**
         * Owner or root, FW: set MinAllowedWeights.
         */
        sudo_set_min_allowed_weights: TxDescriptor<Anonymize<Ie2bjglo51atf6>>;
        /**
         * Owner or root, FW: set MaxAllowedUids (>= MinAllowedUids, >= current N, <= 256, × mechanisms <= 256).
         */
        sudo_set_max_allowed_uids: TxDescriptor<Anonymize<Ievma38tc25kil>>;
        /**
         * Root: set Kappa.
         */
        sudo_set_kappa: TxDescriptor<Anonymize<I2er75v4akf5cc>>;
        /**
         * Owner or root, FW: set Rho (no event, as in subtensor).
         */
        sudo_set_rho: TxDescriptor<Anonymize<I5pldh0j0v0u4l>>;
        /**
         * Owner or root, FW: set ActivityCutoff (>= MinActivityCutoff).
         */
        sudo_set_activity_cutoff: TxDescriptor<Anonymize<Ifhou5p0slv68r>>;
        /**
         * Root: set NetworkRegistrationAllowed (no subnet existence check).
         */
        sudo_set_network_registration_allowed: TxDescriptor<Anonymize<I9m89dnau2i4tt>>;
        /**
         * Always fails: PoW registration is disabled.
         */
        sudo_set_network_pow_registration_allowed: TxDescriptor<Anonymize<I92hmh3md4dcm6>>;
        /**
         * Root, FW: set TargetRegistrationsPerInterval.
         */
        sudo_set_target_registrations_per_interval: TxDescriptor<Anonymize<Ifunpjbsc4jrrr>>;
        /**
         * Owner or root, FW: set MinBurn (< 1 TAO and < MaxBurn).
         */
        sudo_set_min_burn: TxDescriptor<Anonymize<I85uujfpnu8gum>>;
        /**
         * Owner or root, FW: set MaxBurn (> 0.1 TAO and > MinBurn).
         */
        sudo_set_max_burn: TxDescriptor<Anonymize<I7bl5t0it6ck2m>>;
        /**
         * Root, FW: set Difficulty.
         */
        sudo_set_difficulty: TxDescriptor<Anonymize<I4iope0tjiqgu4>>;
        /**
         * Root, FW: set MaxAllowedValidators (<= MaxAllowedUids).
         */
        sudo_set_max_allowed_validators: TxDescriptor<Anonymize<Iptqa236frcvo>>;
        /**
         * Owner or root, FW: set BondsMovingAverage (owner: <= 975_000).
         */
        sudo_set_bonds_moving_average: TxDescriptor<Anonymize<I8hbi1vrve1i2>>;
        /**
         * Root, FW: set MaxRegistrationsPerBlock.
         */
        sudo_set_max_registrations_per_block: TxDescriptor<Anonymize<Idv4d3rktbigfh>>;
        /**
         * Root: set SubnetOwnerCut.
         */
        sudo_set_subnet_owner_cut: TxDescriptor<Anonymize<I56j1e9gqlq602>>;
        /**
         * Root: set NetworkRateLimit.
         */
        sudo_set_network_rate_limit: TxDescriptor<Anonymize<Ib6k4vik9ruq8h>>;
        /**
         * Root, FW: set Tempo (no bounds) and restart the epoch cycle at this block.
         */
        sudo_set_tempo: TxDescriptor<Anonymize<I9u9gu9aa92l5m>>;
        /**
         * Deprecated: always fails.
         */
        sudo_set_total_issuance: TxDescriptor<Anonymize<Ibcjonc5ji2gv7>>;
        /**
         * Root: set NetworkImmunityPeriod.
         */
        sudo_set_network_immunity_period: TxDescriptor<Anonymize<Ia0sp2p68e9k16>>;
        /**
         * Root: set NetworkMinLockCost.
         */
        sudo_set_network_min_lock_cost: TxDescriptor<Anonymize<Ie318529rgoagk>>;
        /**
         * Root: set SubnetLimit.
         */
        sudo_set_subnet_limit: TxDescriptor<Anonymize<Iam4iou8r3isc1>>;
        /**
         * Root: set NetworkLockReductionInterval.
         */
        sudo_set_lock_reduction_interval: TxDescriptor<Anonymize<I21ajnsdtbutjh>>;
        /**
         * Root: set RAORecycledForRegistration.
         */
        sudo_set_rao_recycled: TxDescriptor<Anonymize<I203rofi4rpmo4>>;
        /**
         * Root: set StakeThreshold.
         */
        sudo_set_stake_threshold: TxDescriptor<Anonymize<I1e290fmo892vi>>;
        /**
         * Root: set NominatorMinRequiredStake; raising it above the previous minimum clears small nominations.
         */
        sudo_set_nominator_min_required_stake: TxDescriptor<Anonymize<I1e290fmo892vi>>;
        /**
         * Root: set TxDelegateTakeRateLimit.
         */
        sudo_set_tx_delegate_take_rate_limit: TxDescriptor<Anonymize<I3gk6eeddm0hsd>>;
        /**
         * Root: set MinDelegateTake.
         */
        sudo_set_min_delegate_take: TxDescriptor<Anonymize<I6ue7qc27uhiev>>;
        /**
         * Owner or root, FW: set CommitRevealWeightsEnabled.
         */
        sudo_set_commit_reveal_weights_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Owner or root, FW: set LiquidAlphaOn (no existence check, no event).
         */
        sudo_set_liquid_alpha_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Owner or root, FW: set AlphaValues (liquid alpha on; 1638 <= low <= high).
         */
        sudo_set_alpha_values: TxDescriptor<Anonymize<I71lu4gpn88cf0>>;
        /**
         * Root: set DissolveNetworkScheduleDuration.
         */
        sudo_set_dissolve_network_schedule_duration: TxDescriptor<Anonymize<I98iornf3ajrp9>>;
        /**
         * Owner or root, FW: set RevealPeriodEpochs (1..=100).
         */
        sudo_set_commit_reveal_weights_interval: TxDescriptor<Anonymize<I9893mbk9nh201>>;
        /**
         * Root: set the EVM chain id (pallet_evm_chain_id is not part of this runtime; origin check only).
         */
        sudo_set_evm_chain_id: TxDescriptor<Anonymize<I623eo8t3jrbeo>>;
        /**
         * Root: schedule a GRANDPA authority change (consensus; not modelled beyond the origin check).
         */
        schedule_grandpa_change: TxDescriptor<Anonymize<Ieo8qamskgm4dk>>;
        /**
         * Owner or root, FW: set BondsPenalty.
         */
        sudo_set_bonds_penalty: TxDescriptor<Anonymize<I1v9a50gjqk26k>>;
        /**
         * Owner or root, FW: set TransferToggle.
         */
        sudo_set_toggle_transfer: TxDescriptor<Anonymize<Ift1efpssa32g2>>;
        /**
         * Root: enable or disable an EVM precompile (event only on change).
         */
        sudo_toggle_evm_precompile: TxDescriptor<Anonymize<I1sj8huj7of8mb>>;
        /**
         * Root: set SubnetMovingAlpha (I96F32 bits).
         */
        sudo_set_subnet_moving_alpha: TxDescriptor<Anonymize<I6av3sq9jkhmm3>>;
        /**
         * Owner or root: set SubnetOwnerHotkey (once per 50_400 blocks per subnet).
         */
        sudo_set_subnet_owner_hotkey: TxDescriptor<Anonymize<I7f38r2vt6r9k1>>;
        /**
         * Root: set EMAPriceHalvingBlocks (no existence check, no event).
         */
        sudo_set_ema_price_halving_period: TxDescriptor<Anonymize<I70cd7doki8rme>>;
        /**
         * Root, FW: set SubtokenEnabled.
         */
        sudo_set_subtoken_enabled: TxDescriptor<Anonymize<Idco9ambhipg4i>>;
        /**
         * Owner or root: set SubnetOwnerHotkey (once per 50_400 blocks per subnet).
         */
        sudo_set_sn_owner_hotkey: TxDescriptor<Anonymize<I7f38r2vt6r9k1>>;
        /**
         * Owner or root, FW: set AlphaSigmoidSteepness (owner: >= 0).
         */
        sudo_set_alpha_sigmoid_steepness: TxDescriptor<Anonymize<Iam7j42j9f1go6>>;
        /**
         * Owner or root, FW: set Yuma3On.
         */
        sudo_set_yuma3_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Owner or root, FW: set BondsResetOn.
         */
        sudo_set_bonds_reset_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Root: set CommitRevealWeightsVersion.
         */
        sudo_set_commit_reveal_version: TxDescriptor<Anonymize<I6s1nbislhk619>>;
        /**
         * Owner or root, FW: set ImmuneOwnerUidsLimit (1..=10).
         */
        sudo_set_owner_immune_neuron_limit: TxDescriptor<Anonymize<I9jtu7slb30qvs>>;
        /**
         * Root: set CKBurn.
         */
        sudo_set_ck_burn: TxDescriptor<Anonymize<Idv3j6a15pjc16>>;
        /**
         * Root: set AdminFreezeWindow (blocks).
         */
        sudo_set_admin_freeze_window: TxDescriptor<Anonymize<I206qvjkjun95i>>;
        /**
         * Root: set OwnerHyperparamRateLimit (tempos).
         */
        sudo_set_owner_hparam_rate_limit: TxDescriptor<Anonymize<I4qhb3plq4ifmq>>;
        /**
         * Owner or root, FW: set MechanismCountCurrent (1..=MaxMechanismCount; owner once per 7200 blocks).
         */
        sudo_set_mechanism_count: TxDescriptor<Anonymize<Ic58lhlh1ocpm1>>;
        /**
         * Owner or root, FW: set MechanismEmissionSplit (sums to 65535; owner once per 7200 blocks).
         */
        sudo_set_mechanism_emission_split: TxDescriptor<Anonymize<I6uopd4b2os90n>>;
        /**
         * Owner or root, FW: lower MaxAllowedUids and prune the lowest emitters (owner once per 30 days).
         */
        sudo_trim_to_max_allowed_uids: TxDescriptor<Anonymize<I6idbvi8v00o5j>>;
        /**
         * Root, FW: set MinAllowedUids (< MaxAllowedUids and < current N).
         */
        sudo_set_min_allowed_uids: TxDescriptor<Anonymize<Ifbgbhkj74b35k>>;
        /**
         * Owner or root, FW: set RecycleOrBurn (no event).
         */
        sudo_set_recycle_or_burn: TxDescriptor<Anonymize<Ibk3v0rrpo1bio>>;
        /**
         * Root: set TaoFlowCutoff (I64F64 bits).
         */
        sudo_set_tao_flow_cutoff: TxDescriptor<Anonymize<Ibt4a800kb7frq>>;
        /**
         * Root: set FlowNormExponent (U64F64 bits, 1..=2).
         */
        sudo_set_tao_flow_normalization_exponent: TxDescriptor<Anonymize<Icb4un8h4cokoo>>;
        /**
         * Root: set FlowEmaSmoothingFactor.
         */
        sudo_set_tao_flow_smoothing_factor: TxDescriptor<Anonymize<I1up607q6ce947>>;
        /**
         * Root: set MinNonImmuneUids (no existence check).
         */
        sudo_set_min_non_immune_uids: TxDescriptor<Anonymize<Ib1d0bomkbrqv1>>;
        /**
         * Root: set StartCallDelay.
         */
        sudo_set_start_call_delay: TxDescriptor<Anonymize<Iaflrold1ds0nq>>;
        /**
         * Root: set ColdkeySwapAnnouncementDelay.
         */
        sudo_set_coldkey_swap_announcement_delay: TxDescriptor<Anonymize<I98iornf3ajrp9>>;
        /**
         * Root: set ColdkeySwapReannouncementDelay.
         */
        sudo_set_coldkey_swap_reannouncement_delay: TxDescriptor<Anonymize<I98iornf3ajrp9>>;
        /**
         * Root: set MaxMechanismCount (1..=16).
         */
        sudo_set_max_mechanism_count: TxDescriptor<Anonymize<I7hktg5sccf8op>>;
        /**
         * Owner or root, FW: set BurnHalfLife (1..=36_100, not root).
         */
        sudo_set_burn_half_life: TxDescriptor<Anonymize<I2v2nm1sr4ujod>>;
        /**
         * Owner or root, FW: set BurnIncreaseMult (U64F64 bits, 1..=3, not root).
         */
        sudo_set_burn_increase_mult: TxDescriptor<Anonymize<Idm5dkv0qkduu6>>;
        /**
         * Root: set NetTaoFlowEnabled.
         */
        sudo_set_net_tao_flow_enabled: TxDescriptor<Anonymize<I94dejtmu6d72i>>;
        /**
         * Owner or root (no rate limit), FW: set OwnerCutEnabled (not root subnet).
         */
        sudo_set_owner_cut_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Owner or root, FW: set MinChildkeyTakePerSubnet (within [MinChildkeyTake, MaxChildkeyTake]).
         */
        sudo_set_min_childkey_take_per_subnet: TxDescriptor<Anonymize<Ia5a6tffkior2o>>;
        /**
         * Root: set SubnetEmissionEnabled (not root subnet).
         */
        sudo_set_subnet_emission_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Owner or root (no rate limit), FW: set OwnerCutAutoLockEnabled (not root subnet).
         */
        sudo_set_owner_cut_auto_lock_enabled: TxDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Root: set MaxEpochsPerBlock (>= 1).
         */
        sudo_set_max_epochs_per_block: TxDescriptor<Anonymize<I28t6cr407dtvs>>;
    };
    Swap: {
        /**
         * Root: set the swap fee rate of a subnet.
         */
        set_fee_rate: TxDescriptor<Anonymize<I3mkis681qg30e>>;
        /**
         * Deprecated: user liquidity positions are permanently disabled.
         */
        add_liquidity: TxDescriptor<Anonymize<I3mcu79ge1e54v>>;
        /**
         * Deprecated: user liquidity positions are permanently disabled.
         */
        remove_liquidity: TxDescriptor<Anonymize<Icf66vuktncksu>>;
        /**
         * Deprecated: user liquidity positions are permanently disabled.
         */
        modify_position: TxDescriptor<Anonymize<Id69glo8rcjef>>;
        /**
         * Deprecated: user liquidity positions are permanently disabled.
         */
        toggle_user_liquidity: TxDescriptor<Anonymize<I2foqo7cbqf35v>>;
        /**
         * Deprecated: user liquidity positions are permanently disabled.
         */
        disable_lp: TxDescriptor<undefined>;
    };
    Consensus: {
        /**
         * Set a validator's voting power by its ed25519 consensus key; 0 removes it. Root only.
         */
        set_validator: TxDescriptor<Anonymize<I5u3jepqe3ks7a>>;
    };
};
type IEvent = {
    System: {
        /**
         * An extrinsic completed successfully.
         */
        ExtrinsicSuccess: PlainDescriptor<Anonymize<Ia82mnkmeo2rhc>>;
        /**
         * An extrinsic failed.
         */
        ExtrinsicFailed: PlainDescriptor<Anonymize<I9af3aailjfa3f>>;
        /**
         * `:code` was updated.
         */
        CodeUpdated: PlainDescriptor<undefined>;
        /**
         * A new account was created.
         */
        NewAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * An account was reaped.
         */
        KilledAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * On on-chain remark happened.
         */
        Remarked: PlainDescriptor<Anonymize<I855j4i3kr8ko1>>;
    };
    Balances: {
        /**
        
         */
        Endowed: PlainDescriptor<Anonymize<Icv68aq8841478>>;
        /**
        
         */
        DustLost: PlainDescriptor<Anonymize<Ic262ibdoec56a>>;
        /**
        
         */
        Transfer: PlainDescriptor<Anonymize<Iflcfm9b6nlmdd>>;
        /**
        
         */
        BalanceSet: PlainDescriptor<Anonymize<Ijrsf4mnp3eka>>;
        /**
        
         */
        Reserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Unreserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Deposit: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Withdraw: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Slashed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Minted: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Burned: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
        
         */
        Issued: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
        
         */
        Rescinded: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
    };
    TransactionPayment: {
        /**
        
         */
        TransactionFeePaid: PlainDescriptor<Anonymize<Ier2cke86dqbr2>>;
    };
    SubtensorModule: {
        /**
        
         */
        NetworkAdded: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        NetworkRemoved: PlainDescriptor<number>;
        /**
        
         */
        StakeAdded: PlainDescriptor<Anonymize<Io45lnue7n40k>>;
        /**
        
         */
        StakeRemoved: PlainDescriptor<Anonymize<Io45lnue7n40k>>;
        /**
        
         */
        StakeMoved: PlainDescriptor<Anonymize<I83e4tgdv5ohg1>>;
        /**
        
         */
        WeightsSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        NeuronRegistered: PlainDescriptor<Anonymize<I6o6dmud53u1fj>>;
        /**
        
         */
        BulkNeuronsRegistered: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        BulkBalancesSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        MaxAllowedUidsSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        MaxWeightLimitSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        DifficultySet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        AdjustmentIntervalSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        RegistrationPerIntervalSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        MaxRegistrationsPerBlockSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        ActivityCutoffSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        RhoSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        AlphaSigmoidSteepnessSet: PlainDescriptor<Anonymize<I5g2vv0ckl2m8b>>;
        /**
        
         */
        KappaSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        MinAllowedWeightSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        ValidatorPruneLenSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        ScalingLawPowerSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        WeightsSetRateLimitSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        ImmunityPeriodSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        BondsMovingAverageSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        BondsPenaltySet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        BondsResetOnSet: PlainDescriptor<Anonymize<I39p6ln31i4n46>>;
        /**
        
         */
        MaxAllowedValidatorsSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        AxonServed: PlainDescriptor<Anonymize<I7svnfko10tq2e>>;
        /**
        
         */
        PrometheusServed: PlainDescriptor<Anonymize<I7svnfko10tq2e>>;
        /**
        
         */
        DelegateAdded: PlainDescriptor<Anonymize<I7svrbkiu01iec>>;
        /**
        
         */
        DefaultTakeSet: PlainDescriptor<number>;
        /**
        
         */
        WeightsVersionKeySet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        MinDifficultySet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        MaxDifficultySet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        ServingRateLimitSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        BurnSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        MaxBurnSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        MinBurnSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        MaxEpochsPerBlockSet: PlainDescriptor<number>;
        /**
        
         */
        TxRateLimitSet: PlainDescriptor<bigint>;
        /**
        
         */
        TxDelegateTakeRateLimitSet: PlainDescriptor<bigint>;
        /**
        
         */
        TxChildKeyTakeRateLimitSet: PlainDescriptor<bigint>;
        /**
        
         */
        AdminFreezeWindowSet: PlainDescriptor<number>;
        /**
        
         */
        OwnerHyperparamRateLimitSet: PlainDescriptor<number>;
        /**
        
         */
        MinChildKeyTakeSet: PlainDescriptor<number>;
        /**
        
         */
        MinChildKeyTakePerSubnetSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        MaxChildKeyTakeSet: PlainDescriptor<number>;
        /**
        
         */
        ChildKeyTakeSet: PlainDescriptor<Anonymize<I6ouflveob4eli>>;
        /**
        
         */
        Sudid: PlainDescriptor<Anonymize<Iel69h0ksfqs5d>>;
        /**
        
         */
        RegistrationAllowed: PlainDescriptor<Anonymize<I39p6ln31i4n46>>;
        /**
        
         */
        PowRegistrationAllowed: PlainDescriptor<Anonymize<I39p6ln31i4n46>>;
        /**
        
         */
        TempoSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        RAORecycledForRegistrationSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        StakeThresholdSet: PlainDescriptor<bigint>;
        /**
        
         */
        AdjustmentAlphaSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        Faucet: PlainDescriptor<Anonymize<I95l2k9b1re95f>>;
        /**
        
         */
        SubnetOwnerCutSet: PlainDescriptor<number>;
        /**
        
         */
        NetworkRateLimitSet: PlainDescriptor<bigint>;
        /**
        
         */
        NetworkImmunityPeriodSet: PlainDescriptor<bigint>;
        /**
        
         */
        StartCallDelaySet: PlainDescriptor<bigint>;
        /**
        
         */
        NetworkMinLockCostSet: PlainDescriptor<bigint>;
        /**
        
         */
        SubnetLimitSet: PlainDescriptor<number>;
        /**
        
         */
        NetworkLockCostReductionIntervalSet: PlainDescriptor<bigint>;
        /**
        
         */
        TakeDecreased: PlainDescriptor<Anonymize<I7svrbkiu01iec>>;
        /**
        
         */
        TakeIncreased: PlainDescriptor<Anonymize<I7svrbkiu01iec>>;
        /**
        
         */
        HotkeySwapped: PlainDescriptor<Anonymize<Ifkgc6cte1k96e>>;
        /**
        
         */
        MaxDelegateTakeSet: PlainDescriptor<number>;
        /**
        
         */
        MinDelegateTakeSet: PlainDescriptor<number>;
        /**
        
         */
        ColdkeySwapAnnounced: PlainDescriptor<Anonymize<I6kvs2mb8unk0t>>;
        /**
        
         */
        ColdkeySwapReset: PlainDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
        
         */
        ColdkeySwapped: PlainDescriptor<Anonymize<Idbuci3sr3i1f7>>;
        /**
        
         */
        ColdkeySwapDisputed: PlainDescriptor<Anonymize<I375tmdui1ejfc>>;
        /**
        
         */
        AllBalanceUnstakedAndTransferredToNewColdkey: PlainDescriptor<Anonymize<I73drt1hl9e70v>>;
        /**
        
         */
        ArbitrationPeriodExtended: PlainDescriptor<Anonymize<I375tmdui1ejfc>>;
        /**
        
         */
        SetChildrenScheduled: PlainDescriptor<Anonymize<I1dm4sip108q0g>>;
        /**
        
         */
        SetChildren: PlainDescriptor<Anonymize<Iajgphfb1fka7l>>;
        /**
        
         */
        ChainIdentitySet: PlainDescriptor<SS58String>;
        /**
        
         */
        SubnetIdentitySet: PlainDescriptor<number>;
        /**
        
         */
        SubnetIdentityRemoved: PlainDescriptor<number>;
        /**
        
         */
        DissolveNetworkScheduled: PlainDescriptor<Anonymize<I4hnmf90qkrer9>>;
        /**
        
         */
        ColdkeySwapAnnouncementDelaySet: PlainDescriptor<number>;
        /**
        
         */
        ColdkeySwapReannouncementDelaySet: PlainDescriptor<number>;
        /**
        
         */
        DissolveNetworkScheduleDurationSet: PlainDescriptor<number>;
        /**
        
         */
        CRV3WeightsCommitted: PlainDescriptor<Anonymize<Ijsohbv0raf36>>;
        /**
        
         */
        WeightsCommitted: PlainDescriptor<Anonymize<Ijsohbv0raf36>>;
        /**
        
         */
        WeightsRevealed: PlainDescriptor<Anonymize<Ijsohbv0raf36>>;
        /**
        
         */
        WeightsBatchRevealed: PlainDescriptor<Anonymize<I4ga01hppthoe1>>;
        /**
        
         */
        BatchWeightsCompleted: PlainDescriptor<Anonymize<I4hckkcv10tcue>>;
        /**
        
         */
        BatchCompletedWithErrors: PlainDescriptor<undefined>;
        /**
        
         */
        BatchWeightItemFailed: PlainDescriptor<Anonymize<Idbmshvuev4rrl>>;
        /**
        
         */
        StakeTransferred: PlainDescriptor<Anonymize<If2ieedn10ujdv>>;
        /**
        
         */
        StakeSwapped: PlainDescriptor<Anonymize<Iaseh340tnovdh>>;
        /**
        
         */
        TransferToggle: PlainDescriptor<Anonymize<I39p6ln31i4n46>>;
        /**
        
         */
        SubnetOwnerHotkeySet: PlainDescriptor<Anonymize<I7svnfko10tq2e>>;
        /**
        
         */
        FirstEmissionBlockNumberSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        AlphaRecycled: PlainDescriptor<Anonymize<I8m5umt6snnmlj>>;
        /**
        
         */
        AlphaBurned: PlainDescriptor<Anonymize<I8m5umt6snnmlj>>;
        /**
        
         */
        EvmKeyAssociated: PlainDescriptor<Anonymize<I5aeg4u9kpsp8o>>;
        /**
        
         */
        CRV3WeightsRevealed: PlainDescriptor<Anonymize<I7svnfko10tq2e>>;
        /**
        
         */
        CommitRevealPeriodsSet: PlainDescriptor<Anonymize<I4ojmnsk1dchql>>;
        /**
        
         */
        CommitRevealEnabled: PlainDescriptor<Anonymize<I39p6ln31i4n46>>;
        /**
        
         */
        HotkeySwappedOnSubnet: PlainDescriptor<Anonymize<I3fsv5f1boeqf3>>;
        /**
        
         */
        SubnetLeaseCreated: PlainDescriptor<Anonymize<Ifoov68qt28nbm>>;
        /**
        
         */
        SubnetLeaseTerminated: PlainDescriptor<Anonymize<Ib937mhlbop6j7>>;
        /**
        
         */
        SymbolUpdated: PlainDescriptor<Anonymize<I62rrikn5vj0p5>>;
        /**
        
         */
        CommitRevealVersionSet: PlainDescriptor<number>;
        /**
        
         */
        TimelockedWeightsCommitted: PlainDescriptor<Anonymize<I838gqvljm75tj>>;
        /**
        
         */
        TimelockedWeightsRevealed: PlainDescriptor<Anonymize<I7svnfko10tq2e>>;
        /**
        
         */
        AutoStakeAdded: PlainDescriptor<Anonymize<I1cu36qostj5d8>>;
        /**
        
         */
        IncentiveAlphaEmittedToMiners: PlainDescriptor<Anonymize<I4r2ptfsrl017r>>;
        /**
        
         */
        MinAllowedUidsSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        AutoStakeDestinationSet: PlainDescriptor<Anonymize<Ielglukq9ekcit>>;
        /**
        
         */
        MinNonImmuneUidsSet: PlainDescriptor<Anonymize<I9jd27rnpm8ttv>>;
        /**
        
         */
        RootClaimed: PlainDescriptor<Anonymize<I375tmdui1ejfc>>;
        /**
        
         */
        RootClaimTypeSet: PlainDescriptor<Anonymize<I1clsdhcok4nle>>;
        /**
        
         */
        VotingPowerTrackingEnabled: PlainDescriptor<Anonymize<I6cm4c5a1euio9>>;
        /**
        
         */
        VotingPowerTrackingDisableScheduled: PlainDescriptor<Anonymize<Iemddv6u2buvfn>>;
        /**
        
         */
        VotingPowerTrackingDisabled: PlainDescriptor<Anonymize<I6cm4c5a1euio9>>;
        /**
        
         */
        VotingPowerEmaAlphaSet: PlainDescriptor<Anonymize<I4guv8rii4s6je>>;
        /**
        
         */
        SubnetLeaseDividendsDistributed: PlainDescriptor<Anonymize<Ic149bnrif7lpr>>;
        /**
        
         */
        AddStakeBurn: PlainDescriptor<Anonymize<I89dsvf7sdo4ko>>;
        /**
        
         */
        ColdkeySwapCleared: PlainDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
        
         */
        TransactionFeePaidWithAlpha: PlainDescriptor<Anonymize<Iag26k7oo9hkj6>>;
        /**
        
         */
        BurnHalfLifeSet: PlainDescriptor<Anonymize<I2v2nm1sr4ujod>>;
        /**
        
         */
        BurnIncreaseMultSet: PlainDescriptor<Anonymize<Idm5dkv0qkduu6>>;
        /**
        
         */
        AutoParentDelegationEnabledSet: PlainDescriptor<Anonymize<Iavmlc8d5lfdju>>;
        /**
        
         */
        StakeLocked: PlainDescriptor<Anonymize<I81ro80mnm6q0j>>;
        /**
        
         */
        StakeUnlocked: PlainDescriptor<Anonymize<I81ro80mnm6q0j>>;
        /**
        
         */
        LockMoved: PlainDescriptor<Anonymize<I5djuolsjqf6rd>>;
        /**
        
         */
        ActivityCutoffFactorMilliSet: PlainDescriptor<Anonymize<I7l1na8un33hfo>>;
        /**
        
         */
        EpochTriggered: PlainDescriptor<Anonymize<I68qougcarii12>>;
        /**
        
         */
        EpochDeferred: PlainDescriptor<Anonymize<Ifq8ulnatlve2d>>;
        /**
        
         */
        EpochSkipped: PlainDescriptor<Anonymize<I5tkra4deh2m6i>>;
        /**
        
         */
        SubnetOwnerChanged: PlainDescriptor<Anonymize<I59tu3mhv1nu2k>>;
        /**
        
         */
        PerpetualLockUpdated: PlainDescriptor<Anonymize<I8je96vk91mnlh>>;
        /**
        
         */
        RejectLockedAlphaUpdated: PlainDescriptor<Anonymize<I1cfcmrqflja7i>>;
    };
    Utility: {
        /**
        
         */
        BatchInterrupted: PlainDescriptor<Anonymize<Ib1bgfmqciugre>>;
        /**
        
         */
        BatchCompleted: PlainDescriptor<undefined>;
        /**
        
         */
        BatchCompletedWithErrors: PlainDescriptor<undefined>;
        /**
        
         */
        ItemCompleted: PlainDescriptor<undefined>;
        /**
        
         */
        ItemFailed: PlainDescriptor<Anonymize<Icfbu34dqnsf4t>>;
        /**
        
         */
        DispatchedAs: PlainDescriptor<Anonymize<I8f2uf2nvfumd9>>;
    };
    Sudo: {
        /**
        
         */
        Sudid: PlainDescriptor<Anonymize<I7jsjskcp49hjg>>;
        /**
        
         */
        KeyChanged: PlainDescriptor<Anonymize<I5rtkmhm2dng4u>>;
        /**
        
         */
        KeyRemoved: PlainDescriptor<undefined>;
        /**
        
         */
        SudoAsDone: PlainDescriptor<Anonymize<I7jsjskcp49hjg>>;
    };
    Commitments: {
        /**
         * A commitment was set
         */
        Commitment: PlainDescriptor<Anonymize<Idcqgi2844k5he>>;
        /**
         * A timelock-encrypted commitment was set
         */
        TimelockCommitment: PlainDescriptor<Anonymize<Iej2173ou338sm>>;
        /**
         * A timelock-encrypted commitment was auto-revealed
         */
        CommitmentRevealed: PlainDescriptor<Anonymize<Idcqgi2844k5he>>;
    };
    AdminUtils: {
        /**
         * Event emitted when a precompile operation is updated.
         */
        PrecompileUpdated: PlainDescriptor<Anonymize<I1sj8huj7of8mb>>;
        /**
         * Event emitted when the Yuma3 enable is toggled.
         */
        Yuma3EnableToggled: PlainDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Event emitted when Bonds Reset is toggled.
         */
        BondsResetToggled: PlainDescriptor<Anonymize<Ie31ro5s5e089f>>;
        /**
         * Event emitted when the burn half-life parameter is set for a subnet.
         */
        BurnHalfLifeSet: PlainDescriptor<Anonymize<I2v2nm1sr4ujod>>;
        /**
         * Event emitted when the burn increase multiplier is set for a subnet.
         */
        BurnIncreaseMultSet: PlainDescriptor<Anonymize<Idm5dkv0qkduu6>>;
        /**
         * Pool-side subnet emission injections and chain buys were enabled or disabled.
         */
        SubnetEmissionEnabledSet: PlainDescriptor<Anonymize<Ie31ro5s5e089f>>;
    };
    Swap: {
        /**
        
         */
        FeeRateSet: PlainDescriptor<Anonymize<I3mkis681qg30e>>;
    };
    Consensus: {
        /**
         * A validator's voting power changes (0: removed); CometBFT applies it two blocks later.
         */
        ValidatorUpdateScheduled: PlainDescriptor<Anonymize<I5u3jepqe3ks7a>>;
    };
};
type IError = {
    System: {
        /**
        
         */
        InvalidSpecName: PlainDescriptor<undefined>;
        /**
        
         */
        SpecVersionNeedsToIncrease: PlainDescriptor<undefined>;
        /**
        
         */
        FailedToExtractRuntimeVersion: PlainDescriptor<undefined>;
        /**
        
         */
        NonDefaultComposite: PlainDescriptor<undefined>;
        /**
        
         */
        NonZeroRefCount: PlainDescriptor<undefined>;
        /**
        
         */
        CallFiltered: PlainDescriptor<undefined>;
        /**
        
         */
        MultiBlockMigrationsOngoing: PlainDescriptor<undefined>;
        /**
        
         */
        NothingAuthorized: PlainDescriptor<undefined>;
        /**
        
         */
        Unauthorized: PlainDescriptor<undefined>;
    };
    Balances: {
        /**
        
         */
        VestingBalance: PlainDescriptor<undefined>;
        /**
        
         */
        LiquidityRestrictions: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
        
         */
        ExistentialDeposit: PlainDescriptor<undefined>;
        /**
        
         */
        Expendability: PlainDescriptor<undefined>;
        /**
        
         */
        ExistingVestingSchedule: PlainDescriptor<undefined>;
        /**
        
         */
        DeadAccount: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyReserves: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyHolds: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyFreezes: PlainDescriptor<undefined>;
        /**
        
         */
        IssuanceDeactivated: PlainDescriptor<undefined>;
        /**
        
         */
        DeltaZero: PlainDescriptor<undefined>;
    };
    SubtensorModule: {
        /**
        
         */
        RootNetworkDoesNotExist: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidIpType: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidIpAddress: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidPort: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeyNotRegisteredInSubNet: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeyAccountNotExists: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeyNotRegisteredInNetwork: PlainDescriptor<undefined>;
        /**
        
         */
        NonAssociatedColdKey: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughStake: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughStakeToWithdraw: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughStakeToSetWeights: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughStakeToSetChildkeys: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughBalanceToStake: PlainDescriptor<undefined>;
        /**
        
         */
        BalanceWithdrawalError: PlainDescriptor<undefined>;
        /**
        
         */
        ZeroBalanceAfterWithdrawn: PlainDescriptor<undefined>;
        /**
        
         */
        NeuronNoValidatorPermit: PlainDescriptor<undefined>;
        /**
        
         */
        WeightVecNotEqualSize: PlainDescriptor<undefined>;
        /**
        
         */
        DuplicateUids: PlainDescriptor<undefined>;
        /**
        
         */
        UidVecContainInvalidOne: PlainDescriptor<undefined>;
        /**
        
         */
        WeightVecLengthIsLow: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyRegistrationsThisBlock: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeyAlreadyRegisteredInSubNet: PlainDescriptor<undefined>;
        /**
        
         */
        NewHotKeyIsSameWithOld: PlainDescriptor<undefined>;
        /**
        
         */
        NewHotKeyNotCleanForRootSwap: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidWorkBlock: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidDifficulty: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidSeal: PlainDescriptor<undefined>;
        /**
        
         */
        MaxWeightExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeyAlreadyDelegate: PlainDescriptor<undefined>;
        /**
        
         */
        SettingWeightsTooFast: PlainDescriptor<undefined>;
        /**
        
         */
        IncorrectWeightVersionKey: PlainDescriptor<undefined>;
        /**
        
         */
        ServingRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        UidsLengthExceedUidsInSubNet: PlainDescriptor<undefined>;
        /**
        
         */
        NetworkTxRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        DelegateTxRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeySetTxRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        StakingRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        SubNetRegistrationDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyRegistrationsThisInterval: PlainDescriptor<undefined>;
        /**
        
         */
        TransactorAccountShouldBeHotKey: PlainDescriptor<undefined>;
        /**
        
         */
        FaucetDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        NotSubnetOwner: PlainDescriptor<undefined>;
        /**
        
         */
        RegistrationNotPermittedOnRootSubnet: PlainDescriptor<undefined>;
        /**
        
         */
        StakeTooLowForRoot: PlainDescriptor<undefined>;
        /**
        
         */
        AllNetworksInImmunity: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughBalanceToPaySwapHotKey: PlainDescriptor<undefined>;
        /**
        
         */
        NotRootSubnet: PlainDescriptor<undefined>;
        /**
        
         */
        CanNotSetRootNetworkWeights: PlainDescriptor<undefined>;
        /**
        
         */
        NoNeuronIdAvailable: PlainDescriptor<undefined>;
        /**
        
         */
        DelegateTakeTooLow: PlainDescriptor<undefined>;
        /**
        
         */
        DelegateTakeTooHigh: PlainDescriptor<undefined>;
        /**
        
         */
        NoWeightsCommitFound: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidRevealCommitHashNotMatch: PlainDescriptor<undefined>;
        /**
        
         */
        CommitRevealEnabled: PlainDescriptor<undefined>;
        /**
        
         */
        CommitRevealDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        LiquidAlphaDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        AlphaHighTooLow: PlainDescriptor<undefined>;
        /**
        
         */
        AlphaLowOutOfRange: PlainDescriptor<undefined>;
        /**
        
         */
        ColdKeyAlreadyAssociated: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughBalanceToPaySwapColdKey: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidChild: PlainDescriptor<undefined>;
        /**
        
         */
        DuplicateChild: PlainDescriptor<undefined>;
        /**
        
         */
        ProportionOverflow: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyChildren: PlainDescriptor<undefined>;
        /**
        
         */
        TxRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapAnnouncementNotFound: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapTooEarly: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapReannouncedTooEarly: PlainDescriptor<undefined>;
        /**
        
         */
        AnnouncedColdkeyHashDoesNotMatch: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapAlreadyDisputed: PlainDescriptor<undefined>;
        /**
        
         */
        NewColdKeyIsHotkey: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidChildkeyTake: PlainDescriptor<undefined>;
        /**
        
         */
        TxChildkeyTakeRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidIdentity: PlainDescriptor<undefined>;
        /**
        
         */
        MechanismDoesNotExist: PlainDescriptor<undefined>;
        /**
        
         */
        StakeUnavailable: PlainDescriptor<undefined>;
        /**
        
         */
        SubnetNotExists: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyUnrevealedCommits: PlainDescriptor<undefined>;
        /**
        
         */
        ExpiredWeightCommit: PlainDescriptor<undefined>;
        /**
        
         */
        RevealTooEarly: PlainDescriptor<undefined>;
        /**
        
         */
        InputLengthsUnequal: PlainDescriptor<undefined>;
        /**
        
         */
        CommittingWeightsTooFast: PlainDescriptor<undefined>;
        /**
        
         */
        AmountTooLow: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientLiquidity: PlainDescriptor<undefined>;
        /**
        
         */
        SlippageTooHigh: PlainDescriptor<undefined>;
        /**
        
         */
        TransferDisallowed: PlainDescriptor<undefined>;
        /**
        
         */
        ActivityCutoffTooLow: PlainDescriptor<undefined>;
        /**
        
         */
        CallDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        FirstEmissionBlockNumberAlreadySet: PlainDescriptor<undefined>;
        /**
        
         */
        NeedWaitingMoreBlocksToStarCall: PlainDescriptor<undefined>;
        /**
        
         */
        NotEnoughAlphaOutToRecycle: PlainDescriptor<undefined>;
        /**
        
         */
        CannotBurnOrRecycleOnRootSubnet: PlainDescriptor<undefined>;
        /**
        
         */
        UnableToRecoverPublicKey: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidRecoveredPublicKey: PlainDescriptor<undefined>;
        /**
        
         */
        SubtokenDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        HotKeySwapOnSubnetIntervalNotPassed: PlainDescriptor<undefined>;
        /**
        
         */
        SameNetuid: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidLeaseBeneficiary: PlainDescriptor<undefined>;
        /**
        
         */
        LeaseCannotEndInThePast: PlainDescriptor<undefined>;
        /**
        
         */
        LeaseNetuidNotFound: PlainDescriptor<undefined>;
        /**
        
         */
        LeaseDoesNotExist: PlainDescriptor<undefined>;
        /**
        
         */
        LeaseHasNoEndBlock: PlainDescriptor<undefined>;
        /**
        
         */
        LeaseHasNotEnded: PlainDescriptor<undefined>;
        /**
        
         */
        Overflow: PlainDescriptor<undefined>;
        /**
        
         */
        BeneficiaryDoesNotOwnHotkey: PlainDescriptor<undefined>;
        /**
        
         */
        ExpectedBeneficiaryOrigin: PlainDescriptor<undefined>;
        /**
        
         */
        AdminActionProhibitedDuringWeightsWindow: PlainDescriptor<undefined>;
        /**
        
         */
        SymbolDoesNotExist: PlainDescriptor<undefined>;
        /**
        
         */
        SymbolAlreadyInUse: PlainDescriptor<undefined>;
        /**
        
         */
        IncorrectCommitRevealVersion: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidRevealRound: PlainDescriptor<undefined>;
        /**
        
         */
        RevealPeriodTooLarge: PlainDescriptor<undefined>;
        /**
        
         */
        RevealPeriodTooSmall: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidValue: PlainDescriptor<undefined>;
        /**
        
         */
        SubnetLimitReached: PlainDescriptor<undefined>;
        /**
        
         */
        CannotAffordLockCost: PlainDescriptor<undefined>;
        /**
        
         */
        EvmKeyAssociateRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        SameAutoStakeHotkeyAlreadySet: PlainDescriptor<undefined>;
        /**
        
         */
        UidMapCouldNotBeCleared: PlainDescriptor<undefined>;
        /**
        
         */
        TrimmingWouldExceedMaxImmunePercentage: PlainDescriptor<undefined>;
        /**
        
         */
        ChildParentInconsistency: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidNumRootClaim: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidRootClaimThreshold: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidSubnetNumber: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyUIDsPerMechanism: PlainDescriptor<undefined>;
        /**
        
         */
        VotingPowerTrackingNotEnabled: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidVotingPowerEmaAlpha: PlainDescriptor<undefined>;
        /**
        
         */
        Deprecated: PlainDescriptor<undefined>;
        /**
        
         */
        AddStakeBurnRateLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapAnnounced: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapDisputed: PlainDescriptor<undefined>;
        /**
        
         */
        ColdkeySwapClearTooEarly: PlainDescriptor<undefined>;
        /**
        
         */
        DisabledTemporarily: PlainDescriptor<undefined>;
        /**
        
         */
        RegistrationPriceLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        LockHotkeyMismatch: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientStakeForLock: PlainDescriptor<undefined>;
        /**
        
         */
        NoExistingLock: PlainDescriptor<undefined>;
        /**
        
         */
        ActiveLockExists: PlainDescriptor<undefined>;
        /**
        
         */
        CannotUseSystemAccount: PlainDescriptor<undefined>;
        /**
        
         */
        UnlockAmountTooHigh: PlainDescriptor<undefined>;
        /**
        
         */
        TempoOutOfBounds: PlainDescriptor<undefined>;
        /**
        
         */
        ActivityCutoffFactorMilliOutOfBounds: PlainDescriptor<undefined>;
        /**
        
         */
        EpochTriggerAlreadyPending: PlainDescriptor<undefined>;
        /**
        
         */
        AutoEpochAlreadyImminent: PlainDescriptor<undefined>;
        /**
        
         */
        DynamicTempoBlockedByCommitReveal: PlainDescriptor<undefined>;
        /**
        
         */
        AccountRejectsLockedAlpha: PlainDescriptor<undefined>;
    };
    Utility: {
        /**
        
         */
        TooManyCalls: PlainDescriptor<undefined>;
    };
    Sudo: {
        /**
        
         */
        RequireSudo: PlainDescriptor<undefined>;
    };
    Commitments: {
        /**
        
         */
        TooManyFieldsInCommitmentInfo: PlainDescriptor<undefined>;
        /**
        
         */
        AccountNotAllowedCommit: PlainDescriptor<undefined>;
        /**
        
         */
        SpaceLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        UnexpectedUnreserveLeftover: PlainDescriptor<undefined>;
    };
    AdminUtils: {
        /**
        
         */
        SubnetDoesNotExist: PlainDescriptor<undefined>;
        /**
        
         */
        MaxValidatorsLargerThanMaxUIds: PlainDescriptor<undefined>;
        /**
        
         */
        MaxAllowedUIdsLessThanCurrentUIds: PlainDescriptor<undefined>;
        /**
        
         */
        BondsMovingAverageMaxReached: PlainDescriptor<undefined>;
        /**
        
         */
        NegativeSigmoidSteepness: PlainDescriptor<undefined>;
        /**
        
         */
        ValueNotInBounds: PlainDescriptor<undefined>;
        /**
        
         */
        MinAllowedUidsGreaterThanCurrentUids: PlainDescriptor<undefined>;
        /**
        
         */
        MinAllowedUidsGreaterThanMaxAllowedUids: PlainDescriptor<undefined>;
        /**
        
         */
        MaxAllowedUidsLessThanMinAllowedUids: PlainDescriptor<undefined>;
        /**
        
         */
        MaxAllowedUidsGreaterThanDefaultMaxAllowedUids: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidValue: PlainDescriptor<undefined>;
        /**
        
         */
        NotPermittedOnRootSubnet: PlainDescriptor<undefined>;
        /**
        
         */
        POWRegistrationDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        Deprecated: PlainDescriptor<undefined>;
    };
    Swap: {
        /**
        
         */
        FeeRateTooHigh: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientInputAmount: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientLiquidity: PlainDescriptor<undefined>;
        /**
        
         */
        PriceLimitExceeded: PlainDescriptor<undefined>;
        /**
        
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidTickRange: PlainDescriptor<undefined>;
        /**
        
         */
        InvalidLiquidityValue: PlainDescriptor<undefined>;
        /**
        
         */
        ReservesTooLow: PlainDescriptor<undefined>;
        /**
        
         */
        MechanismDoesNotExist: PlainDescriptor<undefined>;
        /**
        
         */
        SubtokenDisabled: PlainDescriptor<undefined>;
        /**
        
         */
        ReservesOutOfBalance: PlainDescriptor<undefined>;
        /**
        
         */
        SwapInputTooLarge: PlainDescriptor<undefined>;
        /**
        
         */
        Deprecated: PlainDescriptor<undefined>;
    };
    Consensus: {
        /**
        
         */
        PowerTooHigh: PlainDescriptor<undefined>;
        /**
        
         */
        TooManyUpdatesInBlock: PlainDescriptor<undefined>;
    };
};
type IConstants = {
    System: {
        /**
         * Block & extrinsics weights: base values and limits.
         */
        BlockWeights: PlainDescriptor<Anonymize<In7a38730s6qs>>;
        /**
         * The maximum length of a block (in bytes).
         */
        BlockLength: PlainDescriptor<Anonymize<If15el53dd76v9>>;
        /**
         * Maximum number of block number to block hash mappings to keep (oldest pruned first).
         */
        BlockHashCount: PlainDescriptor<number>;
        /**
         * The weight of runtime database operations the runtime can invoke.
         */
        DbWeight: PlainDescriptor<Anonymize<I9s0ave7t0vnrk>>;
        /**
         * Get the chain's in-code version.
         */
        Version: PlainDescriptor<Anonymize<I4fo08joqmcqnm>>;
        /**
         * The designated SS58 prefix of this chain.
         */
        SS58Prefix: PlainDescriptor<number>;
    };
    Timestamp: {
        /**
         * The minimum period between blocks (milliseconds).
         */
        MinimumPeriod: PlainDescriptor<bigint>;
    };
    Balances: {
        /**
         * The minimum amount required to keep an account open.
         */
        ExistentialDeposit: PlainDescriptor<bigint>;
        /**
        
         */
        MaxLocks: PlainDescriptor<number>;
        /**
        
         */
        MaxReserves: PlainDescriptor<number>;
        /**
        
         */
        MaxFreezes: PlainDescriptor<number>;
    };
    TransactionPayment: {
        /**
        
         */
        OperationalFeeMultiplier: PlainDescriptor<number>;
    };
    Utility: {
        /**
        
         */
        batched_calls_limit: PlainDescriptor<number>;
    };
    Commitments: {
        /**
        
         */
        MaxFields: PlainDescriptor<number>;
        /**
        
         */
        InitialDeposit: PlainDescriptor<bigint>;
        /**
        
         */
        FieldDeposit: PlainDescriptor<bigint>;
    };
    Swap: {
        /**
        
         */
        MaxFeeRate: PlainDescriptor<number>;
        /**
        
         */
        MinimumReserve: PlainDescriptor<bigint>;
    };
};
type IViewFns = {};
type IRuntimeCalls = {
    /**
     * The `Core` runtime api that every Substrate runtime needs to implement.
     */
    Core: {
        /**
         * Returns the version of the runtime.
         */
        version: RuntimeDescriptor<[], Anonymize<I4fo08joqmcqnm>>;
        /**
         * Execute the given block.
         */
        execute_block: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>], undefined>;
        /**
         * Initialize a block with the given header and return the runtime executive mode.
         */
        initialize_block: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], Anonymize<I2v50gu3s1aqk6>>;
    };
    /**
     * The `Metadata` api trait that returns metadata for the runtime.
     */
    Metadata: {
        /**
         * Returns the metadata of a runtime.
         */
        metadata: RuntimeDescriptor<[], Uint8Array>;
        /**
         * Returns the metadata at a given version.
         */
        metadata_at_version: RuntimeDescriptor<[version: number], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns the supported metadata versions.
         */
        metadata_versions: RuntimeDescriptor<[], Anonymize<Icgljjb6j82uhn>>;
    };
    /**
     * The `BlockBuilder` api trait that provides the required functionality for building a block.
     */
    BlockBuilder: {
        /**
         * Apply the given extrinsic.
         */
        apply_extrinsic: RuntimeDescriptor<[extrinsic: Uint8Array], Anonymize<I193tqi49jod17>>;
        /**
         * Finish the current block.
         */
        finalize_block: RuntimeDescriptor<[], Anonymize<Ic952bubvq4k7d>>;
        /**
         * Generate inherent extrinsics.
         */
        inherent_extrinsics: RuntimeDescriptor<[inherent: Anonymize<If7uv525tdvv7a>], Anonymize<Itom7fk49o0c9>>;
        /**
         * Check that the inherents are valid.
         */
        check_inherents: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>, data: Anonymize<If7uv525tdvv7a>], Anonymize<I2an1fs2eiebjp>>;
    };
    /**
     * The `TaggedTransactionQueue` api trait for interfering with the transaction queue.
     */
    TaggedTransactionQueue: {
        /**
         * Validate the transaction.
         */
        validate_transaction: RuntimeDescriptor<[source: TransactionValidityTransactionSource, tx: Uint8Array, block_hash: SizedHex<32>], Anonymize<I9ask1o4tfvcvs>>;
    };
    /**
     * The offchain worker api.
     */
    OffchainWorkerApi: {
        /**
         * Starts the off-chain task for given block header.
         */
        offchain_worker: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], undefined>;
    };
    /**
     * The API to query account nonce.
     */
    AccountNonceApi: {
        /**
         * Get current account nonce of given `AccountId`.
         */
        account_nonce: RuntimeDescriptor<[account: SS58String], number>;
    };
    /**
    
     */
    TransactionPaymentApi: {
        /**
        
         */
        query_info: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
        
         */
        query_fee_details: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
        
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
        
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
    
     */
    TransactionPaymentCallApi: {
        /**
        
         */
        query_call_info: RuntimeDescriptor<[call: Anonymize<Ic0pc5doi3qfnv>, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
        
         */
        query_call_fee_details: RuntimeDescriptor<[call: Anonymize<Ic0pc5doi3qfnv>, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
        
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
        
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
};
export type TensoriumDispatchError = Anonymize<I7bd3nkpnm2908>;
type IAsset = PlainDescriptor<void>;
export type TensoriumExtensions = {};
type PalletsTypedef = {
    __storage: IStorage;
    __tx: ICalls;
    __event: IEvent;
    __error: IError;
    __const: IConstants;
    __view: IViewFns;
};
export type Tensorium = {
    descriptors: {
        pallets: PalletsTypedef;
        apis: IRuntimeCalls;
    } & Promise<any>;
    metadataTypes: Promise<Uint8Array>;
    asset: IAsset;
    extensions: TensoriumExtensions;
    getMetadata: () => Promise<Uint8Array>;
    genesis: string | undefined;
};
declare const _allDescriptors: Tensorium;
export default _allDescriptors;
export type TensoriumApis = ApisFromDef<IRuntimeCalls>;
export type TensoriumQueries = QueryFromPalletsDef<PalletsTypedef>;
export type TensoriumCalls = TxFromPalletsDef<PalletsTypedef>;
export type TensoriumEvents = EventsFromPalletsDef<PalletsTypedef>;
export type TensoriumErrors = ErrorsFromPalletsDef<PalletsTypedef>;
export type TensoriumConstants = ConstFromPalletsDef<PalletsTypedef>;
export type TensoriumViewFns = ViewFnsFromPalletsDef<PalletsTypedef>;
type AllInteractions = {
    storage: {
        System: ['Account', 'Number', 'ParentHash', 'BlockHash', 'ExtrinsicCount', 'EventCount', 'Events'];
        Timestamp: ['Now', 'DidUpdate'];
        Balances: ['TotalIssuance', 'InactiveIssuance'];
        TransactionPayment: ['NextFeeMultiplier'];
        SubtensorModule: ['MinActivityCutoff', 'AdminFreezeWindow', 'OwnerHyperparamRateLimit', 'DissolveNetworkScheduleDuration', 'LastHotkeySwapOnNetuid', 'NextStakeJobId', 'TaoWeight', 'CKBurn', 'MaxDelegateTake', 'MinDelegateTake', 'MaxChildkeyTake', 'MinChildkeyTake', 'MinChildkeyTakePerSubnet', 'Owner', 'AccountFlags', 'Delegates', 'ChildkeyTake', 'PendingChildKeys', 'ChildKeys', 'ParentKeys', 'AlphaDividendsPerSubnet', 'RootAlphaDividendsPerSubnet', 'BlockEmission', 'LastHotkeyEmissionOnNetuid', 'SubnetLimit', 'TotalIssuance', 'TotalStake', 'SubnetMovingAlpha', 'SubnetMovingPrice', 'RootProp', 'SubnetVolume', 'SubnetTAO', 'SubnetAlphaInEmission', 'SubnetEmissionEnabled', 'SubnetAlphaOutEmission', 'SubnetTaoInEmission', 'SubnetExcessTao', 'SubnetRootSellTao', 'SubnetAlphaIn', 'SubnetAlphaOut', 'SubnetProtocolAlpha', 'StakingHotkeys', 'OwnedHotkeys', 'AutoStakeDestination', 'AutoStakeDestinationColdkeys', 'ColdkeySwapAnnouncementDelay', 'ColdkeySwapReannouncementDelay', 'ColdkeySwapAnnouncements', 'ColdkeySwapDisputes', 'TotalHotkeyAlpha', 'TotalHotkeyAlphaLastEpoch', 'TotalHotkeyShares', 'Alpha', 'TotalHotkeySharesV2', 'AlphaV2', 'Lock', 'LockingColdkeys', 'HotkeyLock', 'DecayingHotkeyLock', 'OwnerLock', 'DecayingOwnerLock', 'DecayingLock', 'OwnerCutAutoLockEnabled', 'MaturityRate', 'UnlockRate', 'AlphaMapLastKey', 'AlphaV2MapLastKey', 'TokenSymbol', 'SubnetTaoFlow', 'SubnetEmaTaoFlow', 'NetTaoFlowEnabled', 'SubnetProtocolFlow', 'SubnetEmaProtocolFlow', 'TaoFlowCutoff', 'FlowNormExponent', 'FlowEmaSmoothingFactor', 'UsedWork', 'MaxRegistrationsPerBlock', 'TotalNetworks', 'NetworkImmunityPeriod', 'StartCallDelay', 'NetworkMinLockCost', 'NetworkLastLockCost', 'NetworkLockReductionInterval', 'SubnetOwnerCut', 'OwnerCutEnabled', 'NetworkRateLimit', 'NominatorMinRequiredStake', 'WeightsVersionKeyRateLimit', 'LastRateLimitedBlock', 'TransferToggle', 'SubnetLocked', 'LargestLocked', 'Tempo', 'LastEpochBlock', 'PendingEpochAt', 'SubnetEpochIndex', 'ActivityCutoffFactorMilli', 'FirstEmissionBlockNumber', 'SubnetMechanism', 'SubnetworkN', 'NetworksAdded', 'IsNetworkMember', 'NetworkRegistrationAllowed', 'NetworkPowRegistrationAllowed', 'NetworkRegisteredAt', 'RegisteredSubnetCounter', 'PendingServerEmission', 'PendingValidatorEmission', 'PendingRootAlphaDivs', 'PendingOwnerCut', 'MinerBurned', 'BlocksSinceLastStep', 'LastMechansimStepBlock', 'SubnetOwner', 'SubnetOwnerHotkey', 'RecycleOrBurn', 'ServingRateLimit', 'Rho', 'AlphaSigmoidSteepness', 'Kappa', 'RegistrationsThisInterval', 'POWRegistrationsThisInterval', 'BurnRegistrationsThisInterval', 'MinAllowedUids', 'MaxAllowedUids', 'ImmunityPeriod', 'ActivityCutoff', 'MaxWeightsLimit', 'WeightsVersionKey', 'MinAllowedWeights', 'MaxAllowedValidators', 'AdjustmentInterval', 'BondsMovingAverage', 'BondsPenalty', 'BondsResetOn', 'WeightsSetRateLimit', 'ValidatorPruneLen', 'ScalingLawPower', 'TargetRegistrationsPerInterval', 'AdjustmentAlpha', 'CommitRevealWeightsEnabled', 'Burn', 'Difficulty', 'MinBurn', 'MaxBurn', 'MinDifficulty', 'MaxDifficulty', 'LastAdjustmentBlock', 'RegistrationsThisBlock', 'EMAPriceHalvingBlocks', 'RAORecycledForRegistration', 'MaxEpochsPerBlock', 'TxRateLimit', 'TxDelegateTakeRateLimit', 'TxChildkeyTakeRateLimit', 'LiquidAlphaOn', 'Yuma3On', 'AlphaValues', 'SubtokenEnabled', 'VotingPower', 'VotingPowerTrackingEnabled', 'VotingPowerDisableAtBlock', 'VotingPowerEmaAlpha', 'ImmuneOwnerUidsLimit', 'StakeWeight', 'Uids', 'Keys', 'LoadedEmission', 'Active', 'Consensus', 'Incentive', 'Dividends', 'Emission', 'LastUpdate', 'ValidatorTrust', 'ValidatorPermit', 'Weights', 'Bonds', 'BlockAtRegistration', 'Axons', 'NeuronCertificates', 'Prometheus', 'IdentitiesV2', 'SubnetIdentitiesV3', 'TransactionKeyLastBlock', 'LastTxBlock', 'LastTxBlockChildKeyTake', 'LastTxBlockDelegateTake', 'StakeThreshold', 'WeightCommits', 'TimelockedWeightCommits', 'CRV3WeightCommits', 'CRV3WeightCommitsV2', 'RevealPeriodEpochs', 'LastColdkeyHotkeyStakeBlock', 'RootClaimableThreshold', 'RootClaimable', 'RootClaimed', 'RootClaimType', 'StakingColdkeysByIndex', 'StakingColdkeys', 'NumStakingColdkeys', 'NumRootClaim', 'AssociatedEvmAddress', 'SubnetLeases', 'SubnetLeaseShares', 'SubnetUidToLeaseId', 'NextSubnetLeaseId', 'AccumulatedLeaseDividends', 'CommitRevealWeightsVersion', 'NetworkRegistrationStartBlock', 'TaoInRefundDeploymentBlock', 'MinNonImmuneUids', 'MaxMechanismCount', 'MechanismCountCurrent', 'MechanismEmissionSplit', 'BurnHalfLife', 'BurnIncreaseMult', 'AutoParentDelegationEnabled', 'HasMigrationRun', 'PendingChildKeyCooldown'];
        Sudo: ['Key'];
        Commitments: ['TimelockedIndex', 'CommitmentOf', 'LastCommitment', 'LastBondsReset', 'RevealedCommitments', 'UsedSpaceOf', 'MaxSpace'];
        AdminUtils: ['PrecompileEnable'];
        Swap: ['FeeRate', 'SwapBalancer', 'PalSwapInitialized', 'ScrapReservoirAlpha'];
        Consensus: ['ValidatorPower', 'UpdatesThisBlock'];
    };
    tx: {
        System: ['remark', 'remark_with_event'];
        Timestamp: ['set'];
        Balances: ['transfer_allow_death', 'force_transfer', 'transfer_keep_alive', 'transfer_all', 'force_set_balance'];
        SubtensorModule: ['set_weights', 'add_stake', 'remove_stake', 'serve_axon', 'serve_prometheus', 'register', 'burned_register', 'serve_axon_tls', 'register_network', 'dissolve_network', 'root_register', 'decrease_take', 'increase_take', 'set_children', 'set_identity', 'sudo_set_tx_childkey_take_rate_limit', 'swap_hotkey', 'swap_coldkey', 'swap_hotkey_v2', 'schedule_swap_coldkey', 'set_childkey_take', 'sudo_set_min_childkey_take', 'sudo_set_max_childkey_take', 'set_subnet_identity', 'register_network_with_identity', 'batch_set_weights', 'unstake_all', 'unstake_all_alpha', 'move_stake', 'transfer_stake', 'swap_stake', 'add_stake_limit', 'remove_stake_limit', 'swap_stake_limit', 'try_associate_hotkey', 'start_call', 'commit_weights', 'reveal_weights', 'batch_reveal_weights', 'batch_commit_weights', 'recycle_alpha', 'burn_alpha', 'remove_stake_full_limit', 'set_pending_childkey_cooldown', 'update_symbol', 'commit_timelocked_weights', 'set_coldkey_auto_stake_hotkey', 'commit_mechanism_weights', 'reveal_mechanism_weights', 'commit_crv3_mechanism_weights', 'commit_timelocked_mechanism_weights', 'set_mechanism_weights', 'root_dissolve_network', 'claim_root', 'set_root_claim_type', 'sudo_set_num_root_claims', 'sudo_set_root_claim_threshold', 'announce_coldkey_swap', 'swap_coldkey_announced', 'dispute_coldkey_swap', 'reset_coldkey_swap', 'enable_voting_power_tracking', 'disable_voting_power_tracking', 'sudo_set_voting_power_ema_alpha', 'add_stake_burn', 'clear_coldkey_swap_announcement', 'register_limit', 'set_auto_parent_delegation_enabled', 'set_tempo', 'set_activity_cutoff_factor', 'trigger_epoch'];
        Utility: ['batch', 'batch_all', 'force_batch'];
        Sudo: ['sudo', 'sudo_unchecked_weight', 'set_key', 'sudo_as', 'remove_key'];
        Commitments: ['set_commitment', 'set_max_space'];
        AdminUtils: ['swap_authorities', 'sudo_set_default_take', 'sudo_set_tx_rate_limit', 'sudo_set_serving_rate_limit', 'sudo_set_min_difficulty', 'sudo_set_max_difficulty', 'sudo_set_weights_version_key', 'sudo_set_weights_set_rate_limit', 'sudo_set_adjustment_interval', 'sudo_set_adjustment_alpha', 'sudo_set_immunity_period', 'sudo_set_min_allowed_weights', 'sudo_set_max_allowed_uids', 'sudo_set_kappa', 'sudo_set_rho', 'sudo_set_activity_cutoff', 'sudo_set_network_registration_allowed', 'sudo_set_network_pow_registration_allowed', 'sudo_set_target_registrations_per_interval', 'sudo_set_min_burn', 'sudo_set_max_burn', 'sudo_set_difficulty', 'sudo_set_max_allowed_validators', 'sudo_set_bonds_moving_average', 'sudo_set_max_registrations_per_block', 'sudo_set_subnet_owner_cut', 'sudo_set_network_rate_limit', 'sudo_set_tempo', 'sudo_set_total_issuance', 'sudo_set_network_immunity_period', 'sudo_set_network_min_lock_cost', 'sudo_set_subnet_limit', 'sudo_set_lock_reduction_interval', 'sudo_set_rao_recycled', 'sudo_set_stake_threshold', 'sudo_set_nominator_min_required_stake', 'sudo_set_tx_delegate_take_rate_limit', 'sudo_set_min_delegate_take', 'sudo_set_commit_reveal_weights_enabled', 'sudo_set_liquid_alpha_enabled', 'sudo_set_alpha_values', 'sudo_set_dissolve_network_schedule_duration', 'sudo_set_commit_reveal_weights_interval', 'sudo_set_evm_chain_id', 'schedule_grandpa_change', 'sudo_set_bonds_penalty', 'sudo_set_toggle_transfer', 'sudo_toggle_evm_precompile', 'sudo_set_subnet_moving_alpha', 'sudo_set_subnet_owner_hotkey', 'sudo_set_ema_price_halving_period', 'sudo_set_subtoken_enabled', 'sudo_set_sn_owner_hotkey', 'sudo_set_alpha_sigmoid_steepness', 'sudo_set_yuma3_enabled', 'sudo_set_bonds_reset_enabled', 'sudo_set_commit_reveal_version', 'sudo_set_owner_immune_neuron_limit', 'sudo_set_ck_burn', 'sudo_set_admin_freeze_window', 'sudo_set_owner_hparam_rate_limit', 'sudo_set_mechanism_count', 'sudo_set_mechanism_emission_split', 'sudo_trim_to_max_allowed_uids', 'sudo_set_min_allowed_uids', 'sudo_set_recycle_or_burn', 'sudo_set_tao_flow_cutoff', 'sudo_set_tao_flow_normalization_exponent', 'sudo_set_tao_flow_smoothing_factor', 'sudo_set_min_non_immune_uids', 'sudo_set_start_call_delay', 'sudo_set_coldkey_swap_announcement_delay', 'sudo_set_coldkey_swap_reannouncement_delay', 'sudo_set_max_mechanism_count', 'sudo_set_burn_half_life', 'sudo_set_burn_increase_mult', 'sudo_set_net_tao_flow_enabled', 'sudo_set_owner_cut_enabled', 'sudo_set_min_childkey_take_per_subnet', 'sudo_set_subnet_emission_enabled', 'sudo_set_owner_cut_auto_lock_enabled', 'sudo_set_max_epochs_per_block'];
        Swap: ['set_fee_rate', 'add_liquidity', 'remove_liquidity', 'modify_position', 'toggle_user_liquidity', 'disable_lp'];
        Consensus: ['set_validator'];
    };
    events: {
        System: ['ExtrinsicSuccess', 'ExtrinsicFailed', 'CodeUpdated', 'NewAccount', 'KilledAccount', 'Remarked'];
        Balances: ['Endowed', 'DustLost', 'Transfer', 'BalanceSet', 'Reserved', 'Unreserved', 'Deposit', 'Withdraw', 'Slashed', 'Minted', 'Burned', 'Issued', 'Rescinded'];
        TransactionPayment: ['TransactionFeePaid'];
        SubtensorModule: ['NetworkAdded', 'NetworkRemoved', 'StakeAdded', 'StakeRemoved', 'StakeMoved', 'WeightsSet', 'NeuronRegistered', 'BulkNeuronsRegistered', 'BulkBalancesSet', 'MaxAllowedUidsSet', 'MaxWeightLimitSet', 'DifficultySet', 'AdjustmentIntervalSet', 'RegistrationPerIntervalSet', 'MaxRegistrationsPerBlockSet', 'ActivityCutoffSet', 'RhoSet', 'AlphaSigmoidSteepnessSet', 'KappaSet', 'MinAllowedWeightSet', 'ValidatorPruneLenSet', 'ScalingLawPowerSet', 'WeightsSetRateLimitSet', 'ImmunityPeriodSet', 'BondsMovingAverageSet', 'BondsPenaltySet', 'BondsResetOnSet', 'MaxAllowedValidatorsSet', 'AxonServed', 'PrometheusServed', 'DelegateAdded', 'DefaultTakeSet', 'WeightsVersionKeySet', 'MinDifficultySet', 'MaxDifficultySet', 'ServingRateLimitSet', 'BurnSet', 'MaxBurnSet', 'MinBurnSet', 'MaxEpochsPerBlockSet', 'TxRateLimitSet', 'TxDelegateTakeRateLimitSet', 'TxChildKeyTakeRateLimitSet', 'AdminFreezeWindowSet', 'OwnerHyperparamRateLimitSet', 'MinChildKeyTakeSet', 'MinChildKeyTakePerSubnetSet', 'MaxChildKeyTakeSet', 'ChildKeyTakeSet', 'Sudid', 'RegistrationAllowed', 'PowRegistrationAllowed', 'TempoSet', 'RAORecycledForRegistrationSet', 'StakeThresholdSet', 'AdjustmentAlphaSet', 'Faucet', 'SubnetOwnerCutSet', 'NetworkRateLimitSet', 'NetworkImmunityPeriodSet', 'StartCallDelaySet', 'NetworkMinLockCostSet', 'SubnetLimitSet', 'NetworkLockCostReductionIntervalSet', 'TakeDecreased', 'TakeIncreased', 'HotkeySwapped', 'MaxDelegateTakeSet', 'MinDelegateTakeSet', 'ColdkeySwapAnnounced', 'ColdkeySwapReset', 'ColdkeySwapped', 'ColdkeySwapDisputed', 'AllBalanceUnstakedAndTransferredToNewColdkey', 'ArbitrationPeriodExtended', 'SetChildrenScheduled', 'SetChildren', 'ChainIdentitySet', 'SubnetIdentitySet', 'SubnetIdentityRemoved', 'DissolveNetworkScheduled', 'ColdkeySwapAnnouncementDelaySet', 'ColdkeySwapReannouncementDelaySet', 'DissolveNetworkScheduleDurationSet', 'CRV3WeightsCommitted', 'WeightsCommitted', 'WeightsRevealed', 'WeightsBatchRevealed', 'BatchWeightsCompleted', 'BatchCompletedWithErrors', 'BatchWeightItemFailed', 'StakeTransferred', 'StakeSwapped', 'TransferToggle', 'SubnetOwnerHotkeySet', 'FirstEmissionBlockNumberSet', 'AlphaRecycled', 'AlphaBurned', 'EvmKeyAssociated', 'CRV3WeightsRevealed', 'CommitRevealPeriodsSet', 'CommitRevealEnabled', 'HotkeySwappedOnSubnet', 'SubnetLeaseCreated', 'SubnetLeaseTerminated', 'SymbolUpdated', 'CommitRevealVersionSet', 'TimelockedWeightsCommitted', 'TimelockedWeightsRevealed', 'AutoStakeAdded', 'IncentiveAlphaEmittedToMiners', 'MinAllowedUidsSet', 'AutoStakeDestinationSet', 'MinNonImmuneUidsSet', 'RootClaimed', 'RootClaimTypeSet', 'VotingPowerTrackingEnabled', 'VotingPowerTrackingDisableScheduled', 'VotingPowerTrackingDisabled', 'VotingPowerEmaAlphaSet', 'SubnetLeaseDividendsDistributed', 'AddStakeBurn', 'ColdkeySwapCleared', 'TransactionFeePaidWithAlpha', 'BurnHalfLifeSet', 'BurnIncreaseMultSet', 'AutoParentDelegationEnabledSet', 'StakeLocked', 'StakeUnlocked', 'LockMoved', 'ActivityCutoffFactorMilliSet', 'EpochTriggered', 'EpochDeferred', 'EpochSkipped', 'SubnetOwnerChanged', 'PerpetualLockUpdated', 'RejectLockedAlphaUpdated'];
        Utility: ['BatchInterrupted', 'BatchCompleted', 'BatchCompletedWithErrors', 'ItemCompleted', 'ItemFailed', 'DispatchedAs'];
        Sudo: ['Sudid', 'KeyChanged', 'KeyRemoved', 'SudoAsDone'];
        Commitments: ['Commitment', 'TimelockCommitment', 'CommitmentRevealed'];
        AdminUtils: ['PrecompileUpdated', 'Yuma3EnableToggled', 'BondsResetToggled', 'BurnHalfLifeSet', 'BurnIncreaseMultSet', 'SubnetEmissionEnabledSet'];
        Swap: ['FeeRateSet'];
        Consensus: ['ValidatorUpdateScheduled'];
    };
    errors: {
        System: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized'];
        Balances: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero'];
        SubtensorModule: ['RootNetworkDoesNotExist', 'InvalidIpType', 'InvalidIpAddress', 'InvalidPort', 'HotKeyNotRegisteredInSubNet', 'HotKeyAccountNotExists', 'HotKeyNotRegisteredInNetwork', 'NonAssociatedColdKey', 'NotEnoughStake', 'NotEnoughStakeToWithdraw', 'NotEnoughStakeToSetWeights', 'NotEnoughStakeToSetChildkeys', 'NotEnoughBalanceToStake', 'BalanceWithdrawalError', 'ZeroBalanceAfterWithdrawn', 'NeuronNoValidatorPermit', 'WeightVecNotEqualSize', 'DuplicateUids', 'UidVecContainInvalidOne', 'WeightVecLengthIsLow', 'TooManyRegistrationsThisBlock', 'HotKeyAlreadyRegisteredInSubNet', 'NewHotKeyIsSameWithOld', 'NewHotKeyNotCleanForRootSwap', 'InvalidWorkBlock', 'InvalidDifficulty', 'InvalidSeal', 'MaxWeightExceeded', 'HotKeyAlreadyDelegate', 'SettingWeightsTooFast', 'IncorrectWeightVersionKey', 'ServingRateLimitExceeded', 'UidsLengthExceedUidsInSubNet', 'NetworkTxRateLimitExceeded', 'DelegateTxRateLimitExceeded', 'HotKeySetTxRateLimitExceeded', 'StakingRateLimitExceeded', 'SubNetRegistrationDisabled', 'TooManyRegistrationsThisInterval', 'TransactorAccountShouldBeHotKey', 'FaucetDisabled', 'NotSubnetOwner', 'RegistrationNotPermittedOnRootSubnet', 'StakeTooLowForRoot', 'AllNetworksInImmunity', 'NotEnoughBalanceToPaySwapHotKey', 'NotRootSubnet', 'CanNotSetRootNetworkWeights', 'NoNeuronIdAvailable', 'DelegateTakeTooLow', 'DelegateTakeTooHigh', 'NoWeightsCommitFound', 'InvalidRevealCommitHashNotMatch', 'CommitRevealEnabled', 'CommitRevealDisabled', 'LiquidAlphaDisabled', 'AlphaHighTooLow', 'AlphaLowOutOfRange', 'ColdKeyAlreadyAssociated', 'NotEnoughBalanceToPaySwapColdKey', 'InvalidChild', 'DuplicateChild', 'ProportionOverflow', 'TooManyChildren', 'TxRateLimitExceeded', 'ColdkeySwapAnnouncementNotFound', 'ColdkeySwapTooEarly', 'ColdkeySwapReannouncedTooEarly', 'AnnouncedColdkeyHashDoesNotMatch', 'ColdkeySwapAlreadyDisputed', 'NewColdKeyIsHotkey', 'InvalidChildkeyTake', 'TxChildkeyTakeRateLimitExceeded', 'InvalidIdentity', 'MechanismDoesNotExist', 'StakeUnavailable', 'SubnetNotExists', 'TooManyUnrevealedCommits', 'ExpiredWeightCommit', 'RevealTooEarly', 'InputLengthsUnequal', 'CommittingWeightsTooFast', 'AmountTooLow', 'InsufficientLiquidity', 'SlippageTooHigh', 'TransferDisallowed', 'ActivityCutoffTooLow', 'CallDisabled', 'FirstEmissionBlockNumberAlreadySet', 'NeedWaitingMoreBlocksToStarCall', 'NotEnoughAlphaOutToRecycle', 'CannotBurnOrRecycleOnRootSubnet', 'UnableToRecoverPublicKey', 'InvalidRecoveredPublicKey', 'SubtokenDisabled', 'HotKeySwapOnSubnetIntervalNotPassed', 'SameNetuid', 'InsufficientBalance', 'InvalidLeaseBeneficiary', 'LeaseCannotEndInThePast', 'LeaseNetuidNotFound', 'LeaseDoesNotExist', 'LeaseHasNoEndBlock', 'LeaseHasNotEnded', 'Overflow', 'BeneficiaryDoesNotOwnHotkey', 'ExpectedBeneficiaryOrigin', 'AdminActionProhibitedDuringWeightsWindow', 'SymbolDoesNotExist', 'SymbolAlreadyInUse', 'IncorrectCommitRevealVersion', 'InvalidRevealRound', 'RevealPeriodTooLarge', 'RevealPeriodTooSmall', 'InvalidValue', 'SubnetLimitReached', 'CannotAffordLockCost', 'EvmKeyAssociateRateLimitExceeded', 'SameAutoStakeHotkeyAlreadySet', 'UidMapCouldNotBeCleared', 'TrimmingWouldExceedMaxImmunePercentage', 'ChildParentInconsistency', 'InvalidNumRootClaim', 'InvalidRootClaimThreshold', 'InvalidSubnetNumber', 'TooManyUIDsPerMechanism', 'VotingPowerTrackingNotEnabled', 'InvalidVotingPowerEmaAlpha', 'Deprecated', 'AddStakeBurnRateLimitExceeded', 'ColdkeySwapAnnounced', 'ColdkeySwapDisputed', 'ColdkeySwapClearTooEarly', 'DisabledTemporarily', 'RegistrationPriceLimitExceeded', 'LockHotkeyMismatch', 'InsufficientStakeForLock', 'NoExistingLock', 'ActiveLockExists', 'CannotUseSystemAccount', 'UnlockAmountTooHigh', 'TempoOutOfBounds', 'ActivityCutoffFactorMilliOutOfBounds', 'EpochTriggerAlreadyPending', 'AutoEpochAlreadyImminent', 'DynamicTempoBlockedByCommitReveal', 'AccountRejectsLockedAlpha'];
        Utility: ['TooManyCalls'];
        Sudo: ['RequireSudo'];
        Commitments: ['TooManyFieldsInCommitmentInfo', 'AccountNotAllowedCommit', 'SpaceLimitExceeded', 'UnexpectedUnreserveLeftover'];
        AdminUtils: ['SubnetDoesNotExist', 'MaxValidatorsLargerThanMaxUIds', 'MaxAllowedUIdsLessThanCurrentUIds', 'BondsMovingAverageMaxReached', 'NegativeSigmoidSteepness', 'ValueNotInBounds', 'MinAllowedUidsGreaterThanCurrentUids', 'MinAllowedUidsGreaterThanMaxAllowedUids', 'MaxAllowedUidsLessThanMinAllowedUids', 'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids', 'InvalidValue', 'NotPermittedOnRootSubnet', 'POWRegistrationDisabled', 'Deprecated'];
        Swap: ['FeeRateTooHigh', 'InsufficientInputAmount', 'InsufficientLiquidity', 'PriceLimitExceeded', 'InsufficientBalance', 'InvalidTickRange', 'InvalidLiquidityValue', 'ReservesTooLow', 'MechanismDoesNotExist', 'SubtokenDisabled', 'ReservesOutOfBalance', 'SwapInputTooLarge', 'Deprecated'];
        Consensus: ['PowerTooHigh', 'TooManyUpdatesInBlock'];
    };
    constants: {
        System: ['BlockWeights', 'BlockLength', 'BlockHashCount', 'DbWeight', 'Version', 'SS58Prefix'];
        Timestamp: ['MinimumPeriod'];
        Balances: ['ExistentialDeposit', 'MaxLocks', 'MaxReserves', 'MaxFreezes'];
        TransactionPayment: ['OperationalFeeMultiplier'];
        Utility: ['batched_calls_limit'];
        Commitments: ['MaxFields', 'InitialDeposit', 'FieldDeposit'];
        Swap: ['MaxFeeRate', 'MinimumReserve'];
    };
    viewFns: {};
    apis: {
        Core: ['version', 'execute_block', 'initialize_block'];
        Metadata: ['metadata', 'metadata_at_version', 'metadata_versions'];
        BlockBuilder: ['apply_extrinsic', 'finalize_block', 'inherent_extrinsics', 'check_inherents'];
        TaggedTransactionQueue: ['validate_transaction'];
        OffchainWorkerApi: ['offchain_worker'];
        AccountNonceApi: ['account_nonce'];
        TransactionPaymentApi: ['query_info', 'query_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        TransactionPaymentCallApi: ['query_call_info', 'query_call_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
    };
};
export type TensoriumWhitelistEntry = PalletKey | `query.${NestedKey<AllInteractions['storage']>}` | `tx.${NestedKey<AllInteractions['tx']>}` | `event.${NestedKey<AllInteractions['events']>}` | `error.${NestedKey<AllInteractions['errors']>}` | `const.${NestedKey<AllInteractions['constants']>}` | `view.${NestedKey<AllInteractions['viewFns']>}` | `api.${NestedKey<AllInteractions['apis']>}`;
type PalletKey = `*.${({
    [K in keyof AllInteractions]: K extends 'apis' ? never : keyof AllInteractions[K];
})[keyof AllInteractions]}`;
type NestedKey<D extends Record<string, string[]>> = "*" | {
    [P in keyof D & string]: `${P}.*` | `${P}.${D[P][number]}`;
}[keyof D & string];
