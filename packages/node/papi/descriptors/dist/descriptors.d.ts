export declare const Tensorium: Record<string, object>;
