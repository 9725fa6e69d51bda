// Custom metadata records from an org: every record of a type with its custom fields (the describe
// names them; nothing from outside goes into the query), over REST.
import type { Connection } from '@salesforce/core';
import { apiName, describeObject, queryAll } from '../salesforce/rest';

/** Every record of the custom metadata type `type` (`DeveloperName`, `MasterLabel` and its `__c` fields). */
export async function queryMetadataRecords<T>(conn: Connection, type: string): Promise<T[]> {
    const described = await describeObject(conn, apiName(type, 'custom metadata type'));
    const fields = ['DeveloperName', 'MasterLabel', ...[...described.fields.keys()].filter((f) => f.endsWith('__c'))];
    return queryAll<T>(conn, `SELECT ${fields.join(', ')} FROM ${type}`);
}
