// The sample data set's acquire-contacts history (issue 17): one orchestration and the
// SI_Acquisition_Result__c rows of its last runs, as `npm run acquire -- --run` and `--repush` write them, so
// the orchestration's record page (siOrchestrationRuns) has runs to show in a scratch org and in the preview.
// Part of `npm run generate:data` (scripts/generate-sample-data.ts); fixed, not random: the same runs for every
// scale, dated relative to the as-of.
// The created people are not in the set (their Leads would change the accounts' scores): Created rows carry no
// Record_Id__c.
import { SAMPLE_AS_OF } from '../lib/asOf';

/** A reference to a record of an earlier file: `@AccountRef1`. */
type Ref = `@${string}Ref${number}`;

export interface OrchestrationRecord {
    attributes: { type: 'SI_Orchestration__c'; referenceId: string };
    Name: string;
    Goal__c: string;
    Provider__c: 'CSV';
    Create_As__c: 'Lead';
    Mapping_Profile__c: string;
    Levels__c: string;
    Functions__c: string;
    Geography_Exclude__c: string;
    Per_Account_Cap__c: number;
    Cooldown_Days__c: number;
    Schedule__c: 'Weekdays';
    Last_Run_Id__c: string;
    Last_Run_On__c: string;
}

export interface AcquisitionResultRecord {
    attributes: { type: 'SI_Acquisition_Result__c'; referenceId: string };
    Run_Id__c: string;
    Repush_Of__c?: string;
    Orchestration__c: Ref;
    Account__c?: Ref;
    Candidate_Key__c: string;
    Email__c: string;
    Person_Name__c: string;
    Title__c: string;
    Persona__c?: string;
    Outcome__c: 'Created' | 'Error' | 'Skipped';
    Skip_Reason__c?: string;
    Reason__c: string;
    Salesforce_Error__c?: string;
    Run_On__c: string;
}

export interface AcquisitionRecords {
    SI_Orchestration__c: OrchestrationRecord[];
    SI_Acquisition_Result__c: AcquisitionResultRecord[];
}

interface Dates {
    date(daysAgo: number): string;
    dateTime(daysAgo: number, hour: number, minute: number): string;
}

/** One candidate of a run: who, at which account (index into the accounts given), and what became of them. */
interface Candidate {
    first: string;
    last: string;
    title: string;
    /** 0: the first account with persona gaps, 1: the second, null: matched none. */
    account: 0 | 1 | null;
    persona?: string;
    outcome: AcquisitionResultRecord['Outcome__c'];
    skip?: string;
    reason: string;
    error?: string;
}

const DOMAIN = 'example.com';
const REQUIRED_FIELD =
    'REQUIRED_FIELD_MISSING: Required fields are missing: [Region__c] (Region__c); a validation rule of the org';

/** The runs, oldest first: days before the as-of, and the candidates of each. */
const RUNS: ReadonlyArray<{ daysAgo: number; suffix: string; repushOf?: number; candidates: Candidate[] }> = [
    {
        daysAgo: 27,
        suffix: '4c1d',
        candidates: [
            {
                first: 'Priya',
                last: 'Raman',
                title: 'VP Engineering',
                account: 0,
                persona: 'Engineering_Leader',
                outcome: 'Created',
                reason: 'fills the missing Engineering_Leader persona (Strong)'
            },
            {
                first: 'Tomas',
                last: 'Berg',
                title: 'Director of IT',
                account: 0,
                persona: 'IT_Manager',
                outcome: 'Created',
                reason: 'fills the missing IT_Manager persona (Strong)'
            },
            {
                first: 'Alana',
                last: 'Cruz',
                title: 'CFO',
                account: 1,
                persona: 'Economic_Buyer',
                outcome: 'Created',
                reason: 'fills the missing Economic_Buyer persona (Strong)'
            },
            {
                first: 'Ren',
                last: 'Okafor',
                title: 'Head of Security',
                account: 1,
                persona: 'Security_Leader',
                outcome: 'Error',
                reason: 'Salesforce refused the Lead',
                error: REQUIRED_FIELD
            },
            {
                first: 'Mia',
                last: 'Lund',
                title: 'CTO',
                account: 0,
                outcome: 'Skipped',
                skip: 'Already in CRM',
                reason: 'a Contact has this email'
            },
            {
                first: 'Jonas',
                last: 'Weber',
                title: 'IT Manager',
                account: 1,
                outcome: 'Skipped',
                skip: 'GDPR region',
                reason: 'Germany is a GDPR region'
            },
            {
                first: 'Sara',
                last: 'Kim',
                title: 'Engineering Manager',
                account: 0,
                persona: 'Engineering_Leader',
                outcome: 'Skipped',
                skip: 'Account cap reached',
                reason: 'the account got its 2 people of this run'
            },
            {
                first: 'Leo',
                last: 'Marsh',
                title: 'Marketing Manager',
                account: 1,
                outcome: 'Skipped',
                skip: 'Persona not missing',
                reason: "Marketing is covered by the account's Contacts"
            },
            {
                first: 'Ada',
                last: 'Noor',
                title: 'Data Engineer',
                account: null,
                outcome: 'Skipped',
                skip: 'No account match',
                reason: 'no account has the domain initrode.example or the company Initrode'
            },
            {
                first: 'Ivo',
                last: 'Petrov',
                title: 'Sales Director',
                account: 1,
                outcome: 'Skipped',
                skip: 'Function not wanted',
                reason: 'Sales is not one of the functions wanted'
            }
        ]
    },
    {
        daysAgo: 26,
        suffix: '9e02',
        repushOf: 0,
        candidates: [
            {
                first: 'Ren',
                last: 'Okafor',
                title: 'Head of Security',
                account: 1,
                persona: 'Security_Leader',
                outcome: 'Created',
                reason: 'created by the re-push'
            }
        ]
    },
    {
        daysAgo: 13,
        suffix: 'b7a5',
        candidates: [
            {
                first: 'Hana',
                last: 'Ito',
                title: 'Chief Information Officer',
                account: 0,
                persona: 'IT_Manager',
                outcome: 'Skipped',
                skip: 'Account in cooldown',
                reason: 'people were created at the account 14 days ago (cooldown 30 days)'
            },
            {
                first: 'Omar',
                last: 'Haddad',
                title: 'VP Finance',
                account: 1,
                persona: 'Economic_Buyer',
                outcome: 'Skipped',
                skip: 'Account in cooldown',
                reason: 'people were created at the account 14 days ago (cooldown 30 days)'
            },
            {
                first: 'Ines',
                last: 'Duarte',
                title: 'Procurement Manager',
                account: null,
                outcome: 'Skipped',
                skip: 'Duplicate in batch',
                reason: 'an earlier row of the file has this email'
            },
            {
                first: 'Finn',
                last: 'Olsen',
                title: 'Intern',
                account: 0,
                outcome: 'Skipped',
                skip: 'Title excluded',
                reason: 'the title has the excluded word "intern"'
            }
        ]
    },
    {
        daysAgo: 2,
        suffix: '31f8',
        candidates: [
            {
                first: 'Hana',
                last: 'Ito',
                title: 'Chief Information Officer',
                account: 0,
                persona: 'IT_Manager',
                outcome: 'Skipped',
                skip: 'Persona not missing',
                reason: "IT_Manager is covered by the account's Contacts"
            },
            {
                first: 'Kai',
                last: 'Brandt',
                title: 'Director, Platform Engineering',
                account: 1,
                persona: 'Engineering_Leader',
                outcome: 'Created',
                reason: 'fills the missing Engineering_Leader persona (Strong)'
            },
            {
                first: 'Lucia',
                last: 'Romero',
                title: 'Security Architect',
                account: 1,
                persona: 'Security_Leader',
                outcome: 'Created',
                reason: 'fills the missing Security_Leader persona (Medium)'
            },
            {
                first: 'Mia',
                last: 'Lund',
                title: 'CTO',
                account: 0,
                outcome: 'Skipped',
                skip: 'Already in CRM',
                reason: 'a Contact has this email'
            }
        ]
    }
];

/**
 * The run id of a run `daysAgo` days before the set's anchor day (SAMPLE_AS_OF), in the form `npm run acquire`
 * gives them (`20261006T060000Z-4c1d`). Ids are names, not dates: a set generated for another day, or moved to
 * today by the preview, keeps the same ids while its Run_On__c dates move.
 */
function runId(daysAgo: number, suffix: string): string {
    const at = new Date(Date.parse(`${SAMPLE_AS_OF}T06:00:00Z`) - daysAgo * 86_400_000).toISOString();
    return `${at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${suffix}`;
}

/** A stable candidate key for a sample email (the command uses a hash of the email; any 40 characters do here). */
function candidateKey(email: string): string {
    let h = 2166136261;
    let out = '';
    for (let round = 0; out.length < 40; round++) {
        for (const ch of `${round}:${email}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
        out += h.toString(16).padStart(8, '0');
    }
    return out.slice(0, 40);
}

/**
 * The orchestration "Fill persona gaps" and its runs' results. `accounts` are the references of the two accounts
 * the runs acquire people for (the set's accounts with persona gaps).
 */
export function acquisitionRecords(accounts: readonly [Ref, Ref], dates: Dates): AcquisitionRecords {
    const orchestration = { type: 'SI_Orchestration__c' as const, referenceId: 'SI_Orchestration__cRef1' };
    const ids = RUNS.map((r) => runId(r.daysAgo, r.suffix));
    const results: AcquisitionResultRecord[] = [];
    RUNS.forEach((run, r) => {
        for (const c of run.candidates) {
            const email = `${c.first}.${c.last}@${c.account === null ? 'initrode.example' : DOMAIN}`.toLowerCase();
            const row: AcquisitionResultRecord = {
                attributes: {
                    type: 'SI_Acquisition_Result__c',
                    referenceId: `SI_Acquisition_Result__cRef${results.length + 1}`
                },
                Run_Id__c: ids[r] as string,
                ...(run.repushOf !== undefined ? { Repush_Of__c: ids[run.repushOf] as string } : {}),
                Orchestration__c: `@${orchestration.referenceId}` as Ref,
                ...(c.account !== null ? { Account__c: accounts[c.account] } : {}),
                Candidate_Key__c: candidateKey(email),
                Email__c: email,
                Person_Name__c: `${c.first} ${c.last}`,
                Title__c: c.title,
                ...(c.persona ? { Persona__c: c.persona } : {}),
                Outcome__c: c.outcome,
                ...(c.skip ? { Skip_Reason__c: c.skip } : {}),
                Reason__c: c.reason,
                ...(c.error ? { Salesforce_Error__c: c.error } : {}),
                Run_On__c: dates.dateTime(run.daysAgo, 6, 0)
            };
            results.push(row);
        }
    });
    const last = RUNS.length - 1;
    return {
        SI_Orchestration__c: [
            {
                attributes: orchestration,
                Name: 'Fill persona gaps',
                Goal__c: 'Reach the engineering, IT and finance leaders the target accounts are missing',
                Provider__c: 'CSV',
                Create_As__c: 'Lead',
                Mapping_Profile__c: 'Standard',
                Levels__c: 'C-Level;VP;Director;Manager',
                Functions__c: 'Engineering;IT;Security;Finance',
                Geography_Exclude__c: 'Russia',
                Per_Account_Cap__c: 2,
                Cooldown_Days__c: 30,
                Schedule__c: 'Weekdays',
                Last_Run_Id__c: ids[last] as string,
                Last_Run_On__c: dates.dateTime(RUNS[last]?.daysAgo ?? 0, 6, 0)
            }
        ],
        SI_Acquisition_Result__c: results
    };
}
