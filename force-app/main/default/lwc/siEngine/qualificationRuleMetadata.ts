// The qualified-account points rule's configuration as custom metadata (`SI_Qualification_Rule__mdt`, one
// record per object): the problems of a record set, named by record and field, and the rules both ways.
// Part of the qualified-account points rule (qualificationRule.ts).
import { ConfigError } from './config';
import { text } from './quality';
import type { Maybe } from './types';
import {
    DEFAULT_QUALIFICATION_RULES,
    QUALIFICATION_RULE_TYPE as TYPE,
    QUALIFICATION_RULE_OBJECTS,
    type QualificationRuleObject,
    type QualificationRules
} from './qualificationRule';
// ---------------------------------------------------------------------------------------------
// Custom metadata

/** `SI_Qualification_Rule__mdt` as the metadata read returns it. */
export interface SI_Qualification_Rule__mdt {
    DeveloperName?: Maybe<string>;
    MasterLabel?: Maybe<string>;
    /** Lead or Contact. */
    Object__c?: Maybe<string>;
    Points__c?: Maybe<number>;
    Wait_Days__c?: Maybe<number>;
    Cap_Days__c?: Maybe<number>;
    /** Comma-separated. */
    Excluded_Statuses__c?: Maybe<string>;
    /** A field API name of the object; blank: no status is read. */
    Status_Field__c?: Maybe<string>;
    Active__c?: Maybe<boolean>;
}

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function wholeNumber(value: unknown, min: number): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function splitStatuses(value: Maybe<string>): string[] {
    if (typeof value !== 'string') return [];
    const out: string[] = [];
    const seen = new Set<string>();
    for (const part of value.split(',')) {
        const status = part.trim();
        if (status && !seen.has(status.toLowerCase())) {
            seen.add(status.toLowerCase());
            out.push(status);
        }
    }
    return out;
}

/**
 * Every problem of the rule records, each naming the record and the field (`SI_Qualification_Rule__mdt Lead:
 * Wait_Days__c must be ...`); empty when valid. Inactive records are checked too: activating one must not
 * surprise anyone.
 */
export function qualificationRuleProblems(
    records: readonly (SI_Qualification_Rule__mdt | null | undefined)[]
): string[] {
    const problems: string[] = [];
    const names = new Set<string>();
    const activeFor = new Map<string, string>();
    records.forEach((record, i) => {
        const name = text(record?.DeveloperName);
        if (!record || !name) {
            problems.push(`${TYPE} record ${i + 1} has no DeveloperName`);
            return;
        }
        const where = `${TYPE} ${name}`;
        if (names.has(name)) problems.push(`${where}: duplicate record`);
        names.add(name);
        const object = record.Object__c;
        if (!(QUALIFICATION_RULE_OBJECTS as readonly unknown[]).includes(object)) {
            problems.push(
                `${where}: Object__c must be ${QUALIFICATION_RULE_OBJECTS.join(' or ')}, got ${JSON.stringify(object) ?? 'nothing'}`
            );
        } else if (record.Active__c !== false) {
            const other = activeFor.get(object as string);
            if (other)
                problems.push(
                    `${where}: Object__c ${String(object)} already has an active rule, ${other}: keep one active record per object`
                );
            else activeFor.set(object as string, name);
        }
        if (!wholeNumber(record.Points__c, 1))
            problems.push(
                `${where}: Points__c must be a whole number of at least 1, got ${JSON.stringify(record.Points__c) ?? 'nothing'}`
            );
        if (!wholeNumber(record.Wait_Days__c, 0))
            problems.push(
                `${where}: Wait_Days__c must be a whole number of days, 0 or more, got ${JSON.stringify(record.Wait_Days__c) ?? 'nothing'}`
            );
        if (!wholeNumber(record.Cap_Days__c, 1))
            problems.push(
                `${where}: Cap_Days__c must be a whole number of days, at least 1, got ${JSON.stringify(record.Cap_Days__c) ?? 'nothing'}`
            );
        const statusField = record.Status_Field__c;
        if (
            statusField !== null &&
            statusField !== undefined &&
            (typeof statusField !== 'string' || (statusField.trim() !== '' && !API_NAME.test(statusField.trim())))
        ) {
            problems.push(
                `${where}: Status_Field__c must be a field API name of ${typeof object === 'string' ? object : 'the object'} or blank, got ${JSON.stringify(statusField)}`
            );
        }
        const statuses = record.Excluded_Statuses__c;
        if (statuses !== null && statuses !== undefined && typeof statuses !== 'string')
            problems.push(`${where}: Excluded_Statuses__c must be comma-separated text`);
        if (record.Active__c !== null && record.Active__c !== undefined && typeof record.Active__c !== 'boolean')
            problems.push(`${where}: Active__c must be true or false`);
    });
    return problems;
}

/**
 * The rules from the `SI_Qualification_Rule__mdt` records: an object without any record keeps its shipped
 * rule; an inactive record (`Active__c` false) turns the rule off for its object. Throws one `ConfigError`
 * listing every problem (`qualificationRuleProblems`).
 */
export function qualificationRulesFromMetadata(
    records: readonly (SI_Qualification_Rule__mdt | null | undefined)[]
): QualificationRules {
    const problems = qualificationRuleProblems(records);
    if (problems.length > 0) throw new ConfigError('Qualification rule custom metadata', problems);
    const rules: QualificationRules = {
        Lead: DEFAULT_QUALIFICATION_RULES.Lead,
        Contact: DEFAULT_QUALIFICATION_RULES.Contact
    };
    const configured = new Set<QualificationRuleObject>();
    for (const record of records as readonly SI_Qualification_Rule__mdt[]) {
        const object = record.Object__c as QualificationRuleObject;
        if (record.Active__c === false) {
            if (!configured.has(object)) rules[object] = null;
            continue;
        }
        configured.add(object);
        const statusField = text(record.Status_Field__c);
        rules[object] = {
            key: record.DeveloperName as string,
            label: text(record.MasterLabel) ?? (record.DeveloperName as string),
            object,
            points: record.Points__c as number,
            waitDays: record.Wait_Days__c as number,
            capDays: record.Cap_Days__c as number,
            excludedStatuses: splitStatuses(record.Excluded_Statuses__c),
            statusField
        };
    }
    return rules;
}

/** The records for a set of rules: the inverse of `qualificationRulesFromMetadata` for active rules. */
export function qualificationRulesToMetadata(rules: QualificationRules): SI_Qualification_Rule__mdt[] {
    const out: SI_Qualification_Rule__mdt[] = [];
    for (const object of QUALIFICATION_RULE_OBJECTS) {
        const rule = rules[object];
        if (!rule) continue;
        out.push({
            DeveloperName: rule.key,
            MasterLabel: rule.label,
            Object__c: rule.object,
            Points__c: rule.points,
            Wait_Days__c: rule.waitDays,
            Cap_Days__c: rule.capDays,
            Excluded_Statuses__c: rule.excludedStatuses.length > 0 ? rule.excludedStatuses.join(',') : null,
            Status_Field__c: rule.statusField,
            Active__c: true
        });
    }
    return out;
}
