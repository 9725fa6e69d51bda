import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    DEFAULT_CONFIG,
    END_DATE_NOT_RECORDED,
    QualityNotes,
    START_DATE_NOT_RECORDED,
    assignLeads,
    classifyTitle,
    computeProfileFit,
    computeQualified,
    computeStage,
    domainFromWebsite,
    emailDomain,
    engagementKindOfMember,
    groupAccountData,
    intentTrend,
    matchLead,
    normalizeCompanyName,
    parseDay,
    placePersona,
    preparePersonas,
    reachKindOfTask,
    type ModelSettings
} from 'c/siEngine';

const settings: ModelSettings = DEFAULT_CONFIG.settings;

describe('dates', () => {
    it('parses dates and Salesforce date/times to UTC days, rejects impossible dates', () => {
        expect(parseDay('1970-01-02')).toBe(1);
        expect(parseDay('2025-06-01T23:30:00.000+0000')).toBe(parseDay('2025-06-01'));
        expect(parseDay('2025-06-01T23:30:00-02:00')).toBe(parseDay('2025-06-02'));
        expect(parseDay('2025-06-01T00:30:00Z')).toBe(parseDay('2025-06-01'));
        expect(parseDay('2024-02-30')).toBeNull();
        expect(parseDay('2025-13-01')).toBeNull();
        expect(parseDay('06/01/2025')).toBeNull();
        expect(parseDay(20250601)).toBeNull();
        expect(parseDay('2025-06-01T10:00:00+0000x')).toBeNull();
    });

    it('reads the common fixed-width shapes like any other (offsets, limits)', () => {
        expect(parseDay('2025-06-01T23:30:00.000-0100')).toBe(parseDay('2025-06-02'));
        expect(parseDay('2025-06-01T00:30:00.000+1400')).toBe(parseDay('2025-05-31'));
        expect(parseDay('2024-02-29T12:00:00.000Z')).toBe(parseDay('2024-02-29'));
        expect(parseDay('2025-06-01T24:00:00.000Z')).toBeNull();
        expect(parseDay('2025-06-01T10:00:00.000+1500')).toBeNull();
        expect(parseDay('2025-06-01T10:00:00.000+0060')).toBeNull();
        expect(parseDay('2023-02-29T10:00:00.000Z')).toBeNull();
        expect(parseDay('2025-06-01T10:00:00.0000')).toBe(parseDay('2025-06-01')); // no offset: UTC
        expect(parseDay('2025-06-01T10:00:00.0000000Z')).toBe(parseDay('2025-06-01'));
    });

    it('reads the years of its tables (1900-2199) and those outside alike', () => {
        const DAY = 86400000;
        for (const y of [1, 400, 1582, 1899, 1900, 1904, 2000, 2024, 2100, 2196, 2199, 2200, 2400, 9999]) {
            for (const [m, d] of [
                [1, 1],
                [2, 28],
                [2, 29],
                [3, 1],
                [12, 31]
            ] as const) {
                const date = new Date(0);
                date.setUTCFullYear(y, m - 1, d);
                const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
                const real = date.toISOString().slice(0, 10) === text;
                const day = real ? date.getTime() / DAY : null;
                expect(parseDay(text)).toBe(day);
                expect(parseDay(`${text}T23:30:00.000-0100`)).toBe(day === null ? null : day + 1);
                expect(parseDay(`${text}T00:30:00.000+0100`)).toBe(day === null ? null : day - 1);
            }
        }
    });

    it('agrees with Date for any instant and any calendar date', () => {
        const DAY = 86400000;
        fc.assert(
            fc.property(
                fc.integer({ min: -2e12, max: 4e12 }),
                fc.integer({ min: -14 * 60, max: 14 * 60 }),
                (ms, offset) => {
                    const iso = new Date(ms).toISOString();
                    expect(parseDay(iso)).toBe(Math.floor(ms / DAY));
                    expect(parseDay(iso.replace('Z', '+0000'))).toBe(Math.floor(ms / DAY));
                    const local = new Date(ms + offset * 60000).toISOString().slice(0, 19);
                    const sign = offset < 0 ? '-' : '+';
                    const abs = Math.abs(offset);
                    const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
                    expect(parseDay(`${local}${zone}`)).toBe(Math.floor(ms / DAY));
                }
            ),
            { numRuns: 300 }
        );
        fc.assert(
            fc.property(
                fc.integer({ min: 1900, max: 2100 }),
                fc.integer({ min: 1, max: 12 }),
                fc.integer({ min: 1, max: 31 }),
                (y, m, d) => {
                    const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
                    const ms = Date.UTC(y, m - 1, d);
                    const real = new Date(ms).toISOString().slice(0, 10) === text;
                    expect(parseDay(text)).toBe(real ? ms / DAY : null);
                }
            ),
            { numRuns: 300 }
        );
    });
});

describe('lead matching', () => {
    it('extracts domains from websites and emails', () => {
        expect(domainFromWebsite('HTTPS://www.Acme.com/about?x=1')).toBe('acme.com');
        expect(domainFromWebsite('acme.co.uk:8080')).toBe('acme.co.uk');
        expect(domainFromWebsite('not a site')).toBeNull();
        expect(emailDomain('Jane@EU.Acme.com')).toBe('eu.acme.com');
        expect(emailDomain('jane.acme.com')).toBeNull();
        expect(emailDomain('a@B-c.De')).toBe('b-c.de');
        expect(emailDomain('a@b..com')).toBeNull();
        expect(emailDomain('a@b_c.com')).toBeNull();
        expect(emailDomain('a@\u212Aelvin.com')).toBe('kelvin.com'); // the Kelvin sign lower-cases to k
    });

    it('normalizes company names', () => {
        expect(normalizeCompanyName('The Acme Corp.')).toBe('acme');
        expect(normalizeCompanyName('ACME, Inc')).toBe('acme');
        expect(normalizeCompanyName('Société Générale S.A.')).toBe('societe generale');
        expect(normalizeCompanyName('Procter & Gamble Co.')).toBe('procter and gamble');
        expect(normalizeCompanyName('   ')).toBeNull();
    });

    it('matches by email domain (subdomains too), then lead website, then company name; never by free mail', () => {
        const account = { Id: '001', Name: 'Acme Corp', Website: 'acme.com' };
        expect(matchLead(account, { Email: 'a@eu.acme.com', Company: 'Other' })).toBe('Email domain');
        expect(matchLead(account, { Email: 'a@gmail.com', Website: 'www.acme.com' })).toBe('Website domain');
        expect(matchLead(account, { Email: 'a@gmail.com', Company: 'ACME Inc.' })).toBe('Company name');
        expect(matchLead(account, { Email: 'a@notacme.com', Company: 'Acme Industries' })).toBeNull();
        expect(matchLead({ Name: 'Gmail', Website: 'gmail.com' }, { Email: 'a@gmail.com' })).toBeNull();
    });

    it('breaks ties: domain beats name, same name among domain matches, then smallest Id', () => {
        const accounts = [
            { Id: '001C', Name: 'Acme Holdings', Website: 'acme.com' },
            { Id: '001B', Name: 'Acme Services', Website: 'acme.com' },
            { Id: '001A', Name: 'Widget Co', Website: 'widget.io' },
            { Id: '001Z', Name: 'Zeta', Website: 'zeta.io' },
            { Id: '001Y', Name: 'Zeta GmbH', Website: 'zeta.de' }
        ];
        const result = assignLeads(accounts, [
            { Id: 'L1', Email: 'x@acme.com', Company: 'Widget' },
            { Id: 'L2', Email: 'x@acme.com', Company: 'Acme Holdings' },
            { Id: 'L3', Email: 'x@acme.com' },
            { Id: 'L4', Email: 'x@gmail.com', Company: 'zeta' },
            { Id: 'L5', Email: 'x@acme.com', IsConverted: true }
        ]);
        expect(result.get('L1')).toEqual({ accountId: '001B', matchedBy: 'Email domain', candidates: 2 });
        expect(result.get('L2')?.accountId).toBe('001C');
        expect(result.get('L3')?.accountId).toBe('001B');
        expect(result.get('L4')).toEqual({ accountId: '001Y', matchedBy: 'Company name', candidates: 2 });
        expect(result.has('L5')).toBe(false);
    });

    it('groups whole datasets per account and reports records it cannot place', () => {
        const grouped = groupAccountData({
            accounts: [
                { Id: 'A1', Name: 'Acme', Website: 'acme.com' },
                { Id: 'A2', Name: 'Beta' }
            ],
            contacts: [
                { Id: 'C1', AccountId: 'A1' },
                { Id: 'C2', AccountId: 'A2' },
                { Id: 'C3', AccountId: 'nope' }
            ],
            leads: [
                { Id: 'L1', Email: 'l@acme.com' },
                { Id: 'L2', Company: 'Gamma' }
            ],
            tasks: [{ Id: 'T1', WhoId: 'C2' }, { Id: 'T2', WhatId: 'A1' }, { Id: 'T3', WhoId: 'L1' }, { Id: 'T4' }],
            events: [{ Id: 'E1', AccountId: 'A2' }],
            campaignMembers: [
                { Id: 'M1', LeadId: 'L1' },
                { Id: 'M2', ContactId: 'C3' }
            ],
            opportunities: [{ Id: 'O1', AccountId: 'A1' }],
            intentSignals: [
                { Id: 'S1', Account__c: 'A2' },
                { Id: 'S2', Contact__c: 'C1' }
            ]
        });
        const [a1, a2] = grouped.accounts;
        expect(a1?.contacts?.map((c) => c.Id)).toEqual(['C1']);
        expect(a1?.leads?.map((l) => l.Id)).toEqual(['L1']);
        expect(a1?.tasks?.map((t) => t.Id)).toEqual(['T2', 'T3']);
        expect(a1?.campaignMembers?.map((m) => m.Id)).toEqual(['M1']);
        expect(a1?.intentSignals?.map((s) => s.Id)).toEqual(['S2']);
        expect(a2?.tasks?.map((t) => t.Id)).toEqual(['T1']);
        expect(a2?.events?.map((e) => e.Id)).toEqual(['E1']);
        expect(a2?.intentSignals?.map((s) => s.Id)).toEqual(['S1']);
        expect(grouped.unplaced.map((n) => [n.object, n.count, n.examples])).toEqual([
            ['CampaignMember', 1, ['M2']],
            ['Contact', 1, ['C3']],
            ['Lead', 1, ['L2']],
            ['Task', 1, ['T4']]
        ]);
    });
});

describe('title classification and personas', () => {
    it.each([
        ['VP of Engineering', 'Engineering', 'VP'],
        ['Vice President, Sales', 'Sales', 'VP'],
        ['President', 'Executive', 'C-Level'],
        ['Chief Information Security Officer', 'Security', 'C-Level'],
        ['Senior Software Engineer', 'Engineering', 'Individual Contributor'],
        ['Director of Marketing', 'Marketing', 'Director'],
        ['IT Manager', 'IT', 'Manager'],
        ['Barista', 'Other', 'Individual Contributor']
    ])('classifies %s as %s / %s', (title, jobFunction, seniority) => {
        expect(classifyTitle(title)).toEqual({ jobFunction, seniority });
    });

    it('has no function or seniority without a title', () => {
        expect(classifyTitle(null)).toEqual({ jobFunction: 'Other', seniority: null });
    });

    it('places people by keyword first, then function and seniority, else Other', () => {
        const personas = preparePersonas(DEFAULT_CONFIG.personas);
        const place = (title: string) => placePersona(title, classifyTitle(title), personas);
        expect(place('CFO')).toBe('Economic_Buyer'); // keyword, although the function is Finance
        expect(place('VP, Finance')).toBe('Finance_Leader'); // keyword "vp finance" after punctuation is removed
        expect(place('Director of Operations')).toBe('Operations_Leader');
        expect(place('Head of Engineering')).toBe('Engineering_Leader');
        expect(place('Recruiter')).toBe('Other');
        expect(placePersona(null, classifyTitle(null), personas)).toBe('Other');
    });

    it('places the buying-committee titles of the sample data with the shipped keywords; other roles stay Other', () => {
        const personas = preparePersonas(DEFAULT_CONFIG.personas);
        const place = (title: string) => placePersona(title, classifyTitle(title), personas);
        const expected: Array<[string, string]> = [
            ['Director of Software Engineering', 'Engineering_Leader'],
            ['Engineering Director', 'Engineering_Leader'],
            ['VP, Information Technology', 'Technical_Buyer'],
            ['IT Director', 'Technical_Buyer'],
            ['VP of Security', 'Security_Leader'],
            ['Director of Financial Planning & Analysis', 'Finance_Leader'],
            ['Managing Director', 'Economic_Buyer'],
            ['Vice President, Supply Chain', 'Operations_Leader'],
            ['Vice President of IT', 'Technical_Buyer'], // a VP is not a president (Economic Buyer)
            ['Vice President of Finance', 'Finance_Leader'],
            ['Head of IT Security', 'Security_Leader'],
            ['Network Operations Manager', 'IT_Manager'], // not an operations leader
            ['IT Support Lead', 'IT_Manager'],
            ['Security Analyst', 'Practitioner'],
            ['Business Systems Analyst', 'Practitioner'],
            ['IT Support Specialist', 'Practitioner'],
            ['Warehouse Operations Manager', 'Other'],
            ['Marketing Operations Manager', 'Other'],
            ['Financial Planning Analyst', 'Other'],
            ['Senior Accountant', 'Other'],
            ['Corporate Counsel', 'Other'],
            ['Content Marketing Associate', 'Other'],
            ['Logistics Coordinator', 'Other']
        ];
        expect(expected.map(([title]) => [title, place(title)])).toEqual(expected);
    });
});

describe('profile fit', () => {
    const criteria = DEFAULT_CONFIG.criteria;
    it('adds the points of matching criteria and lists every criterion', () => {
        const fit = computeProfileFit(
            {
                Industry: 'technology',
                NumberOfEmployees: 150,
                AnnualRevenue: 6e7,
                BillingCountry: 'Brazil',
                Website: 'x.com'
            },
            criteria,
            settings,
            null,
            null
        );
        // Largest points first; criteria worth nothing here by key (Company_Size before Target_Region).
        expect(fit.factors.map((f) => f.points)).toEqual([30, 20, 10, 0, 0]);
        expect(fit.score).toBe(60);
        expect(fit.band).toBe('Moderate');
        // The criterion's label, not the field's API name (NumberOfEmployees).
        expect(fit.factors.map((f) => f.label)).toEqual([
            "Target industry: 'technology' is in the profile",
            'Annual revenue: 60,000,000 is 50,000,000 to 50,000,000,000',
            'Known website: filled in',
            'Company size: 150 is not 200 to 100,000',
            "Target region: 'Brazil' is not in the profile"
        ]);
        expect(fit.caps).toEqual([]);
    });

    it('lists the factors in the same order whatever order the criteria are configured in', () => {
        const account = {
            Industry: 'Software',
            NumberOfEmployees: 150,
            AnnualRevenue: 6e7,
            BillingCountry: 'Brazil',
            Website: 'x.com'
        };
        const asShipped = computeProfileFit(account, criteria, settings, null, null);
        const byDeveloperName = computeProfileFit(
            account,
            [...criteria].sort((a, b) => a.key.localeCompare(b.key)),
            settings,
            null,
            null
        );
        const reversed = computeProfileFit(account, [...criteria].reverse(), settings, null, null);
        expect(byDeveloperName.factors).toEqual(asShipped.factors);
        expect(reversed.factors).toEqual(asShipped.factors);
    });

    it('uses the band boundaries 81 and 50', () => {
        const only = (points: number) =>
            computeProfileFit({ Industry: 'Software' }, [{ ...criteria[0]!, points }], settings, null, null).band;
        expect([only(81), only(80), only(50), only(49)]).toEqual(['Strong', 'Moderate', 'Moderate', 'Weak']);
    });

    it('treats blank and malformed fields as not matching and notes them', () => {
        const notes = new QualityNotes();
        const fit = computeProfileFit(
            { Industry: '  ', NumberOfEmployees: 'many' as unknown as number },
            criteria,
            settings,
            notes,
            '001'
        );
        expect(fit.score).toBe(0);
        expect(notes.list().map((n) => `${n.field}: ${n.issue}`)).toEqual([
            "AnnualRevenue: Blank: profile criterion 'Annual revenue' cannot match",
            "BillingCountry: Blank: profile criterion 'Target region' cannot match",
            "Industry: Blank: profile criterion 'Target industry' cannot match",
            "NumberOfEmployees: Not a number: profile criterion 'Company size' cannot match"
        ]);
    });

    it('supports Contains and multi-select In, and caps over 100', () => {
        const fit = computeProfileFit(
            { Tech__c: 'Salesforce;AWS', Description: 'Uses Kubernetes at scale' },
            [
                {
                    key: 'A',
                    label: 'Cloud',
                    field: 'Tech__c',
                    operator: 'In',
                    values: ['aws'],
                    min: null,
                    max: null,
                    points: 70
                },
                {
                    key: 'B',
                    label: 'K8s',
                    field: 'Description',
                    operator: 'Contains',
                    values: ['kubernetes'],
                    min: null,
                    max: null,
                    points: 60
                }
            ],
            settings,
            null,
            null
        );
        expect(fit.score).toBe(100);
        // 130 points shared out as 100: 70 * 100 / 130 = 53.85 and 60 * 100 / 130 = 46.15; the point left
        // over goes to the larger remainder (.85). No negative factor: the cap is a note.
        expect(fit.factors).toEqual([
            { label: "Cloud: 'Salesforce;AWS' is in the profile", points: 54, rawPoints: 70 },
            { label: "K8s: contains 'kubernetes'", points: 46, rawPoints: 60 }
        ]);
        expect(fit.caps).toEqual([{ label: 'Score capped at 100', max: 100, before: 130, first: 0, count: 2 }]);
    });
});

describe('activity kinds', () => {
    it('classifies tasks', () => {
        expect(reachKindOfTask({ TaskSubtype: 'Call' })).toBe('Call');
        expect(reachKindOfTask({ TaskSubtype: 'ListEmail' })).toBe('Email');
        expect(reachKindOfTask({ TaskSubtype: 'Task', Type: 'Meeting' })).toBe('Meeting');
        expect(reachKindOfTask({ Subject: 'Call back re pricing' })).toBe('Call');
        expect(reachKindOfTask({ Subject: 'Send contract' })).toBe('Other');
    });

    it('classifies campaign responses', () => {
        expect(engagementKindOfMember({ Status: 'Clicked', Campaign: { Type: 'Webinar' } })).toBe('Email Click');
        expect(engagementKindOfMember({ Status: 'Attended', Campaign: { Type: 'Webinar' } })).toBe('Webinar');
        expect(engagementKindOfMember({ Status: 'Registered', Campaign: { Type: 'Webinar' } })).toBe('Other Response');
        expect(engagementKindOfMember({ Status: 'Attended', Campaign: { Type: 'Trade Show' } })).toBe('Event');
        expect(engagementKindOfMember({ Status: 'Form Submitted', Campaign: null })).toBe('Form Fill');
        expect(engagementKindOfMember({ Status: 'Responded', Campaign: { Type: 'Email' } })).toBe('Email Click');
        expect(engagementKindOfMember({})).toBe('Other Response');
    });
});

describe('buying stage', () => {
    const stage = (intentScore: number, engagedPeople = 5, openOpportunities = 0, recentWonOpportunities = 0) =>
        computeStage({ intentScore, engagedPeople, openOpportunities, recentWonOpportunities }, settings).stage;
    it('follows the intent thresholds', () => {
        expect([0, 1, 29, 30, 54, 55, 79, 80].map((i) => stage(i))).toEqual([
            'Target',
            'Awareness',
            'Awareness',
            'Consideration',
            'Consideration',
            'Decision',
            'Decision',
            'Purchase'
        ]);
    });
    it('needs enough engaged people for Decision from intent alone', () => {
        expect(stage(90, 1)).toBe('Consideration');
        expect(stage(90, 2)).toBe('Purchase');
    });
    it('is lifted by open and recently won opportunities', () => {
        expect(stage(0, 0, 1)).toBe('Decision');
        expect(stage(0, 0, 0, 1)).toBe('Purchase');
        expect(
            computeStage(
                { intentScore: 0, engagedPeople: 0, openOpportunities: 2, recentWonOpportunities: 0 },
                settings
            ).reasons
        ).toEqual(['Intent 0 is below 1: Target', '2 open opportunities: at least Decision']);
    });
});

describe('qualified account', () => {
    const asOf = '2025-06-01';
    it('is qualified exactly for Strong/Moderate fit and Decision/Purchase stage', () => {
        expect(computeQualified('Moderate', 'Decision', {}, asOf, null, null).qualified).toBe(true);
        expect(computeQualified('Strong', 'Purchase', {}, asOf, null, null).qualified).toBe(true);
        expect(computeQualified('Weak', 'Purchase', {}, asOf, null, null).qualified).toBe(false);
        expect(computeQualified('Strong', 'Consideration', {}, asOf, null, null).qualified).toBe(false);
    });
    it('never invents a start date when it becomes qualified; the scoring job stores asOf', () => {
        expect(computeQualified('Strong', 'Decision', { SI_Qualified__c: false }, asOf, null, null)).toEqual({
            qualified: true,
            startDate: null,
            endDate: null,
            startDateMissing: START_DATE_NOT_RECORDED,
            endDateMissing: null,
            toStore: { startDate: asOf, endDate: null },
            change: 'Became qualified',
            reason: 'Became qualified: fit Strong, stage Decision'
        });
        // The stored dates of an earlier period are not this period's.
        const earlier = {
            SI_Qualified__c: false,
            SI_Qualified_Start_Date__c: '2024-01-15',
            SI_Qualified_End_Date__c: '2024-05-01'
        };
        expect(computeQualified('Strong', 'Decision', earlier, asOf, null, null)).toMatchObject({
            startDate: null,
            endDate: null,
            startDateMissing: START_DATE_NOT_RECORDED,
            toStore: { startDate: asOf, endDate: null }
        });
    });
    it('keeps the stored start date while it stays qualified', () => {
        expect(
            computeQualified(
                'Strong',
                'Decision',
                { SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2025-01-15' },
                asOf,
                null,
                null
            )
        ).toMatchObject({
            startDate: '2025-01-15',
            endDate: null,
            startDateMissing: null,
            endDateMissing: null,
            toStore: { startDate: '2025-01-15', endDate: null },
            change: 'Still qualified'
        });
    });
    it('never invents an end date when it stops; the scoring job stores asOf', () => {
        expect(
            computeQualified(
                'Weak',
                'Decision',
                { SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2025-01-15' },
                asOf,
                null,
                null
            )
        ).toMatchObject({
            qualified: false,
            startDate: '2025-01-15',
            endDate: null,
            startDateMissing: null,
            endDateMissing: END_DATE_NOT_RECORDED,
            toStore: { startDate: '2025-01-15', endDate: asOf },
            change: 'No longer qualified'
        });
    });
    it('keeps the stored dates of the last period while not qualified', () => {
        const ended = {
            SI_Qualified__c: false,
            SI_Qualified_Start_Date__c: '2025-01-15',
            SI_Qualified_End_Date__c: '2025-03-01'
        };
        expect(computeQualified('Weak', 'Decision', ended, asOf, null, null)).toMatchObject({
            startDate: '2025-01-15',
            endDate: '2025-03-01',
            startDateMissing: null,
            endDateMissing: null,
            toStore: { startDate: '2025-01-15', endDate: '2025-03-01' },
            change: 'Not qualified'
        });
    });
    it('notes a qualified account without a start date: no date known, the scoring job stores asOf', () => {
        const notes = new QualityNotes();
        expect(
            computeQualified(
                'Strong',
                'Decision',
                { SI_Qualified__c: true, SI_Qualified_Start_Date__c: 'soon' },
                asOf,
                notes,
                '001'
            )
        ).toMatchObject({
            startDate: null,
            startDateMissing: START_DATE_NOT_RECORDED,
            toStore: { startDate: asOf, endDate: null },
            change: 'Still qualified'
        });
        expect(notes.list().map((n) => [n.field, n.issue])).toEqual([
            ['SI_Qualified_Start_Date__c', 'Not a date: ignored'],
            ['SI_Qualified_Start_Date__c', 'Qualified without a start date: the scoring job stores its scoring date']
        ]);
    });
});

describe('intent trend', () => {
    it('needs more than the trend percent to rise or fall', () => {
        expect(intentTrend(60, 50, settings)).toBe('Steady');
        expect(intentTrend(61, 50, settings)).toBe('Rising');
        expect(intentTrend(39, 50, settings)).toBe('Falling');
        expect(intentTrend(2, 0, settings)).toBe('Rising');
    });
});
