// The command line of `npm run acquire` (see main.ts for what each mode does).
import { randomBytes } from 'node:crypto';

export type Mode = 'preview' | 'run' | 'repush';

export interface AcquireOptions {
    /** Alias or username of an org the sf CLI knows; empty: the default target-org. */
    targetOrg: string;
    orchestration: string;
    mode: Mode;
    /** --repush: the run whose Error rows are retried. */
    repushRunId: string | null;
    providerFile: string | null;
    /** --scheduled: every orchestration whose Schedule__c is due today, each with its file in providerDir. */
    scheduled: boolean;
    providerDir: string | null;
    /** File mode: a folder of CSV exports instead of an org. */
    data: string | null;
    /** File mode: the custom metadata folder the personas come from. */
    config: string;
    /** The run's day (file mode; an org run uses today, UTC). */
    asOf: string | null;
    out: string;
    json: boolean;
    /** Milliseconds between Bulk job polls (tests pass a small one). */
    pollMs: number;
}

export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}

/** A run id: `20261204T061502Z-3fa9` (UTC time of the run and 4 random hex digits). */
export const RUN_ID = /^\d{8}T\d{6}Z-[0-9a-f]{4}$/;

export function newRunId(now: Date): string {
    return `${now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`;
}

export const USAGE = [
    'Usage: npm run acquire -- --target-org ALIAS --orchestration NAME [--preview | --run | --repush RUN_ID]',
    '                          [--provider-file FILE] [--out runs/acquire] [--json]',
    '       npm run acquire -- --target-org ALIAS --scheduled --provider-dir DIR [--run] [--out runs/acquire] [--json]',
    '                          (every orchestration whose Schedule__c is due today; DIR/<Name>.csv is its vendor file)',
    '       npm run acquire -- --data DIR --orchestration NAME --provider-file FILE [--config DIR]',
    '                          [--as-of YYYY-MM-DD] [--out DIR] [--json]        (file mode: preview only)'
].join('\n');

export function parseArgs(argv: readonly string[]): AcquireOptions {
    const options: AcquireOptions = {
        targetOrg: '',
        orchestration: '',
        mode: 'preview',
        repushRunId: null,
        providerFile: null,
        scheduled: false,
        providerDir: null,
        data: null,
        config: 'force-app/main/default/customMetadata',
        asOf: null,
        out: 'runs/acquire',
        json: false,
        pollMs: 2000
    };
    const modes: string[] = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--target-org' || arg === '-o') options.targetOrg = value();
        else if (arg === '--orchestration') options.orchestration = value();
        else if (arg === '--preview' || arg === '--run') {
            modes.push(arg);
            options.mode = arg === '--run' ? 'run' : 'preview';
        } else if (arg === '--repush') {
            const v = value();
            if (!RUN_ID.test(v)) throw new UsageError(`--repush ${v}: expected a run id such as 20261204T061502Z-3fa9`);
            modes.push(arg);
            options.mode = 'repush';
            options.repushRunId = v;
        } else if (arg === '--provider-file') options.providerFile = value();
        else if (arg === '--scheduled') options.scheduled = true;
        else if (arg === '--provider-dir') options.providerDir = value();
        else if (arg === '--data') options.data = value();
        else if (arg === '--config') options.config = value();
        else if (arg === '--as-of') {
            const v = value();
            if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--as-of ${v}: expected a day, YYYY-MM-DD`);
            options.asOf = v;
        } else if (arg === '--out') options.out = value();
        else if (arg === '--json') options.json = true;
        else if (arg === '--poll-ms') {
            const v = value();
            if (!/^\d{1,6}$/.test(v)) throw new UsageError(`--poll-ms ${v}: expected a whole number of milliseconds`);
            options.pollMs = Number(v);
        } else throw new UsageError(`unknown argument ${arg}`);
    }
    if (modes.length > 1) throw new UsageError(`give one of --preview, --run, --repush (got ${modes.join(', ')})`);
    if (options.scheduled) {
        if (options.orchestration)
            throw new UsageError('--scheduled runs every orchestration that is due today; leave out --orchestration');
        if (options.mode === 'repush')
            throw new UsageError('--scheduled previews or runs (--run); re-push one run at a time');
        if (options.data) throw new UsageError('--scheduled needs an org (--target-org), not --data');
        if (options.asOf) throw new UsageError('--as-of is for file mode (--data); a scheduled run uses today (UTC)');
        if (options.providerFile)
            throw new UsageError(
                "--scheduled reads each orchestration's vendor file from --provider-dir DIR, not --provider-file"
            );
        if (!options.providerDir)
            throw new UsageError(
                '--scheduled needs --provider-dir DIR (DIR/<orchestration Name>.csv for each orchestration)'
            );
        return options;
    }
    if (options.providerDir)
        throw new UsageError('--provider-dir is for --scheduled; one orchestration takes --provider-file FILE');
    if (!options.orchestration) throw new UsageError('--orchestration NAME is required (the SI_Orchestration__c Name)');
    if (options.data) {
        if (options.mode !== 'preview')
            throw new UsageError('file mode (--data) only previews: --run and --repush need an org (--target-org)');
        if (options.targetOrg)
            throw new UsageError('give either --data DIR (file mode) or --target-org ALIAS, not both');
    } else if (options.asOf) throw new UsageError('--as-of is for file mode (--data); an org run uses today');
    if (options.mode === 'repush' && options.providerFile)
        throw new UsageError('--repush retries the records a run stored; it reads no --provider-file');
    return options;
}
