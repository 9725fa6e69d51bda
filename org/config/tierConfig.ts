// The readiness and ABM tier configuration in Salesforce DX source format: the `SI_Readiness_Item__mdt`
// and `SI_ABM_Tier__mdt` records of a `customMetadata` folder, read into the engine's readiness items and
// tier definitions. Used by `npm run tiers --config`, `scripts/generate-config-metadata.ts` and their tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    DEFAULT_READINESS_ITEMS,
    DEFAULT_TIERS,
    readinessItemsFromMetadata,
    readinessItemsToMetadata,
    tierDefinitionsFromMetadata,
    tierDefinitionsToMetadata,
    type ReadinessItem,
    type SI_ABM_Tier__mdt,
    type SI_Readiness_Item__mdt,
    type TierDefinition
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { parseRecord, typePrefix } from './configMetadata';

/** The two types, keyed as `TierConfigMetadata` keys them. */
export const TIER_CONFIG_TYPES = {
    readinessItems: 'SI_Readiness_Item__mdt',
    tiers: 'SI_ABM_Tier__mdt'
} as const;

export type TierConfigKind = keyof typeof TIER_CONFIG_TYPES;
export const TIER_CONFIG_KINDS = Object.keys(TIER_CONFIG_TYPES) as TierConfigKind[];

export interface TierConfigMetadata {
    readinessItems: SI_Readiness_Item__mdt[];
    tiers: SI_ABM_Tier__mdt[];
}

export interface TierConfig {
    readinessItems: ReadinessItem[];
    tiers: TierDefinition[];
}

/** The shipped records: what `generate:config` writes. */
export function defaultTierConfigMetadata(): TierConfigMetadata {
    return {
        readinessItems: readinessItemsToMetadata(DEFAULT_READINESS_ITEMS),
        tiers: tierDefinitionsToMetadata(DEFAULT_TIERS)
    };
}

/** Every readiness and tier record of a `customMetadata` folder, ordered by file name. */
export function readTierConfigMetadata(customMetadataDir: string): TierConfigMetadata {
    const files = readdirSync(customMetadataDir)
        .filter((f) => f.endsWith('.md-meta.xml'))
        .sort();
    const result: TierConfigMetadata = { readinessItems: [], tiers: [] };
    for (const kind of TIER_CONFIG_KINDS) {
        const prefix = `${typePrefix(TIER_CONFIG_TYPES[kind])}.`;
        for (const file of files.filter((f) => f.startsWith(prefix))) {
            (result[kind] as unknown[]).push(parseRecord(file, readFileSync(join(customMetadataDir, file), 'utf8')));
        }
    }
    return result;
}

/**
 * The readiness items and tiers of a `customMetadata` folder (a type without records there: the shipped
 * defaults, named in `defaulted`). Throws the engine's `ConfigError` naming each bad record and field.
 */
export function loadTierConfig(customMetadataDir: string): TierConfig & { defaulted: string[] } {
    const records = readTierConfigMetadata(customMetadataDir);
    const defaulted: string[] = [];
    let readinessItems: ReadinessItem[];
    if (records.readinessItems.length === 0) {
        defaulted.push(TIER_CONFIG_TYPES.readinessItems);
        readinessItems = [...DEFAULT_READINESS_ITEMS];
    } else readinessItems = readinessItemsFromMetadata(records.readinessItems);
    let tiers: TierDefinition[];
    if (records.tiers.length === 0) {
        defaulted.push(TIER_CONFIG_TYPES.tiers);
        tiers = [...DEFAULT_TIERS];
    } else tiers = tierDefinitionsFromMetadata(records.tiers);
    return { readinessItems, tiers, defaulted };
}
