// The org's Connection, from the sf CLI's stored auth (`sf org login web|jwt --alias ALIAS`): no secret is
// read or kept here. jsforce, under the Connection, refreshes the access token on a 401 with the stored
// refresh token (or the JWT key) and repeats the request.
import { Org, type Connection } from '@salesforce/core';
import { SalesforceError } from './errors';

/** Bulk API 2.0 query and ingest are v47.0+; 62.0 is what this project is tested against. */
export const MIN_API_VERSION = 47;

/**
 * The Connection of the org stored under `alias` (an alias or username), or of the default `target-org`
 * when `alias` is empty. An alias the sf CLI does not know is an UnknownOrg error naming it.
 */
export async function connectOrg(alias: string): Promise<Connection> {
    let org: Org;
    try {
        org = await Org.create(alias ? { aliasOrUsername: alias } : {});
    } catch (e) {
        const name = (e as Error).name;
        if (
            name === 'NamedOrgNotFoundError' ||
            name === 'NoAuthInfoFound' ||
            name === 'NoDefaultEnvError' ||
            name === 'NoUsernameFoundError'
        )
            throw new SalesforceError(
                'UnknownOrg',
                alias
                    ? `no org is stored under the alias or username "${alias}" (${(e as Error).message})`
                    : `no --target-org given and no default target-org is set (${(e as Error).message})`
            );
        throw e;
    }
    const conn = org.getConnection();
    const version = Number(conn.getApiVersion());
    if (!Number.isFinite(version) || version < MIN_API_VERSION)
        throw new SalesforceError(
            'UnknownOrg',
            `API version ${conn.getApiVersion()} of ${org.getUsername() ?? alias} is older than ${MIN_API_VERSION}.0 (Bulk API 2.0)`
        );
    return conn;
}
