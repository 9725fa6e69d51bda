// Part of the synthetic org generator of scoreData.ts: 18-character Salesforce Ids with key prefixes and case-safe suffixes.
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 3-character case-safe suffix of a 15-character Id: for each 5-character block, a 5-bit number whose
 * bit i is set when the block's i-th character is an upper-case letter, written with `A-Z0-5`.
 */
export function idSuffix(id15: string): string {
    if (id15.length !== 15) throw new Error(`idSuffix: a 15-character Id is needed, got ${JSON.stringify(id15)}`);
    let suffix = '';
    for (let block = 0; block < 15; block += 5) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const c = id15.charCodeAt(block + i);
            if (c >= 65 && c <= 90) bits |= 1 << i;
        }
        suffix += SUFFIX_CHARS[bits];
    }
    return suffix;
}

/** The 18-character form of a 15-character Id (an 18-character Id is returned unchanged). */
export function toId18(id: string): string {
    if (id.length === 18) return id;
    return id + idSuffix(id);
}

/** True for an 18-character alphanumeric Id whose suffix matches its first 15 characters. */
export function isValidId18(id: unknown): boolean {
    return typeof id === 'string' && /^[0-9A-Za-z]{18}$/.test(id) && idSuffix(id.slice(0, 15)) === id.slice(15);
}

/** Two characters of the Id after the key prefix: the instance (pod) that created the record. */
const POD = '8d';

/**
 * The 18-character Id of the `n`-th record of a key prefix: prefix, pod, a reserved `0`, the record number in
 * base 62 (9 digits) and the suffix. `n` must be below 62^9 (and a safe integer).
 */
export function salesforceId(prefix: string, n: number): string {
    let digits = '';
    let rest = n;
    for (let i = 0; i < 9; i++) {
        digits = BASE62[rest % 62] + digits;
        rest = Math.floor(rest / 62);
    }
    return toId18(`${prefix}${POD}0${digits}`);
}
