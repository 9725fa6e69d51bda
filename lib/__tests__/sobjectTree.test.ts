// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
import { describe, expect, it, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSObjectTree } from '../sobjectTree';

const RECIPES = join(__dirname, 'data', 'lwc-recipes');
const dirs: string[] = [];
function folder(files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-tree-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const account = (ref: string, extra: Record<string, unknown> = {}) => ({ attributes: { type: 'Account', referenceId: ref }, Name: ref, ...extra });

describe('readSObjectTree', () => {
    it('reads the real lwc-recipes export with its plan and resolves contact references', () => {
        const tree = readSObjectTree(RECIPES);
        expect(tree.plan).toBe('data-plan.json');
        expect(tree.files).toEqual(['Accounts.json', 'Contacts.json']);
        const accounts = tree.byType.get('Account') ?? [];
        const contacts = tree.byType.get('Contact') ?? [];
        expect(accounts.length).toBeGreaterThan(0);
        expect(contacts.length).toBeGreaterThan(0);
        expect(accounts[0]).toMatchObject({ Id: 'AccountRef1', Name: 'Alpha Dynamics', Phone: '3362227000' });
        expect(contacts[0]).toMatchObject({ Id: 'ContactRef1', AccountId: 'AccountRef1', Title: 'VP of Engineering' });
        const ids = new Set(accounts.map((a) => a.Id));
        for (const c of contacts) expect(ids.has(c.AccountId)).toBe(true);
    });

    it('reads every json file without a plan, resolving references in any order', () => {
        const dir = folder({
            'b.json': { records: [{ attributes: { type: 'Contact', referenceId: 'C1' }, AccountId: '@A1' }] },
            'a.json': { records: [account('A1', { Id: '001000000000001AAA' })] }
        });
        const tree = readSObjectTree(dir);
        expect(tree.plan).toBeNull();
        expect(tree.byType.get('Contact')?.[0]?.AccountId).toBe('001000000000001AAA');
    });

    it('flattens nested child records and sets their parent lookup', () => {
        const dir = folder({
            'Accounts.json': { records: [account('A1', { Contacts: { records: [{ attributes: { type: 'Contact', referenceId: 'C1' }, LastName: 'Doe' }] } })] }
        });
        const tree = readSObjectTree(dir);
        expect(tree.byType.get('Account')?.[0]).not.toHaveProperty('Contacts');
        expect(tree.byType.get('Contact')?.[0]).toMatchObject({ AccountId: 'A1', LastName: 'Doe' });
    });

    it.each([
        [{ 'x.json': { rows: [] } }, 'x.json: not an sObject tree file'],
        [{ 'x.json': '{ nope' }, 'x.json: not valid JSON'],
        [{ 'x.json': { records: [{ Name: 'no attributes' }] } }, 'x.json: record 1 has no attributes.type'],
        [{ 'x.json': { records: [{ attributes: { type: 'Account' } }] } }, 'x.json: record 1 has no attributes.referenceId'],
        [{ 'x.json': { records: [account('A1')] }, 'y.json': { records: [account('A1')] } }, 'y.json: duplicate referenceId A1 (also in x.json)'],
        [{ 'x.json': { records: [{ attributes: { type: 'Contact', referenceId: 'C1' }, AccountId: '@Missing' }] } }, 'x.json: broken reference @Missing in C1.AccountId'],
        [{ 'data-plan.json': [{ sobject: 'Account', files: ['gone.json'] }] }, 'gone.json: file not found'],
        [{ 'data-plan.json': [{ sobject: 'Contact', files: ['a.json'] }], 'a.json': { records: [account('A1')] } }, 'a.json: record 1 is a Account, but the plan lists this file under Contact'],
        [{ 'data-plan.json': { sobject: 'Account' } }, 'data-plan.json: a plan must be a list']
    ])('gives a clear error naming the file (%#)', (files, message) => {
        expect(() => readSObjectTree(folder(files as Record<string, unknown>))).toThrow(message);
    });

    it('rejects a missing directory', () => {
        expect(() => readSObjectTree('/no/such/dir')).toThrow('/no/such/dir: not a directory');
    });
});
