import { default as tensorium, type TensoriumWhitelistEntry } from "./tensorium.js";
export { tensorium };
export type * from "./tensorium.js";
export { Phase, DispatchClass, TokenError, ArithmeticError, TransactionalError, TransactionPaymentEvent, DigestItem, TransactionValidityUnknownTransaction, TransactionValidityTransactionSource } from './common-types.js';
export declare const getMetadata: (codeHash: string) => Promise<Uint8Array | null>;
export type WhitelistEntry = TensoriumWhitelistEntry;
export type WhitelistEntriesByChain = Partial<{
    "*": WhitelistEntry[];
    tensorium: WhitelistEntry[];
}>;
