// A temporary HOME holding the sf CLI's stored auth for one org, so that @salesforce/core's
// `Org.create({ aliasOrUsername })` (and `Org.create({})`, through the default `target-org`) works offline
// against the stand-in, and refreshes the token on 401 through the stand-in's /services/oauth2/token.
//
// What @salesforce/core 8 reads (all under HOME, found in its lib/ sources):
//   ~/.sfdx/<username>.json   the AuthInfo fields; accessToken/refreshToken/clientSecret (keys matching
//                             /token|password|secret/i) encrypted with the key below
//   ~/.sfdx/key.json          {account:'local', key, service:'sfdx'}, mode 600: the "generic unix keychain",
//                             used when SF_USE_GENERIC_UNIX_KEYCHAIN=true (otherwise it tries secret-tool first)
//   ~/.sfdx/alias.json        {"orgs": {"<alias>": "<username>"}}
//   ~/.sf/config.json         {"target-org": "<alias>"}   (global config; ~/.sfdx/sfdx-config.json mirrors it)
// Encryption is core's "v1" format: AES-256-GCM, key = 32 hex characters used as UTF-8 bytes,
// IV = 12 hex characters (6 random bytes), stored as `<iv><ciphertext hex>:<auth tag hex>`.
// `instanceApiVersion` + `instanceApiVersionLastRetrieved` are written so Connection.create uses that version
// without asking GET /services/data; `orgEdition` + `namespacePrefix` so no Organization query is made.
//
// HOW A TEST USES IT
// @salesforce/core finds HOME through os.homedir() on each call (Global.DIR is a getter), but in Jest the
// test's `process.env` is a sandboxed copy: setting process.env.HOME does not change os.homedir(). So
// `activate()` sets the variables on the test's process.env (core reads its switches from there) AND replaces
// os.homedir for the duration; call it before the first @salesforce/core call, and call what it returns in
// afterAll. Core caches per HOME/cwd in module state (StateAggregator, ConfigAggregator); Jest gives each test
// file fresh modules, so use one auth home per test file (or call StateAggregator.clearInstance() and
// ConfigAggregator.clearInstance() when switching). A child process (the `sf` CLI, `npx tsx script.ts`) needs
// only `env: { ...process.env, ...home.env }`.
// @salesforce/core does not load in this project's default jsdom environment; the test file needs
//   /** @jest-environment ./org/__tests__/support/salesforceEnvironment.js */
//
//   const sf = await startSalesforceStandIn();
//   const home = createAuthHome(standInAuthOptions(sf, { alias: 'standin' }));
//   const restore = home.activate();
//   const org = await Org.create({ aliasOrUsername: 'standin' });   // or Org.create({})
//   const conn = org.getConnection();
//   ...
//   restore(); home.remove(); await sf.close();
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export interface AuthHomeOptions {
    instanceUrl: string;
    /** Must look like an email address (core's file-name pattern for auth files). */
    username: string;
    alias?: string;
    accessToken: string;
    refreshToken: string;
    orgId?: string;
    userId?: string;
    /** Where the token is refreshed (`<loginUrl>/services/oauth2/token`); default instanceUrl. */
    loginUrl?: string;
    /** Connected app the refresh uses (default PlatformCLI, the sf CLI's). */
    clientId?: string;
    /** Cached API version of the org (default 62.0); null to make Connection.create ask GET /services/data. */
    apiVersion?: string | null;
    /** Make this org the default (`target-org`) so Org.create({}) finds it (default true). */
    setDefault?: boolean;
    /** Directory to use (default: a new temporary directory). */
    home?: string;
}

export interface AuthHome {
    home: string;
    username: string;
    alias?: string;
    /** The auth file written (`<home>/.sfdx/<username>.json`). */
    authFile: string;
    /** Environment for a process using this home (HOME, keychain, telemetry, autoupdate, log file, DNS check). */
    env: Record<string, string>;
    /** In-process use (Jest): sets `env` on process.env and points os.homedir() at `home`; returns the undo. */
    activate(): () => void;
    /** Deletes the directory. */
    remove(): void;
}

function encryptV1(key: string, text: string): string {
    const iv = randomBytes(6).toString('hex');
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(key, 'utf8'), Buffer.from(iv, 'utf8'));
    const encrypted = cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
    return `${iv}${encrypted}:${cipher.getAuthTag().toString('hex')}`;
}

function writeJson(path: string, value: unknown, mode?: number): void {
    writeFileSync(path, `${JSON.stringify(value, null, 4)}\n`, mode === undefined ? {} : { mode });
}

export function createAuthHome(options: AuthHomeOptions): AuthHome {
    if (!/^[^.][^@]*@[^.]+(\.[^.\s]+)+$/.test(options.username)) {
        throw new Error(`@salesforce/core only finds auth files of email-like usernames: ${options.username}`);
    }
    const home = options.home ?? mkdtempSync(join(os.tmpdir(), 'sf-auth-home-'));
    const sfdx = join(home, '.sfdx');
    const sf = join(home, '.sf');
    mkdirSync(sfdx, { recursive: true, mode: 0o700 });
    mkdirSync(sf, { recursive: true, mode: 0o700 });

    const key = randomBytes(16).toString('hex');
    writeJson(join(sfdx, 'key.json'), { account: 'local', key, service: 'sfdx' }, 0o600);

    const apiVersion = options.apiVersion === undefined ? '62.0' : options.apiVersion;
    const authFile = join(sfdx, `${options.username}.json`);
    writeJson(authFile, {
        accessToken: encryptV1(key, options.accessToken),
        refreshToken: encryptV1(key, options.refreshToken),
        instanceUrl: options.instanceUrl,
        loginUrl: options.loginUrl ?? options.instanceUrl,
        orgId: options.orgId ?? '00D000000000001AAA',
        ...(options.userId ? { userId: options.userId } : {}),
        username: options.username,
        clientId: options.clientId ?? 'PlatformCLI',
        created: String(Date.now()),
        isDevHub: false,
        ...(apiVersion
            ? { instanceApiVersion: apiVersion, instanceApiVersionLastRetrieved: new Date().toLocaleString() }
            : {}),
        name: 'Stand-in Org',
        instanceName: 'STANDIN',
        namespacePrefix: null,
        isSandbox: false,
        isScratch: false,
        trailExpirationDate: null,
        orgEdition: 'Developer Edition'
    });
    if (options.alias) writeJson(join(sfdx, 'alias.json'), { orgs: { [options.alias]: options.username } });
    if (options.setDefault !== false) {
        const target = options.alias ?? options.username;
        writeJson(join(sf, 'config.json'), { 'target-org': target });
        writeJson(join(sfdx, 'sfdx-config.json'), { defaultusername: target });
    }

    const env: Record<string, string> = {
        HOME: home,
        USERPROFILE: home,
        SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
        SFDX_USE_GENERIC_UNIX_KEYCHAIN: 'true',
        USE_GENERIC_UNIX_KEYCHAIN: 'true',
        SF_CRYPTO_V2: 'false',
        SF_DISABLE_TELEMETRY: 'true',
        SFDX_DISABLE_TELEMETRY: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        SFDX_DISABLE_AUTOUPDATE: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_DISABLE_LOG_FILE: 'true',
        SF_DISABLE_DNS_CHECK: 'true',
        SFDX_DISABLE_DNS_CHECK: 'true'
    };

    return {
        home,
        username: options.username,
        alias: options.alias,
        authFile,
        env,
        activate() {
            const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
            const homedir = os.homedir;
            Object.assign(process.env, env);
            os.homedir = () => home;
            return () => {
                os.homedir = homedir;
                for (const [k, v] of Object.entries(saved)) {
                    if (v === undefined) delete process.env[k];
                    else process.env[k] = v;
                }
            };
        },
        remove() {
            rmSync(home, { recursive: true, force: true });
        }
    };
}

/** Options for createAuthHome from a running stand-in (its URL, tokens, org and user). */
export function standInAuthOptions(
    standIn: {
        instanceUrl: string;
        username: string;
        accessToken: string;
        refreshToken: string;
        orgId: string;
        userId: string;
        apiVersion: string;
    },
    extra: Partial<AuthHomeOptions> = {}
): AuthHomeOptions {
    return {
        instanceUrl: standIn.instanceUrl,
        username: standIn.username,
        accessToken: standIn.accessToken,
        refreshToken: standIn.refreshToken,
        orgId: standIn.orgId,
        userId: standIn.userId,
        apiVersion: standIn.apiVersion,
        ...extra
    };
}
