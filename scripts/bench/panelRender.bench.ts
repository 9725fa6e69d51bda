/**
 * Render benchmark of the account insight panel (not a test: run with `npm run bench:render`, excluded
 * from `jest`'s testMatch by its name). Renders the panel for the largest sample account (data/, read
 * with lib/sobjectTree.ts and grouped by the engine) in the jsdom DOM several times: from
 * appending the element, through the three wires (getRecord, configuration, GraphQL), the mapping and the
 * engine, to the rendered persona map (a grid of personas: their people are listed on demand). Writes
 * the median to build/bench/render.json and stdout.
 * Figures, not assertions: the only expectations check that the panel really rendered the account.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import getConfiguration from '@salesforce/apex/SI_ConfigurationController.getConfiguration';
import type {} from '@sa11y/jest';
import SiAccountInsightPanel from 'c/siAccountInsightPanel';
import { DEFAULT_CONFIG, configToMetadata, groupAccountData, type AccountData, type Dataset } from 'c/siEngine';
import { readSObjectTree } from '../../lib/sobjectTree';
import {
    toGraphqlData,
    type PlainRecord
} from '../../force-app/main/default/lwc/siAccountData/__tests__/helpers/graphqlFixture';

jest.mock(
    '@salesforce/apex/SI_ConfigurationController.getConfiguration',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/customPermission/SI_Add_To_Sequence', () => ({ __esModule: true, default: true }), {
    virtual: true
});
// Not `virtual` (a real module): see siAccountInsightPanelOutreach.test.ts.
jest.mock('c/siAddToSequenceModal', () => ({ __esModule: true, default: { open: jest.fn() } }));

const ROOT = join(__dirname, '..', '..');
const SAMPLE_AS_OF = new Date('2026-11-02T12:00:00');
const RUNS = 7;

interface Adapter {
    emit(value: unknown, filter?: unknown, refresh?: unknown): void;
}

function plain(record: object): PlainRecord {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
        if (key === 'attributes') continue;
        out[key] = value !== null && typeof value === 'object' ? plain(value) : value;
    }
    return out as PlainRecord;
}

function largestAccount(): AccountData {
    const tree = readSObjectTree(join(ROOT, 'data'));
    const of = (type: string) => (tree.byType.get(type) ?? []) as never[];
    const dataset: Dataset & { campaigns?: unknown[] } = {
        accounts: of('Account'),
        contacts: of('Contact'),
        leads: of('Lead'),
        tasks: of('Task'),
        events: of('Event'),
        campaignMembers: of('CampaignMember'),
        opportunities: of('Opportunity'),
        intentSignals: of('SI_Intent_Signal__c'),
        campaigns: of('Campaign')
    };
    const size = (d: AccountData) =>
        [d.contacts, d.leads, d.tasks, d.events, d.campaignMembers, d.opportunities, d.intentSignals].reduce(
            (n, l) => n + (l?.length ?? 0),
            0
        );
    const grouped = groupAccountData(dataset).accounts;
    return grouped.reduce((best, d) => (size(d) > size(best) ? d : best));
}

function graphqlResponseFor(data: AccountData): unknown {
    const leadIds = new Set((data.leads ?? []).map((l) => l.Id));
    const byLead = <T extends { WhoId?: unknown }>(list: readonly T[] | null | undefined, lead: boolean) =>
        (list ?? []).filter((r) => leadIds.has(r.WhoId as string) === lead).map(plain);
    return toGraphqlData({
        account: plain(data.account),
        contacts: (data.contacts ?? []).map(plain),
        leads: (data.leads ?? []).map(plain),
        accountTasks: byLead(data.tasks, false),
        leadTasks: byLead(data.tasks, true),
        accountEvents: byLead(data.events, false),
        leadEvents: byLead(data.events, true),
        campaignMembers: (data.campaignMembers ?? []).map(plain),
        opportunities: (data.opportunities ?? []).map(plain),
        intentSignals: (data.intentSignals ?? []).map(plain)
    });
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

describe('panel render benchmark', () => {
    it(`renders the largest sample account ${RUNS} times`, async () => {
        jest.useFakeTimers({
            doNotFake: [
                'nextTick',
                'setImmediate',
                'setTimeout',
                'clearTimeout',
                'setInterval',
                'clearInterval',
                'queueMicrotask',
                'performance',
                'hrtime'
            ]
        });
        jest.setSystemTime(SAMPLE_AS_OF);
        const data = largestAccount();
        const response = graphqlResponseFor(data);
        const config = configToMetadata(DEFAULT_CONFIG);
        const account = data.account as { Id: string; Name?: string; Website?: string };
        const times: number[] = [];
        let personaRows = 0;
        for (let run = 0; run < RUNS; run++) {
            const start = performance.now();
            const element = createElement('c-si-account-insight-panel', {
                is: SiAccountInsightPanel
            }) as unknown as HTMLElement & Record<string, unknown>;
            element.recordId = account.Id;
            document.body.appendChild(element);
            (getRecord as unknown as Adapter).emit({
                id: account.Id,
                fields: { Name: { value: account.Name ?? null }, Website: { value: account.Website ?? null } }
            });
            (getConfiguration as unknown as Adapter).emit(config);
            await flush();
            (graphql as unknown as Adapter).emit(response, undefined, jest.fn().mockResolvedValue(undefined));
            await flush();
            const map = element.shadowRoot?.querySelector('c-si-persona-map');
            personaRows = map?.shadowRoot?.querySelectorAll('li.si-persona').length ?? 0;
            times.push(performance.now() - start);
            document.body.removeChild(element);
        }
        jest.useRealTimers();
        expect(personaRows).toBeGreaterThan(0);
        const result = {
            what: 'Panel render in jsdom (sfdx-lwc-jest): append, three wires, mapping, engine, render; median of runs',
            account: account.Name ?? account.Id,
            records: {
                contacts: data.contacts?.length ?? 0,
                leads: data.leads?.length ?? 0,
                tasks: data.tasks?.length ?? 0,
                events: data.events?.length ?? 0,
                campaignMembers: data.campaignMembers?.length ?? 0,
                opportunities: data.opportunities?.length ?? 0,
                intentSignals: data.intentSignals?.length ?? 0
            },
            personaRowsRendered: personaRows,
            runs: RUNS,
            medianMs: Math.round(median(times) * 10) / 10,
            firstRunMs: Math.round((times[0] ?? 0) * 10) / 10,
            allMs: times.map((t) => Math.round(t * 10) / 10)
        };
        mkdirSync(join(ROOT, 'build', 'bench'), { recursive: true });
        writeFileSync(join(ROOT, 'build', 'bench', 'render.json'), `${JSON.stringify(result, null, 2)}\n`);
        process.stdout.write(`${JSON.stringify(result)}\n`);
    });
});
