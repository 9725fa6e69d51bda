// Generates the shipped configuration records (`force-app/main/default/customMetadata/`) from the
// engine's `configToMetadata(DEFAULT_CONFIG)`, so the records and the engine's defaults cannot drift.
//
//   npm run generate:config            write the records (and delete records the engine no longer has)
//   npm run generate:config -- --check exit 1 and list the differences instead of writing
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
    DEFAULT_CONFIG,
    DEFAULT_QUALIFICATION_RULES,
    configToMetadata,
    qualificationRulesToMetadata,
    validateConfig
} from '../force-app/main/default/lwc/siEngine/siEngine';
import {
    CONFIG_KINDS,
    CONFIG_TYPES,
    readFieldDefinitions,
    recordFileName,
    recordProblems,
    renderRecord,
    typePrefix
} from '../org/config/configMetadata';
import { QUALIFICATION_RULE_TYPE } from '../org/config/qualificationRuleConfig';
import { TIER_CONFIG_KINDS, TIER_CONFIG_TYPES, defaultTierConfigMetadata } from '../org/config/tierConfig';

const ROOT = resolve(__dirname, '..');
const OBJECTS_DIR = join(ROOT, 'force-app/main/default/objects');
const CUSTOM_METADATA_DIR = join(ROOT, 'force-app/main/default/customMetadata');

/** File name -> XML of every configuration record the defaults produce. Throws on any invalid record. */
export function renderDefaultRecords(objectsDir: string = OBJECTS_DIR): Map<string, string> {
    const config = validateConfig(DEFAULT_CONFIG, 'DEFAULT_CONFIG');
    const metadata = configToMetadata(config);
    const files = new Map<string, string>();
    const problems: string[] = [];
    for (const kind of CONFIG_KINDS) {
        const type = CONFIG_TYPES[kind];
        const records = metadata[kind] as unknown as Record<string, unknown>[];
        problems.push(...recordProblems(type, records, readFieldDefinitions(objectsDir, type)));
        for (const record of records)
            files.set(recordFileName(type, String(record.DeveloperName)), renderRecord(record));
    }
    // The readiness items and ABM tiers (readiness.ts, tiers.ts), generated the same way.
    const tierMetadata = defaultTierConfigMetadata();
    for (const kind of TIER_CONFIG_KINDS) {
        const type = TIER_CONFIG_TYPES[kind];
        const records = tierMetadata[kind] as unknown as Record<string, unknown>[];
        problems.push(...recordProblems(type, records, readFieldDefinitions(objectsDir, type)));
        for (const record of records)
            files.set(recordFileName(type, String(record.DeveloperName)), renderRecord(record));
    }
    // The qualified-account points rules (qualificationRule.ts), generated the same way.
    const rules = qualificationRulesToMetadata(DEFAULT_QUALIFICATION_RULES) as unknown as Record<string, unknown>[];
    problems.push(
        ...recordProblems(QUALIFICATION_RULE_TYPE, rules, readFieldDefinitions(objectsDir, QUALIFICATION_RULE_TYPE))
    );
    for (const record of rules)
        files.set(recordFileName(QUALIFICATION_RULE_TYPE, String(record.DeveloperName)), renderRecord(record));
    if (problems.length > 0)
        throw new Error(`The default configuration cannot be stored as custom metadata:\n- ${problems.join('\n- ')}`);
    return files;
}

/** Existing configuration record files (of the three types) in the folder. */
function existingRecordFiles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    const prefixes = [
        ...CONFIG_KINDS.map((k) => `${typePrefix(CONFIG_TYPES[k])}.`),
        ...TIER_CONFIG_KINDS.map((k) => `${typePrefix(TIER_CONFIG_TYPES[k])}.`),
        `${typePrefix(QUALIFICATION_RULE_TYPE)}.`
    ];
    return readdirSync(dir).filter((f) => f.endsWith('.md-meta.xml') && prefixes.some((p) => f.startsWith(p)));
}

/** Differences between the folder and the rendered records: missing, changed and stale files. */
export function compareRecords(dir: string, expected: Map<string, string>): string[] {
    const differences: string[] = [];
    const existing = new Set(existingRecordFiles(dir));
    for (const [file, xml] of expected) {
        if (!existing.has(file)) differences.push(`missing ${file}`);
        else if (readFileSync(join(dir, file), 'utf8') !== xml) differences.push(`changed ${file}`);
    }
    for (const file of existing) if (!expected.has(file)) differences.push(`not in the engine defaults: ${file}`);
    return differences;
}

function main(argv: string[]): number {
    const check = argv.includes('--check');
    const unknown = argv.filter((a) => a !== '--check');
    if (unknown.length > 0) {
        console.error(`generate-config-metadata: unknown argument ${unknown.join(' ')} (only --check is accepted)`);
        return 2;
    }
    const expected = renderDefaultRecords();
    const differences = compareRecords(CUSTOM_METADATA_DIR, expected);
    if (check) {
        if (differences.length === 0) {
            console.log(`generate-config-metadata: ${expected.size} records match the engine defaults`);
            return 0;
        }
        console.error(
            `generate-config-metadata: records differ from the engine defaults (run npm run generate:config):\n  ${differences.join('\n  ')}`
        );
        return 1;
    }
    mkdirSync(CUSTOM_METADATA_DIR, { recursive: true });
    for (const [file, xml] of expected) writeFileSync(join(CUSTOM_METADATA_DIR, file), xml);
    for (const file of existingRecordFiles(CUSTOM_METADATA_DIR))
        if (!expected.has(file)) unlinkSync(join(CUSTOM_METADATA_DIR, file));
    console.log(
        `generate-config-metadata: wrote ${expected.size} records to ${CUSTOM_METADATA_DIR} (${differences.length} changed)`
    );
    return 0;
}

if (require.main === module) {
    try {
        process.exitCode = main(process.argv.slice(2));
    } catch (error) {
        console.error(`generate-config-metadata: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    }
}
