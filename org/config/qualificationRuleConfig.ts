// The qualified-account points rules (issue 16) in Salesforce DX source format: the
// `SI_Qualification_Rule__mdt` records of a `customMetadata` folder, rendered from the engine's
// `DEFAULT_QUALIFICATION_RULES` (as `npm run generate:config` writes them) and read back into the rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    DEFAULT_QUALIFICATION_RULES,
    type QualificationRules
} from '../../force-app/main/default/lwc/siEngine/qualificationRule';
import {
    qualificationRulesFromMetadata,
    qualificationRulesToMetadata,
    type SI_Qualification_Rule__mdt
} from '../../force-app/main/default/lwc/siEngine/qualificationRuleMetadata';
import {
    parseRecord,
    readFieldDefinitions,
    recordFileName,
    recordProblems,
    renderRecord,
    typePrefix
} from './configMetadata';

export const QUALIFICATION_RULE_TYPE = 'SI_Qualification_Rule__mdt';

/** File name -> XML of the shipped rule records. Throws when a record does not fit the type's fields. */
export function renderQualificationRuleRecords(
    objectsDir: string,
    rules: QualificationRules = DEFAULT_QUALIFICATION_RULES
): Map<string, string> {
    const records = qualificationRulesToMetadata(rules) as unknown as Record<string, unknown>[];
    const problems = recordProblems(
        QUALIFICATION_RULE_TYPE,
        records,
        readFieldDefinitions(objectsDir, QUALIFICATION_RULE_TYPE)
    );
    if (problems.length > 0)
        throw new Error(`The qualification rules cannot be stored as custom metadata:\n- ${problems.join('\n- ')}`);
    const files = new Map<string, string>();
    for (const record of records)
        files.set(recordFileName(QUALIFICATION_RULE_TYPE, String(record.DeveloperName)), renderRecord(record));
    return files;
}

/** Every `SI_Qualification_Rule__mdt` record of a `customMetadata` folder, ordered by file name. */
export function readQualificationRuleMetadata(customMetadataDir: string): SI_Qualification_Rule__mdt[] {
    const prefix = `${typePrefix(QUALIFICATION_RULE_TYPE)}.`;
    return readdirSync(customMetadataDir)
        .filter((f) => f.startsWith(prefix) && f.endsWith('.md-meta.xml'))
        .sort()
        .map((f) => parseRecord(f, readFileSync(join(customMetadataDir, f), 'utf8')) as SI_Qualification_Rule__mdt);
}

/** The rules a `customMetadata` folder configures (validated: a `ConfigError` names each record and field). */
export function readQualificationRules(customMetadataDir: string): QualificationRules {
    return qualificationRulesFromMetadata(readQualificationRuleMetadata(customMetadataDir));
}
