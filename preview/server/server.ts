// The local preview server: a small Node http server (no dependencies) that serves the built preview
// (`build/preview/`), the Lightning Design System assets, and the platform stand-in endpoints
// (see api.ts). Usage: tsx preview/server/server.ts [--data <dir>] [--as-of YYYY-MM-DD] [--port <n>]
//   [--permission-set <name>]... (the preview user's permission sets; default SI_Sales_User; `none`: only the profile)
// Port: --port, else PORT, else 3000; when taken, a free port. Prints the URL when listening.
// The page runs on today (this machine's calendar), or on the day --as-of pins. A data folder that
// declares the day its dates are relative to (`sample-as-of.json`, as `data/` does) is moved to the
// page's day when loaded, so the sample accounts show on any day what they show on their own.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseDay } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { daysBetween, localToday, readDataAsOf, shiftRecordDates } from '../../lib/asOf';
import { DEFAULT_PERMISSION_SETS, PreviewApi } from './api';

export const ROOT = resolve(__dirname, '../..');
export const BUILD_DIR = join(ROOT, 'build/preview');
const SLDS_ASSETS = join(ROOT, 'node_modules/@salesforce-ux/design-system/assets');

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.map': 'application/json'
};

const MAX_BODY = 1024 * 1024;

export interface ServerOptions {
    dataDir: string;
    /** The page's today: today, or the day --as-of pins. */
    asOf: string;
    /** True when --as-of pinned the day. */
    pinned: boolean;
    port: number;
    /** Try a free port when `port` is taken. */
    fallback: boolean;
    /** The preview user's permission sets (their GraphQL schema has what these can read). */
    permissionSets: readonly string[];
}

/** The page's day, inlined into the page beside the API's context (`clock`); the page shows it. */
export interface PreviewClock {
    /** The day the page runs on (what the panel's "today" is). */
    asOf: string;
    /** True when --as-of pinned it; false when it is today. */
    pinned: boolean;
    /** The day the data folder declares its dates are relative to, or null (an export declares none). */
    dataAsOf: string | null;
    /** Days the loaded records' dates were moved, from `dataAsOf` to `asOf` (0: not moved). */
    shiftDays: number;
}

/** Parses the command line; `today` (YYYY-MM-DD) is the default as-of: the caller reads the clock, once. */
export function parseServerArgs(argv: readonly string[], env: NodeJS.ProcessEnv, today: string): ServerOptions {
    const options: ServerOptions = {
        dataDir: join(ROOT, 'data'),
        asOf: today,
        pinned: false,
        port: 3000,
        fallback: true,
        permissionSets: DEFAULT_PERMISSION_SETS
    };
    const permissionSets: string[] = [];
    if (env.PORT !== undefined && env.PORT !== '') options.port = portOf(env.PORT, 'PORT');
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = argv[i + 1];
        const need = (): string => {
            if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
            i++;
            return value;
        };
        if (flag === '--data') options.dataDir = resolve(need());
        else if (flag === '--as-of') {
            options.asOf = need();
            options.pinned = true;
            if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || parseDay(options.asOf) === null) {
                throw new Error(`--as-of must be a real date as YYYY-MM-DD, got "${options.asOf}"`);
            }
        } else if (flag === '--port') {
            options.port = portOf(need(), '--port');
            options.fallback = false;
        } else if (flag === '--permission-set') {
            const name = need();
            if (name !== 'none') permissionSets.push(name);
            options.permissionSets = permissionSets;
        } else throw new Error(`unknown option "${flag}" (expected --data, --as-of, --port, --permission-set)`);
    }
    return options;
}

function portOf(text: string, name: string): number {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${text}"`);
    return n;
}

function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {}
): void {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
}

/** Serves `relative` from inside `base` (404 for anything else, `..` included), with its content type. */
export function sendFile(res: ServerResponse, base: string, relative: string): void {
    const path = normalize(join(base, relative));
    if (!path.startsWith(base + sep) || !existsSync(path) || !statSync(path).isFile()) {
        send(res, 404, 'text/plain; charset=utf-8', `not found: ${relative}`);
        return;
    }
    res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache'
    });
    createReadStream(path).pipe(res);
}

const STATIC_RESOURCES = join(ROOT, 'force-app/main/default/staticresources');

/** `@salesforce/resourceUrl/<Name>` in the preview: the static resource's file (`<Name>.<ext>`), as the org serves it. */
function sendStaticResource(res: ServerResponse, name: string): void {
    const file = /^[A-Za-z0-9_]+$/.test(name)
        ? readdirSync(STATIC_RESOURCES).find((f) => f.startsWith(`${name}.`) && !f.endsWith('-meta.xml'))
        : undefined;
    if (!file) send(res, 404, 'text/plain; charset=utf-8', `no static resource ${name}`);
    else sendFile(res, STATIC_RESOURCES, file);
}

function readBody(req: IncomingMessage): Promise<unknown> {
    return new Promise((resolveBody, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY) {
                reject(new Error('request body too large'));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
                resolveBody(text ? JSON.parse(text) : null);
            } catch {
                reject(new Error('request body is not JSON'));
            }
        });
        req.on('error', reject);
    });
}

/**
 * The stand-in API over `dataDir`, its records moved from the day the folder declares to `asOf` (through
 * lib/asOf.ts `shiftRecordDates`: every date and date/time value, by the same number of days), and the
 * page's clock. A folder without an as-of file (an export) is served as it is.
 */
export function createPreviewApi(
    root: string,
    options: Pick<ServerOptions, 'dataDir' | 'asOf' | 'pinned'> & Partial<Pick<ServerOptions, 'permissionSets'>>
): { api: PreviewApi; clock: PreviewClock } {
    const dataAsOf = readDataAsOf(options.dataDir);
    const shiftDays = dataAsOf === null ? 0 : daysBetween(dataAsOf, options.asOf);
    const api = new PreviewApi(root, options.dataDir, options.asOf, {
        permissionSets: options.permissionSets ?? DEFAULT_PERMISSION_SETS
    });
    if (shiftDays !== 0) {
        for (const type of api.data.types())
            for (const record of api.data.records(type)) shiftRecordDates(record, shiftDays);
    }
    return { api, clock: { asOf: options.asOf, pinned: options.pinned, dataAsOf, shiftDays } };
}

/** The page: index.html with the preview context (as-of date, account list, the page account's record, the clock) inlined. */
function indexHtml(api: PreviewApi, clock: PreviewClock, account: string | null, orchestration: string | null): string {
    const template = join(BUILD_DIR, 'index.html');
    if (!existsSync(template)) throw new Error(`${template} is missing: run \`npm run preview:build\` first`);
    const context = JSON.stringify({ ...api.context(account, orchestration), clock }).replace(/</g, '\\u003c');
    return readFileSync(template, 'utf8').replace('/*SI_PREVIEW_CONTEXT*/null', context);
}

/** The server; without `clock`, the page runs pinned on the API's as-of, its data as loaded. */
export function createPreviewServer(
    api: PreviewApi,
    clock: PreviewClock = { asOf: api.asOf, pinned: true, dataAsOf: readDataAsOf(api.dataDir), shiftDays: 0 }
): Server {
    return createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = decodeURIComponent(url.pathname);
        if (path.startsWith('/preview-api/')) {
            if (req.method !== 'POST') {
                send(res, 405, 'text/plain; charset=utf-8', 'POST only');
                return;
            }
            readBody(req).then(
                (body) => {
                    // Server-Timing: what the stand-in spent answering (DevTools and the browser benchmark show it).
                    const started = performance.now();
                    const out = api.handle(path, body);
                    const handled = performance.now();
                    const json = JSON.stringify(out.body);
                    const timing = `handle;dur=${(handled - started).toFixed(1)}, json;dur=${(performance.now() - handled).toFixed(1)}`;
                    send(res, out.status, TYPES['.json'] as string, json, { 'server-timing': timing });
                },
                (e: Error) =>
                    send(
                        res,
                        400,
                        TYPES['.json'] as string,
                        JSON.stringify({ status: 400, body: { message: e.message } })
                    )
            );
            return;
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            send(res, 405, 'text/plain; charset=utf-8', 'GET only');
            return;
        }
        try {
            if (path === '/' || path === '/index.html')
                send(
                    res,
                    200,
                    TYPES['.html'] as string,
                    indexHtml(api, clock, url.searchParams.get('account'), url.searchParams.get('orchestration'))
                );
            else if (path.startsWith('/assets/')) sendFile(res, SLDS_ASSETS, path.slice('/assets/'.length));
            else if (path === '/favicon.ico') send(res, 204, 'image/x-icon', '');
            else if (path.startsWith('/resource/')) sendStaticResource(res, path.slice('/resource/'.length));
            else sendFile(res, BUILD_DIR, path.slice(1));
        } catch (e) {
            send(res, 500, 'text/plain; charset=utf-8', e instanceof Error ? e.message : String(e));
        }
    });
}

/** Listens on `port`, or on a free port when it is taken and `fallback` is set. Resolves the URL. */
export function listen(server: Server, port: number, fallback: boolean): Promise<string> {
    return new Promise((resolveUrl, reject) => {
        const onError = (e: NodeJS.ErrnoException): void => {
            if (e.code === 'EADDRINUSE' && fallback && port !== 0) {
                server.removeListener('error', onError);
                listen(server, 0, false).then(resolveUrl, reject);
            } else reject(e);
        };
        server.once('error', onError);
        server.listen(port, '127.0.0.1', () => {
            server.removeListener('error', onError);
            const address = server.address() as AddressInfo;
            resolveUrl(`http://localhost:${address.port}/`);
        });
    });
}

/** What the server prints about the page's day and the data's dates. */
export function describeClock(clock: PreviewClock): string {
    const day = `as of ${clock.asOf} (${clock.pinned ? 'pinned with --as-of' : 'today; --as-of YYYY-MM-DD pins a day'})`;
    if (clock.dataAsOf === null) return `${day}; the data declares no as-of: its dates are served as they are`;
    if (clock.shiftDays === 0) return `${day}; the data is generated for this day`;
    const moved = `${Math.abs(clock.shiftDays)} day${Math.abs(clock.shiftDays) === 1 ? '' : 's'} ${clock.shiftDays > 0 ? 'later' : 'earlier'}`;
    return `${day}; the data is generated for ${clock.dataAsOf}: its dates are moved ${moved}`;
}

async function main(): Promise<void> {
    const options = parseServerArgs(process.argv.slice(2), process.env, localToday());
    const { api, clock } = createPreviewApi(ROOT, options);
    const warm = api.warmUp();
    const server = createPreviewServer(api, clock);
    const url = await listen(server, options.port, options.fallback);
    const context = api.context();
    console.log(`Sales Intelligence preview: ${url}`);
    console.log(`  ${describeClock(clock)}`);
    console.log(`  GraphQL warmed up: the panel's query for ${warm.queries} accounts in ${Math.round(warm.ms)} ms`);
    console.log(
        `  user: Standard User profile + ${api.permissionSets.join(', ') || 'no permission set'} (--permission-set chooses)`
    );
    console.log(`  data ${options.dataDir} (${context.accounts.length} accounts). Ctrl+C stops.`);
    const stop = (): void => {
        server.close();
        process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

if (require.main === module) {
    main().catch((e: unknown) => {
        console.error(`preview server: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
    });
}
