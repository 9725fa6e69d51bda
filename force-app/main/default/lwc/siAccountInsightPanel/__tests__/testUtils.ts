// Shared helpers for the panel's tests (not a test file).
// The sa11y matcher's types (`toBeAccessible`), registered at run time by jest.setup.js.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import getConfiguration from '@salesforce/apex/SI_ConfigurationController.getConfiguration';
import { DEFAULT_CONFIG, configToMetadata } from 'c/siEngine';
import SiAccountInsightPanel from 'c/siAccountInsightPanel';

export const ACCOUNT_ID = '001000000000ACMEAA';
export const AS_OF = new Date('2025-11-25T12:00:00');

export interface TestWireAdapter {
    emit(value: unknown, filter?: unknown, refresh?: unknown): void;
    emitErrors?(errors: unknown, filter?: unknown, refresh?: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Record<string, unknown> | undefined;
}

export const graphqlAdapter = graphql as unknown as TestWireAdapter & {
    emitErrors(errors: unknown, filter?: unknown, refresh?: unknown): void;
};
export const getRecordAdapter = getRecord as unknown as TestWireAdapter;
export const configAdapter = getConfiguration as unknown as TestWireAdapter;

export const ACCOUNT_RECORD = {
    id: ACCOUNT_ID,
    apiName: 'Account',
    fields: { Name: { value: 'Acme Corporation' }, Website: { value: 'https://www.acme.com' } }
};

export function flushPromises(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Fakes only the clock (Date), so the panel's "today" is AS_OF and promises and timers run normally. */
export function fakeToday(): void {
    jest.useFakeTimers({
        doNotFake: [
            'hrtime',
            'nextTick',
            'performance',
            'queueMicrotask',
            'requestAnimationFrame',
            'cancelAnimationFrame',
            'requestIdleCallback',
            'cancelIdleCallback',
            'setImmediate',
            'clearImmediate',
            'setInterval',
            'clearInterval',
            'setTimeout',
            'clearTimeout'
        ]
    });
    jest.setSystemTime(AS_OF);
}

export function createPanel(props: Record<string, unknown> = {}): HTMLElement & Record<string, unknown> {
    const element = createElement('c-si-account-insight-panel', {
        is: SiAccountInsightPanel
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.recordId = ACCOUNT_ID;
    element.objectApiName = 'Account';
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

/** Emits the account key (of `recordId`) and the shipped configuration, as the platform would before the GraphQL query. */
export async function emitAccountAndConfig(
    config = configToMetadata(DEFAULT_CONFIG),
    recordId = ACCOUNT_ID
): Promise<void> {
    getRecordAdapter.emit({ ...ACCOUNT_RECORD, id: recordId });
    configAdapter.emit(config);
    await flushPromises();
}

export async function renderWithData(
    data: unknown,
    props: Record<string, unknown> = {},
    refresh = jest.fn().mockResolvedValue(undefined)
) {
    const element = createPanel(props);
    await emitAccountAndConfig(undefined, typeof props.recordId === 'string' ? props.recordId : ACCOUNT_ID);
    graphqlAdapter.emit(data, undefined, refresh);
    await flushPromises();
    return { element, refresh };
}

export function shadow(element: Element): ShadowRoot {
    return (element as HTMLElement).shadowRoot as ShadowRoot;
}

export function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return shadow(element).querySelector<T>(selector);
}

export function resetDom(): void {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
}

/** A copy of a GraphQL answer whose Account is `id` (the panel shows only the data of its own account). */
export function withAccountId<T>(data: T, id: string): T {
    const copy = JSON.parse(JSON.stringify(data)) as {
        uiapi: { query: { Account: { edges: Array<{ node: { Id: string } }> } } };
    };
    for (const edge of copy.uiapi.query.Account.edges) edge.node.Id = id;
    return copy as unknown as T;
}

/** Opens every persona of the panel's persona map (its people are listed on demand), as a rep opens them. */
export async function openPersonas(element: Element): Promise<void> {
    const map = q(element, 'c-si-persona-map');
    if (!map) return;
    for (const button of shadow(map).querySelectorAll<HTMLButtonElement>(
        'button.si-persona__open[aria-expanded="false"]'
    )) {
        button.click();
    }
    await flushPromises();
}
