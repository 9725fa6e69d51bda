// The orchestration definition: an SI_Orchestration__c record (field values as the REST API or a CSV export
// gives them) checked into an Orchestration. Every problem names the orchestration and the field; nothing
// unknown is ignored silently (an unknown level, function, country code or provider stops the run).
import { JOB_FUNCTIONS, SENIORITIES } from '../../force-app/main/default/lwc/siEngine/siEngine';
import type { JobFunction, Seniority } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { countryCode, DEFAULT_GDPR_COUNTRIES, isKnownCountryCode, regionCountry, regionKey } from './countries';
import { CREATE_AS, SCHEDULES, type CreateAs, type GeoList, type Orchestration, type Schedule } from './types';

/** The fields of SI_Orchestration__c the command reads (also the allow-list of its query). */
export const ORCHESTRATION_FIELDS = [
    'Id',
    'Name',
    'Goal__c',
    'Target_Segment__c',
    'Account_Ids__c',
    'Provider__c',
    'Create_As__c',
    'Mapping_Profile__c',
    'Title_Include__c',
    'Title_Exclude__c',
    'Levels__c',
    'Functions__c',
    'Geography_Include__c',
    'Geography_Exclude__c',
    'Per_Account_Cap__c',
    'Cooldown_Days__c',
    'Schedule__c',
    'GDPR_Countries__c'
] as const;

export type OrchestrationRecord = Partial<Record<(typeof ORCHESTRATION_FIELDS)[number], unknown>>;

export class DefinitionError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'DefinitionError';
    }
}

/** Largest per-account cap and cooldown the fields allow (Number(4, 0)). */
const MAX_NUMBER = 9999;
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

function str(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    const t = String(value).trim();
    return t ? t : null;
}

/** A list field: items separated by commas, semicolons (multi-select picklists) or new lines. */
export function listOf(value: unknown): string[] {
    const t = str(value);
    if (!t) return [];
    return t
        .split(/[,;\n\r]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

function whole(name: string, field: string, value: unknown, fallback: number, min: number): number {
    const t = str(value);
    if (t === null) return fallback;
    const n = Number(t);
    if (!Number.isInteger(n) || n < min || n > MAX_NUMBER)
        throw new DefinitionError(
            `orchestration "${name}", ${field}: "${t}" is not a whole number from ${min} to ${MAX_NUMBER}`
        );
    return n;
}

function oneOf<T extends string>(name: string, field: string, value: unknown, allowed: readonly T[], fallback: T): T {
    const t = str(value);
    if (t === null) return fallback;
    if (!(allowed as readonly string[]).includes(t))
        throw new DefinitionError(`orchestration "${name}", ${field}: "${t}" is not one of ${allowed.join(', ')}`);
    return t as T;
}

function vocabulary<T extends string>(name: string, field: string, value: unknown, allowed: readonly T[]): T[] {
    const out: T[] = [];
    for (const item of listOf(value)) {
        const found = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
        if (!found)
            throw new DefinitionError(
                `orchestration "${name}", ${field}: "${item}" is not in the persona vocabulary (${allowed.join(', ')})`
            );
        if (!out.includes(found)) out.push(found);
    }
    return out;
}

/** Geography entries: a country (code or name) or a known region; anything else stops the run. */
function geography(name: string, field: string, value: unknown): GeoList {
    const list: GeoList = { countries: [], regions: [] };
    for (const item of listOf(value)) {
        const code = countryCode(item);
        if (code) {
            if (!list.countries.includes(code)) list.countries.push(code);
        } else if (regionCountry(item)) {
            const key = regionKey(item);
            if (!list.regions.includes(key)) list.regions.push(key);
        } else
            throw new DefinitionError(
                `orchestration "${name}", ${field}: "${item}" is neither a country (ISO code, English or native name) nor a known state or region`
            );
    }
    return list;
}

/**
 * The GDPR list: the default (EU/EEA, UK, Switzerland, Brazil, Canada) plus the field's codes; a default
 * country is dropped only when written with a minus (`-CA`), and a list left empty is refused. So blanking
 * the field, or listing one extra country, never removes the default by accident.
 */
export function gdprCountries(name: string, value: unknown): string[] {
    const set = new Set(DEFAULT_GDPR_COUNTRIES);
    for (const item of listOf(value)) {
        const remove = item.startsWith('-');
        const raw = remove ? item.slice(1).trim() : item;
        const code = countryCode(raw) ?? (isKnownCountryCode(raw.toUpperCase()) ? raw.toUpperCase() : null);
        if (!code)
            throw new DefinitionError(
                `orchestration "${name}", GDPR_Countries__c: "${raw}" is not a country this app knows`
            );
        if (remove) set.delete(code);
        else set.add(code);
    }
    if (set.size === 0)
        throw new DefinitionError(
            `orchestration "${name}", GDPR_Countries__c: the list removes every GDPR country; it cannot be empty`
        );
    return [...set].sort();
}

/** Checks an SI_Orchestration__c record; `providers` are the provider names this command has. */
export function parseOrchestration(record: OrchestrationRecord, providers: readonly string[]): Orchestration {
    const name = str(record.Name);
    if (!name) throw new DefinitionError('an orchestration without a Name');
    const segmentId = str(record.Target_Segment__c);
    if (segmentId && !ID.test(segmentId))
        throw new DefinitionError(`orchestration "${name}", Target_Segment__c: "${segmentId}" is not a record Id`);
    const accountIds = listOf(record.Account_Ids__c);
    for (const id of accountIds)
        if (!ID.test(id))
            throw new DefinitionError(`orchestration "${name}", Account_Ids__c: "${id}" is not a record Id`);
    if (!segmentId && accountIds.length === 0)
        throw new DefinitionError(
            `orchestration "${name}": no target: set Target_Segment__c or list accounts in Account_Ids__c`
        );
    const provider = str(record.Provider__c) ?? 'CSV';
    if (!providers.includes(provider))
        throw new DefinitionError(
            `orchestration "${name}", Provider__c: "${provider}" is not a provider of this command (${providers.join(', ')})`
        );
    return {
        name,
        goal: str(record.Goal__c),
        segmentId,
        accountIds: segmentId ? [] : accountIds,
        provider,
        createAs: oneOf<CreateAs>(name, 'Create_As__c', record.Create_As__c, CREATE_AS, 'Lead'),
        mappingProfile: str(record.Mapping_Profile__c),
        titleInclude: listOf(record.Title_Include__c),
        titleExclude: listOf(record.Title_Exclude__c),
        levels: vocabulary<Seniority>(name, 'Levels__c', record.Levels__c, SENIORITIES),
        functions: vocabulary<JobFunction>(name, 'Functions__c', record.Functions__c, JOB_FUNCTIONS),
        geographyInclude: geography(name, 'Geography_Include__c', record.Geography_Include__c),
        geographyExclude: geography(name, 'Geography_Exclude__c', record.Geography_Exclude__c),
        perAccountCap: whole(name, 'Per_Account_Cap__c', record.Per_Account_Cap__c, 3, 1),
        cooldownDays: whole(name, 'Cooldown_Days__c', record.Cooldown_Days__c, 0, 0),
        schedule: oneOf<Schedule>(name, 'Schedule__c', record.Schedule__c, SCHEDULES, 'Manual'),
        gdprCountries: gdprCountries(name, record.GDPR_Countries__c)
    };
}
