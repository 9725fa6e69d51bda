// Stand-in for `lightning/graphql`: `gql` keeps the query text; the `graphql` wire adapter sends the
// query and variables to the preview server, which EXECUTES the query against the loaded data set
// (preview/graphql/execute.ts) and answers `{ data, errors }` as the UI API does. Each result carries
// `refresh()`, and `refreshGraphQL(result)` re-runs the query that produced it.
import { deepFreeze, postJson, PREVIEW_EVENTS } from './platform';

/** The parsed form `gql` returns here: the query text (the platform returns a parsed document). */
export interface GqlDocument {
    readonly source: string;
}

export function gql(strings: TemplateStringsArray | string, ...values: unknown[]): GqlDocument {
    const parts = typeof strings === 'string' ? [strings] : Array.from(strings);
    let source = parts[0] ?? '';
    values.forEach((value, i) => {
        source += (isDocument(value) ? value.source : String(value)) + (parts[i + 1] ?? '');
    });
    return Object.freeze({ source });
}

function isDocument(value: unknown): value is GqlDocument {
    return typeof value === 'object' && value !== null && typeof (value as GqlDocument).source === 'string';
}

interface GraphQLConfig {
    query?: GqlDocument | string | null;
    variables?: Record<string, unknown> | null;
    operationName?: string | null;
}

interface GraphQLResultValue {
    data: unknown;
    errors: unknown;
    /** `lightning/graphql` (v2) provisions a `refresh()` with every result. */
    refresh?: () => Promise<void>;
}

type DataCallback = (value: GraphQLResultValue) => void;

const producers = new WeakMap<object, GraphQLAdapter>();
const live = new Set<GraphQLAdapter>();

class GraphQLAdapter {
    private config: GraphQLConfig | null = null;
    private sequence = 0;

    constructor(private readonly callback: DataCallback) {}

    update(config: GraphQLConfig): void {
        this.config = config;
        void this.run();
    }

    connect(): void {
        live.add(this);
    }

    disconnect(): void {
        live.delete(this);
    }

    /** Sends the current query; results of superseded requests are dropped (the latest config wins). */
    run(): Promise<void> {
        const config = this.config;
        // The platform does not provision until the query and its variables are set.
        if (!config || !config.query || config.variables === undefined) return Promise.resolve();
        const query = typeof config.query === 'string' ? config.query : config.query.source;
        const mine = ++this.sequence;
        return postJson<{ data: unknown; errors?: unknown }>('/preview-api/graphql', {
            query,
            variables: config.variables ?? {},
            operationName: config.operationName ?? null
        }).then(
            (result) => this.emit(mine, { data: result.data ?? undefined, errors: result.errors ?? undefined }),
            (error: unknown) => this.emit(mine, { data: undefined, errors: [error] })
        );
    }

    private emit(sequence: number, value: GraphQLResultValue): void {
        if (sequence !== this.sequence) return;
        const frozen = deepFreeze({ ...value, refresh: () => this.run() });
        producers.set(frozen, this);
        this.callback(frozen);
    }
}

export const graphql = GraphQLAdapter;

/** Re-runs the query that produced `result` (what a component received from `@wire(graphql)`). */
export function refreshGraphQL(result: unknown): Promise<unknown> {
    const adapter = typeof result === 'object' && result !== null ? producers.get(result) : undefined;
    if (!adapter) return Promise.reject(new Error('refreshGraphQL: pass the value the graphql wire provisioned'));
    return adapter.run();
}

// After a record changes (updateRecord), the platform refreshes cached query results; do the same.
window.addEventListener(PREVIEW_EVENTS.recordChanged, () => {
    for (const adapter of live) void adapter.run();
});
