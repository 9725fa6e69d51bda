// Salesforce record Ids: 3-character key prefix per object, 15-character case-sensitive Id, 18-character
// case-insensitive form whose last 3 characters encode the case of the first 15.

/** Key prefixes of the standard objects a scoring job touches (these are Salesforce's real prefixes). */
const STANDARD_PREFIXES: Readonly<Record<string, string>> = {
    Account: '001',
    Note: '002',
    Contact: '003',
    User: '005',
    Opportunity: '006',
    Activity: '007',
    RecordType: '012',
    Organization: '00D',
    UserRole: '00E',
    Group: '00G',
    OpportunityContactRole: '00K',
    Attachment: '00P',
    Lead: '00Q',
    Task: '00T',
    Event: '00U',
    CampaignMember: '00v',
    Profile: '00e',
    ContentVersion: '068',
    Case: '500',
    Campaign: '701',
    AsyncApexJob: '707',
    Product2: '01t',
    Pricebook2: '01s'
};

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The 18-character form of a 15- or 18-character Id (the suffix is recomputed from the first 15). */
export function toId18(id: string): string {
    const id15 = id.slice(0, 15);
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const c = id15.charAt(chunk * 5 + i);
            if (c >= 'A' && c <= 'Z') bits |= 1 << i;
        }
        suffix += SUFFIX.charAt(bits);
    }
    return id15 + suffix;
}

/** 18-character Id, or undefined when `value` is not shaped like an Id. */
export function normalizeId(value: unknown): string | undefined {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) return undefined;
    if (value.length === 18 && value.slice(15).toUpperCase() !== toId18(value).slice(15)) return undefined;
    return toId18(value);
}

function base62(n: number, width: number): string {
    let out = '';
    let rest = n;
    while (rest > 0) {
        out = BASE62.charAt(rest % 62) + out;
        rest = Math.floor(rest / 62);
    }
    return out.padStart(width, '0');
}

/** Hands out key prefixes (custom objects get `a00`, `a01`, ... in order of first use) and new Ids. */
export class IdFactory {
    private readonly prefixes = new Map<string, string>();
    private readonly objectsByPrefix = new Map<string, string>();
    private customCount = 0;
    private counter = 0;

    constructor(overrides: Readonly<Record<string, string>> = {}) {
        for (const [object, prefix] of Object.entries({ ...STANDARD_PREFIXES, ...overrides })) {
            this.register(object, prefix);
        }
    }

    private register(object: string, prefix: string): void {
        if (!/^[a-zA-Z0-9]{3}$/.test(prefix))
            throw new Error(`Key prefix of ${object} must be 3 characters: ${prefix}`);
        this.prefixes.set(object, prefix);
        this.objectsByPrefix.set(prefix, object);
    }

    prefixFor(object: string): string {
        let prefix = this.prefixes.get(object);
        if (!prefix) {
            do {
                prefix = `a${base62(this.customCount++, 2)}`;
            } while (this.objectsByPrefix.has(prefix));
            this.register(object, prefix);
        }
        return prefix;
    }

    /** The object an Id belongs to, from its key prefix (undefined when no object uses that prefix). */
    objectForId(id: string): string | undefined {
        return this.objectsByPrefix.get(id.slice(0, 3));
    }

    /** A fresh, valid 18-character Id for `object` (prefix + pod-like `5g` + base62 counter). */
    newId(object: string): string {
        this.counter += 1;
        return toId18(`${this.prefixFor(object)}5g${base62(this.counter, 10)}`);
    }
}
