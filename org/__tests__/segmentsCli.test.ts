// npm run segments: every published segment's members in an export, computed as the scoring job computes
// them. The expected members come from `npm run insight --json` (the engine's bands, stages and scores)
// and the sample accounts' own fields, not from the code under test.
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as insightMain } from '../../scripts/insight';
import { main, type SegmentsResult } from '../segments/main';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'data');
const EXAMPLE = join(ROOT, 'docs', 'examples', 'segments.json');
const AS_OF = '2026-11-02';

function run(argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), today: () => AS_OF });
    return { code, out, err };
}

function json(argv: string[]): SegmentsResult {
    const { code, out, err } = run([...argv, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    return JSON.parse(out) as SegmentsResult;
}

interface Scored {
    accountId: string;
    accountName: string;
    profileFit: { band: string; score: number };
    buyingStage: { stage: string };
    reach: { level: string };
}

/** The engine's scores of the sample accounts, through the insight CLI. */
function insights(): Scored[] {
    let out = '';
    insightMain(['--data', DATA, '--as-of', AS_OF, '--json'], {
        stdout: (t) => (out += t),
        stderr: () => undefined,
        today: () => AS_OF
    });
    const parsed = JSON.parse(out) as { accounts?: Scored[] } | Scored[];
    return Array.isArray(parsed) ? parsed : (parsed.accounts ?? []);
}

const accountRows = (
    JSON.parse(readFileSync(join(DATA, 'Account.json'), 'utf8')) as {
        records: {
            attributes: { referenceId: string };
            Name: string;
            NumberOfEmployees?: number;
            SI_ABM_Tier__c?: string;
        }[];
    }
).records;

const scratch: string[] = [];
afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The sample data with SI_Segment__c and SI_Segment_Membership__c records added to its plan. */
function exportWith(segments: object[], memberships: object[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-segments-'));
    scratch.push(dir);
    cpSync(DATA, dir, { recursive: true });
    const plan = JSON.parse(readFileSync(join(dir, 'data-plan.json'), 'utf8')) as object[];
    plan.push({ sobject: 'SI_Segment__c', saveRefs: true, resolveRefs: false, files: ['SI_Segment__c.json'] });
    plan.push({
        sobject: 'SI_Segment_Membership__c',
        saveRefs: false,
        resolveRefs: true,
        files: ['SI_Segment_Membership__c.json']
    });
    writeFileSync(join(dir, 'data-plan.json'), JSON.stringify(plan));
    const tree = (type: string, records: object[]): string =>
        JSON.stringify({
            records: records.map((r, i) => ({
                attributes: { type, referenceId: `${type === 'SI_Segment__c' ? 'Seg' : 'Mem'}${i + 1}` },
                ...r
            }))
        });
    writeFileSync(join(dir, 'SI_Segment__c.json'), tree('SI_Segment__c', segments));
    writeFileSync(join(dir, 'SI_Segment_Membership__c.json'), tree('SI_Segment_Membership__c', memberships));
    return dir;
}

const STRONG_DECISION = {
    all: [
        { field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong'] },
        { field: 'SI_Buying_Stage__c', op: 'in', values: ['Decision', 'Purchase'] }
    ]
};

describe('npm run segments', () => {
    const scored = insights();

    it('lists each published segment of a --segments file with the accounts the engine puts in it', () => {
        expect(scored.length).toBe(accountRows.length);
        const result = json(['--data', DATA, '--as-of', AS_OF, '--segments', EXAMPLE]);
        const members = (name: string): string[] =>
            (result.segments.find((s) => s.name === name)?.members ?? []).map((m) => m.id).sort();
        const strong = scored
            .filter((s) => s.profileFit.band === 'Strong' && ['Decision', 'Purchase'].includes(s.buyingStage.stage))
            .map((s) => s.accountId)
            .sort();
        expect(strong.length).toBeGreaterThan(0);
        expect(members('SDR - FY27 Q1 - Strong fit in Decision')).toEqual(strong);
        const tierOrLarge = accountRows
            .filter((a) => a.SI_ABM_Tier__c === 'Tier 1' || (a.NumberOfEmployees ?? 0) >= 3000)
            .map((a) => a.attributes.referenceId)
            .sort();
        expect(members('Marketing - FY27 Q1 - Tier 1 or large')).toEqual(tierOrLarge);
        expect(members('ABM - FY27 Q1 - Event list')).toEqual(['AccountRef2', 'AccountRef5']);
        expect(result.segments.map((s) => s.count)).toEqual(result.segments.map((s) => s.members.length));
        expect(result.notPublished).toEqual([{ name: 'SDR - FY27 Q2 - Draft idea', status: 'Draft' }]);
        // Each account's SI_Segments__c: the names of its segments, sorted, joined with ";".
        const ref2 = result.accounts.find((a) => a.id === 'AccountRef2');
        expect(ref2?.field).toBe((ref2?.segments ?? []).join(';'));
        expect(ref2?.segments).toContain('ABM - FY27 Q1 - Event list');
    });

    it('prints the members and counts', () => {
        const { code, out, err } = run(['--data', DATA, '--as-of', AS_OF, '--segments', EXAMPLE]);
        expect(code).toBe(0);
        expect(err).toBe('');
        expect(out.split('\n')[0]).toBe('As of 2026-11-02 (from --as-of); the data is generated for 2026-11-02');
        expect(out).toContain('ABM - FY27 Q1 - Event list (List): 2 accounts');
        expect(out).toMatch(/\n {2}Bluepeak Software {2}AccountRef2\n/);
        expect(out).toContain('Not published (no members kept): SDR - FY27 Q2 - Draft idea (Draft)');
    });

    it("reads the export's segments and membership rows: history by date, unpublished rows closed", () => {
        const strong = scored
            .filter((s) => s.profileFit.band === 'Strong' && ['Decision', 'Purchase'].includes(s.buyingStage.stage))
            .map((s) => s.accountId);
        const notStrong = scored.find((s) => !strong.includes(s.accountId))?.accountId as string;
        const dir = exportWith(
            [
                {
                    Name: 'SDR - FY27 Q1 - Strong',
                    Type__c: 'Filter',
                    Status__c: 'Published',
                    Definition__c: JSON.stringify(STRONG_DECISION)
                },
                { Name: 'ABM - FY27 Q1 - List', Type__c: 'List', Status__c: 'Published' },
                { Name: 'ABM - FY26 Q4 - Old', Type__c: 'List', Status__c: 'Unpublished' },
                {
                    Name: 'SDR - FY27 Q1 - Broken',
                    Type__c: 'Filter',
                    Status__c: 'Published',
                    Definition__c: '{"all":[{"field":"Nope","op":"in","values":["x"]}]}'
                }
            ],
            [
                // A member that no longer matches the filter: its row is closed today.
                { Segment__c: '@Seg1', Account__c: `@${notStrong}`, Added_On__c: '2026-10-01' },
                // The list's members: one open, one removed last month (history), one added after the as-of.
                { Segment__c: '@Seg2', Account__c: '@AccountRef3', Added_On__c: '2026-10-01' },
                {
                    Segment__c: '@Seg2',
                    Account__c: '@AccountRef4',
                    Added_On__c: '2026-09-01',
                    Removed_On__c: '2026-10-15'
                },
                { Segment__c: '@Seg2', Account__c: '@AccountRef6', Added_On__c: '2026-12-01' },
                // A row of an unpublished segment: not a member.
                { Segment__c: '@Seg3', Account__c: '@AccountRef1', Added_On__c: '2026-09-01' },
                // The broken filter's members are kept as they are.
                { Segment__c: '@Seg4', Account__c: '@AccountRef7', Added_On__c: '2026-09-01' }
            ]
        );
        let out = '';
        let err = '';
        const code = main(['--data', dir, '--as-of', AS_OF, '--json'], {
            stdout: (t) => (out += t),
            stderr: (t) => (err += t),
            today: () => AS_OF
        });
        expect(code).toBe(0);
        expect(err).toMatch(
            /warning: SI_Segment__c Seg4 "SDR - FY27 Q1 - Broken": Definition__c: [^]*definition\.all\[0\]\.field: "Nope"/
        );
        const result = JSON.parse(out) as SegmentsResult;
        expect(result.from).toBe('SI_Segment__c of the export');
        const seg = (name: string) => result.segments.find((s) => s.name === name);
        expect(
            seg('SDR - FY27 Q1 - Strong')
                ?.members.map((m) => m.id)
                .sort()
        ).toEqual([...strong].sort());
        expect(seg('SDR - FY27 Q1 - Strong')).toMatchObject({ joined: strong.length, left: 1 });
        expect(seg('ABM - FY27 Q1 - List')?.members.map((m) => m.id)).toEqual(['AccountRef3']);
        expect(seg('SDR - FY27 Q1 - Broken')?.members.map((m) => m.id)).toEqual(['AccountRef7']);
        expect(seg('ABM - FY26 Q4 - Old')).toBeUndefined();
        expect(result.notPublished).toEqual([{ name: 'ABM - FY26 Q4 - Old', status: 'Unpublished' }]);
        expect(result.accounts.find((a) => a.id === 'AccountRef1')?.segments).not.toContain('ABM - FY26 Q4 - Old');
    });

    it('names the file, the segment and the path of a bad --segments file', () => {
        const dir = mkdtempSync(join(tmpdir(), 'si-segments-bad-'));
        scratch.push(dir);
        const file = join(dir, 'bad.json');
        writeFileSync(
            file,
            JSON.stringify({
                segments: [
                    { name: 'A - FY27 Q1 - ok', definition: STRONG_DECISION },
                    {
                        name: 'B - FY27 Q1 - bad',
                        definition: { all: [{ field: 'SI_Buying_Stage__c', op: 'in', values: ['Later'] }] }
                    }
                ]
            })
        );
        const bad = run(['--data', DATA, '--segments', file]);
        expect(bad.code).toBe(1);
        expect(bad.err).toContain(`--segments ${file}: segments[1] "B - FY27 Q1 - bad": the definition is not valid`);
        expect(bad.err).toContain('segments[1].definition.all[0].values[0]: "Later" is not one of Target, Awareness');
        writeFileSync(file, JSON.stringify([{ name: 'L - FY27 Q1 - list', type: 'List' }]));
        expect(run(['--data', DATA, '--segments', file]).err).toContain(
            'segments[0] "L - FY27 Q1 - list".members: a list of account Ids'
        );
        writeFileSync(file, '{ not json');
        expect(run(['--data', DATA, '--segments', file]).err).toContain(`--segments ${file}: not valid JSON`);
        expect(run(['--data', DATA, '--segments', join(dir, 'missing.json')]).err).toContain(
            'missing.json: file not found'
        );
    });

    it('names the record of a bad export and says how to get segments', () => {
        const noSegments = run(['--data', DATA, '--as-of', AS_OF]);
        expect(noSegments.code).toBe(1);
        expect(noSegments.err).toContain('no SI_Segment__c records; export them');
        const dir = exportWith([{ Name: 'X - FY27 Q1 - y', Type__c: 'Filter', Status__c: 'Live' }], []);
        expect(run(['--data', dir, '--as-of', AS_OF]).err).toContain(
            'SI_Segment__c Seg1 "X - FY27 Q1 - y": Status__c "Live" is not one of Draft, Published, Unpublished'
        );
        const orphan = exportWith(
            [{ Name: 'X - FY27 Q1 - y', Type__c: 'List', Status__c: 'Published' }],
            [{ Segment__c: '@Seg1', Added_On__c: '2026-10-01' }]
        );
        expect(run(['--data', orphan, '--as-of', AS_OF]).err).toContain(
            'SI_Segment_Membership__c Mem1: Account__c is empty'
        );
        expect(run(['--data', DATA, '--as-of', 'soon']).err).toMatch(/--as-of: .*\nUsage: npm run segments/);
        expect(run(['--data', DATA, '--bogus']).err).toContain('unknown argument --bogus');
    });
});
