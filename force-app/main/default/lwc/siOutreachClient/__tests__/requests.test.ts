import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
    ALLOWED_GET_PATH_PATTERN,
    ALLOWED_POST_PATH_PATTERN,
    buildQuery,
    createProspectRequest,
    createSequenceStateRequest,
    findProspectsByEmailRequest,
    findSequenceStatesRequest,
    isAllowedRequest,
    isUsableEmail,
    listMailboxesRequest,
    listSequencesRequest,
    nextPageRequest,
    normalizeEmail,
    splitName,
    toOutreachId
} from 'c/siOutreachClient';
import type { OutreachPerson } from 'c/siOutreachClient';
import sequencesPage1 from './data/sequences-page-1.json';

const person: OutreachPerson = {
    recordId: '003000000000001AAA',
    objectApiName: 'Contact',
    name: 'Ada King Lovelace',
    email: 'Ada.Lovelace@Northwind.example',
    optedOut: false
};

describe('siOutreachClient requests', () => {
    it('encodes filter keys and values (brackets, plus, at, comma, quote)', () => {
        expect(buildQuery([['filter[emails]', "o'neil+tag@x.example,y"]])).toBe(
            'filter%5Bemails%5D=o%27neil%2Btag%40x.example%2Cy'
        );
        const request = findProspectsByEmailRequest('ada+tag@northwind.example');
        expect(request.method).toBe('GET');
        expect(request.body).toBeNull();
        expect(request.path).toBe(
            '/api/v2/prospects?filter%5Bemails%5D=ada%2Btag%40northwind.example&fields%5Bprospect%5D=emails%2CemailOptedOut%2CemailsOptStatus&sort=id&count=false'
        );
        // Decoding gives back exactly the filter Outreach documents.
        const params = new URLSearchParams(request.path.split('?')[1]);
        expect(params.get('filter[emails]')).toBe('ada+tag@northwind.example');
    });

    it('builds the prospect body with the split name and the normalised address', () => {
        const request = createProspectRequest(person, normalizeEmail(person.email) as string);
        expect(request).toMatchObject({ method: 'POST', path: '/api/v2/prospects' });
        expect(JSON.parse(request.body as string)).toEqual({
            data: {
                type: 'prospect',
                attributes: { firstName: 'Ada King', lastName: 'Lovelace', emails: ['ada.lovelace@northwind.example'] }
            }
        });
        expect(splitName('  Cher ')).toEqual({ firstName: null, lastName: 'Cher' });
    });

    it('builds the sequence state body with prospect, sequence and mailbox relationships as numeric ids', () => {
        const request = createSequenceStateRequest('5230', '310', '21');
        expect(request.path).toBe('/api/v2/sequenceStates');
        expect(JSON.parse(request.body as string)).toEqual({
            data: {
                type: 'sequenceState',
                relationships: {
                    prospect: { data: { type: 'prospect', id: 5230 } },
                    sequence: { data: { type: 'sequence', id: 310 } },
                    mailbox: { data: { type: 'mailbox', id: 21 } }
                }
            }
        });
    });

    it('filters sequence states by prospect and sequence id', () => {
        const params = new URLSearchParams(findSequenceStatesRequest('4101', '310').path.split('?')[1]);
        expect(params.get('filter[prospect][id]')).toBe('4101');
        expect(params.get('filter[sequence][id]')).toBe('310');
    });

    it('rejects ids that are not Outreach ids, naming the value', () => {
        expect(() => toOutreachId('abc', 'Sequence id')).toThrow('Sequence id "abc" is not an Outreach id');
        expect(() => createSequenceStateRequest('1', '2', '0')).toThrow('Mailbox id "0"');
        expect(() => findSequenceStatesRequest('1/../users', '2')).toThrow('Prospect id');
    });

    it('accepts usable addresses only', () => {
        expect(isUsableEmail('a@b.example')).toBe(true);
        expect(isUsableEmail('a b@c.example')).toBe(false);
        expect(isUsableEmail('a,b@c.example')).toBe(false);
        expect(isUsableEmail('no-at-sign.example')).toBe(false);
        expect(normalizeEmail('   ')).toBeNull();
    });

    it('turns a next-page link into an allowed request for the same collection', () => {
        const request = nextPageRequest(sequencesPage1.links.next, 'sequences');
        expect(isAllowedRequest(request)).toBe(true);
        expect(new URLSearchParams(request.path.split('?')[1]).get('page[after]')).toBe('eyJpZCI6MzExfQ==');
        expect(() => nextPageRequest('https://evil.example/api/v2/sequences?x=1', 'sequences')).toThrow(
            'not a sequences page'
        );
        expect(() => nextPageRequest('https://api.outreach.io/api/v2/users?x=1', 'sequences')).toThrow(
            'not a sequences page'
        );
    });

    it('builds only requests the allow-list accepts, and the allow-list refuses everything else', () => {
        const built = [
            findProspectsByEmailRequest("o'neil!*(x)@northwind.example"),
            createProspectRequest(person, 'ada@northwind.example'),
            findSequenceStatesRequest('1', '2'),
            createSequenceStateRequest('1', '2', '3'),
            listSequencesRequest(),
            listMailboxesRequest()
        ];
        built.forEach((request) => expect(isAllowedRequest(request)).toBe(true));
        expect(isAllowedRequest({ method: 'GET', path: '/api/v2/users', body: null })).toBe(false);
        expect(isAllowedRequest({ method: 'GET', path: '/api/v2/prospects/../users', body: null })).toBe(false);
        expect(isAllowedRequest({ method: 'GET', path: '/api/v2/prospects?x=<script>', body: null })).toBe(false);
        expect(isAllowedRequest({ method: 'POST', path: '/api/v2/sequences', body: '{}' })).toBe(false);
        expect(isAllowedRequest({ method: 'POST', path: '/api/v2/prospects', body: null })).toBe(false);
        expect(isAllowedRequest({ method: 'GET', path: '/api/v2/prospects', body: '{}' })).toBe(false);
    });

    it('uses the same allow-list patterns as SI_OutreachTransport.cls', () => {
        const apex = readFileSync(join(__dirname, '../../../classes/SI_OutreachTransport.cls'), 'utf8');
        const apexString = (name: string): string => {
            const match = new RegExp(`${name}\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'`).exec(apex);
            if (!match) {
                throw new Error(`${name} not found in SI_OutreachTransport.cls`);
            }
            // Apex string literal escapes: \\ is one backslash.
            return (match[1] as string).replace(/\\\\/g, '\\');
        };
        expect(apexString('GET_PATH_PATTERN')).toBe(ALLOWED_GET_PATH_PATTERN);
        expect(apexString('POST_PATH_PATTERN')).toBe(ALLOWED_POST_PATH_PATTERN);
    });
});
