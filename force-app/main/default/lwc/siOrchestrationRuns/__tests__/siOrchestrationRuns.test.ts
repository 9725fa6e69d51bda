// The orchestration's runs card: the aggregate of its results grouped into runs, newest first, with the
// count of each outcome; a re-push named with the run it retried; empty, error and truncated states.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import SiOrchestrationRuns from 'c/siOrchestrationRuns';

jest.mock('@salesforce/label/c.SI_Acquisition_Runs_Repush_Of', () => ({ default: 're-push of {0}' }), {
    virtual: true
});

interface TestWireAdapter {
    emit(value: unknown): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): Record<string, unknown> | undefined;
}
const adapter = graphql as unknown as TestWireAdapter;

const ORCHESTRATION = 'a075g000000000NAAQ';
const RUN = '20261204T053929Z-6ff5';
const REPUSH = '20261204T061000Z-2a9e';
const OLD = '20261120T090000Z-0001';

const group = (runId: string, outcome: string, count: number, runOn: string, repushOf: string | null = null) => ({
    node: {
        aggregate: {
            Run_Id__c: { value: runId },
            Repush_Of__c: { value: repushOf },
            Outcome__c: { value: outcome },
            Run_On__c: { max: { value: runOn } },
            Id: { count: { value: count } }
        }
    }
});

function data(edges: unknown[], hasNextPage = false): unknown {
    return { uiapi: { aggregate: { SI_Acquisition_Result__c: { edges, pageInfo: { hasNextPage } } } } };
}

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const el = createElement('c-si-orchestration-runs', { is: SiOrchestrationRuns }) as unknown as HTMLElement & {
        recordId: string;
    };
    el.recordId = ORCHESTRATION;
    document.body.appendChild(el);
    return el;
}

const rows = (el: HTMLElement) => [...(el.shadowRoot as ShadowRoot).querySelectorAll('tr.si-runs__run')];
const cell = (row: Element, name: string) => row.querySelector(`.si-runs__${name}`)?.textContent?.trim();

describe('c-si-orchestration-runs', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('asks for the aggregate of this orchestration only', async () => {
        render();
        await flush();
        expect(adapter.getLastConfig()?.variables).toEqual({ recordId: ORCHESTRATION });
    });

    describe('@wire data', () => {
        it('shows each run newest first with its outcome counts, the re-push with the run it retried', async () => {
            const el = render();
            adapter.emit(
                data([
                    group(OLD, 'Created', 4, '2026-11-20T09:00:05.000Z'),
                    group(RUN, 'Created', 1, '2026-12-04T05:39:30.000Z'),
                    group(RUN, 'Error', 1, '2026-12-04T05:39:30.000Z'),
                    group(RUN, 'Skipped', 5, '2026-12-04T05:39:31.000Z'),
                    group(REPUSH, 'Created', 1, '2026-12-04T06:10:00.000Z', RUN)
                ])
            );
            await flush();
            const shown = rows(el);
            expect(shown.map((r) => r.getAttribute('data-run-id'))).toEqual([REPUSH, RUN, OLD]);
            const [repush, run] = shown as [Element, Element];
            expect(cell(repush, 'repush')).toBe(`re-push of ${RUN}`);
            expect([cell(run, 'created'), cell(run, 'errors'), cell(run, 'skipped'), cell(run, 'total')]).toEqual([
                '1',
                '1',
                '5',
                '7'
            ]);
            expect(run.querySelector('.si-runs__repush')).toBeNull();
            expect(cell(run, 'on')).not.toBe('');
            expect((el.shadowRoot as ShadowRoot).querySelector('.si-runs__truncated')).toBeNull();
        });

        it('says when the aggregate was cut', async () => {
            const el = render();
            adapter.emit(data([group(RUN, 'Created', 1, '2026-12-04T05:39:30.000Z')], true));
            await flush();
            expect((el.shadowRoot as ShadowRoot).querySelector('.si-runs__truncated')?.textContent).toBe(
                'c.SI_Acquisition_Runs_Truncated'
            );
        });

        it('says there are no runs yet', async () => {
            const el = render();
            adapter.emit(data([]));
            await flush();
            expect(rows(el)).toHaveLength(0);
            expect((el.shadowRoot as ShadowRoot).querySelector('.si-runs__empty')?.textContent).toBe(
                'c.SI_Acquisition_Runs_Empty'
            );
        });

        it('is accessible with runs', async () => {
            const el = render();
            adapter.emit(data([group(RUN, 'Created', 1, '2026-12-04T05:39:30.000Z')]));
            await flush();
            await expect(el).toBeAccessible();
        });
    });

    describe('@wire error', () => {
        it('shows the error and no table', async () => {
            const el = render();
            adapter.emitErrors([{ message: 'No such column Run_Id__c' }]);
            await flush();
            const root = el.shadowRoot as ShadowRoot;
            expect(root.querySelector('.si-runs__error')?.textContent).toContain('No such column Run_Id__c');
            expect(root.querySelector('table')).toBeNull();
            await expect(el).toBeAccessible();
        });

        it.each([
            ['graphql-js', 'Cannot query field "SI_Acquisition_Result__c" on type "RecordQueryAggregate".'],
            [
                'the UI API',
                "Validation error (FieldUndefined@[uiapi/aggregate/SI_Acquisition_Result__c]) : Field 'SI_Acquisition_Result__c' in type 'RecordQueryAggregate' is undefined"
            ]
        ])('says which permission set to ask for when the results are not readable (%s)', async (_, message) => {
            const el = render();
            adapter.emitErrors([{ message }]);
            await flush();
            const text = (el.shadowRoot as ShadowRoot).querySelector('.si-runs__error')?.textContent ?? '';
            expect(text).toContain('c.SI_Acquisition_Runs_No_Access');
            expect(text).not.toContain('RecordQueryAggregate');
        });
    });
});
