// The hand-tuned account archetypes of the committed sample data set: each account's firmographics, key
// people, opportunities, signals and activity mix, chosen so the ten accounts show every stage, band and grade.
// Part of `npm run generate:data` (scripts/generate-sample-data.ts).
import type { Fn, Tier } from './sample-data-vocabulary';

// ---------------------------------------------------------------------------------------------
// Account archetypes: the hand-tuned accounts of the committed data set.

export interface KeyPerson {
    fn: Fn;
    tier: Tier;
    /** Lead instead of contact. */
    lead?: boolean;
}

export interface OpportunityPlan {
    name: string;
    stage: string;
    /** Days before the as-of of the close date (negative: expected in the future). */
    closeDaysAgo: number;
    amount: number;
    type: string;
}

export type SignalBatch = readonly [
    count: number,
    fromDaysAgo: number,
    toDaysAgo: number,
    minWeight: number,
    maxWeight: number
];

export interface Archetype {
    key: string;
    name: string;
    domain: string;
    industry: string;
    employees: number;
    revenue: number;
    city: string;
    country: string;
    accountType: string;
    tier?: string;
    description: string;
    /** Stored `SI_Qualified__c` true and `SI_Qualified_Start_Date__c` this many days before the as-of. */
    qualifiedSinceDaysAgo?: number;
    /** Named people every copy of the account has (they make persona coverage and gaps deliberate). */
    keyPeople: readonly KeyPerson[];
    /** Filler contacts and leads at scale 1, drawn from `fillerFunctions`. */
    fillerContacts: number;
    fillerLeads: number;
    fillerFunctions: readonly Fn[];
    /** Leads whose Company differs from the account name: matched to it by email domain only. */
    domainOnlyLeads?: { company: string; count: number };
    /** Leads with a personal email address and the account's name: matched by company name only. */
    nameOnlyLeads?: number;
    /** Reach: tasks and events at scale 1, spread over the last `reachWindow` days (skewed recent). */
    tasks: number;
    events: number;
    reachWindow: readonly [number, number];
    /** Share of people who are members of campaigns, campaigns each, and the share who responded. */
    campaignReach: number;
    campaignsPerPerson: number;
    responseRate: number;
    /** Campaigns considered, by age in days. */
    campaignWindow: readonly [number, number];
    /**
     * Account-level intent signals at scale 1, in batches `[count, fromDaysAgo, toDaysAgo, minWeight,
     * maxWeight]` spread evenly over the days: the batches inside the engine's 30-day intent window set
     * the account's intent (and so its stage); older ones give volume and the prior-period trend.
     */
    signals: readonly SignalBatch[];
    keywords: readonly string[];
    /**
     * Champions: the first key people get extra engagement, each this many content downloads and web
     * visits tied to them in the last 45 days (at scale 1), plus responses to the recent campaigns.
     */
    champions: readonly number[];
    opportunities: readonly OpportunityPlan[];
}

export const ARCHETYPES: readonly Archetype[] = [
    {
        // The largest account: a few hundred people, a few thousand activities; Strong fit, Decision,
        // qualified since August (the stored start date is kept).
        key: 'northwind',
        name: 'Northwind Analytics',
        domain: 'northwindanalytics.com',
        industry: 'Technology',
        employees: 4200,
        revenue: 860_000_000,
        city: 'San Francisco',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 1',
        description: 'Cloud analytics platform; migrating to a lakehouse, evaluating observability tooling.',
        qualifiedSinceDaysAgo: 77,
        keyPeople: [
            { fn: 'Executive', tier: 'C' },
            { fn: 'Engineering', tier: 'C' },
            { fn: 'IT', tier: 'C' },
            { fn: 'Finance', tier: 'C' },
            { fn: 'Marketing', tier: 'C' },
            { fn: 'Security', tier: 'C' },
            { fn: 'Engineering', tier: 'VP' },
            { fn: 'IT', tier: 'VP' },
            { fn: 'Operations', tier: 'VP' },
            { fn: 'Finance', tier: 'VP' },
            { fn: 'Product', tier: 'VP' },
            { fn: 'Engineering', tier: 'Dir' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Security', tier: 'Dir' },
            { fn: 'Operations', tier: 'Dir' },
            { fn: 'Finance', tier: 'Dir' },
            { fn: 'Engineering', tier: 'Mgr' },
            { fn: 'IT', tier: 'Mgr' }
        ],
        fillerContacts: 222,
        fillerLeads: 60,
        fillerFunctions: [
            'Engineering',
            'Engineering',
            'Engineering',
            'IT',
            'IT',
            'Security',
            'Marketing',
            'Sales',
            'Finance',
            'Operations',
            'Product',
            'HR',
            'Legal',
            'CustomerSuccess'
        ],
        tasks: 1500,
        events: 320,
        reachWindow: [1, 420],
        campaignReach: 0.8,
        campaignsPerPerson: 3,
        responseRate: 0.35,
        campaignWindow: [0, 420],
        signals: [
            [20, 0, 29, 1, 4],
            [25, 30, 59, 1, 4],
            [330, 60, 400, 1, 4]
        ],
        champions: [10, 8, 6, 5, 4, 3, 2],
        keywords: ['data observability', 'data pipeline monitoring', 'data quality tools', 'real-time analytics'],
        opportunities: [
            {
                name: 'Northwind Analytics - Platform Expansion',
                stage: 'Negotiation/Review',
                closeDaysAgo: -45,
                amount: 420_000,
                type: 'New Customer'
            },
            {
                name: 'Northwind Analytics - Pilot',
                stage: 'Closed Lost',
                closeDaysAgo: 540,
                amount: 60_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Strong fit, Purchase: closed won three weeks ago; qualified.
        key: 'bluepeak',
        name: 'Bluepeak Software',
        domain: 'bluepeaksoftware.io',
        industry: 'Technology',
        employees: 1200,
        revenue: 210_000_000,
        city: 'Toronto',
        country: 'Canada',
        accountType: 'Customer - Direct',
        tier: 'Tier 1',
        description: 'Developer tools vendor with a large data platform team.',
        qualifiedSinceDaysAgo: 120,
        keyPeople: [
            { fn: 'Engineering', tier: 'C' },
            { fn: 'Engineering', tier: 'VP' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Finance', tier: 'VP' },
            { fn: 'Engineering', tier: 'Mgr' },
            { fn: 'Operations', tier: 'Dir', lead: true }
        ],
        fillerContacts: 22,
        fillerLeads: 5,
        fillerFunctions: ['Engineering', 'Engineering', 'IT', 'Product', 'Finance', 'Marketing'],
        tasks: 160,
        events: 40,
        reachWindow: [2, 200],
        campaignReach: 0.9,
        campaignsPerPerson: 3,
        responseRate: 0.45,
        campaignWindow: [0, 200],
        signals: [
            [4, 0, 29, 2, 4],
            [8, 30, 59, 2, 5],
            [40, 60, 300, 1, 5]
        ],
        champions: [3, 2],
        keywords: ['data observability', 'ETL automation', 'reverse ETL'],
        opportunities: [
            {
                name: 'Bluepeak Software - Enterprise Subscription',
                stage: 'Closed Won',
                closeDaysAgo: 21,
                amount: 185_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Moderate fit (industry outside the profile), Decision: strong intent and an open proposal;
        // qualified. No engineering or IT leaders (persona gaps). Leads from its trading name
        // "MFG Logistics Services" use the meridianfreight.com domain: matched by email domain only.
        key: 'meridian',
        name: 'Meridian Freight Group',
        domain: 'meridianfreight.com',
        industry: 'Transportation',
        employees: 3100,
        revenue: 640_000_000,
        city: 'Chicago',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 2',
        description: 'Freight forwarding and logistics; consolidating shipment data from 40 systems.',
        keyPeople: [
            { fn: 'Operations', tier: 'C' },
            { fn: 'Operations', tier: 'VP' },
            { fn: 'Finance', tier: 'Dir' },
            { fn: 'Operations', tier: 'Mgr' }
        ],
        fillerContacts: 14,
        fillerLeads: 2,
        fillerFunctions: ['Operations', 'Operations', 'Finance', 'Sales', 'CustomerSuccess'],
        domainOnlyLeads: { company: 'MFG Logistics Services', count: 3 },
        tasks: 90,
        events: 18,
        reachWindow: [1, 150],
        campaignReach: 0.9,
        campaignsPerPerson: 3,
        responseRate: 0.5,
        campaignWindow: [0, 150],
        signals: [
            [6, 0, 29, 3, 5],
            [6, 30, 59, 2, 5],
            [30, 60, 200, 1, 5]
        ],
        champions: [5, 3],
        keywords: ['data pipeline monitoring', 'data quality tools', 'real-time analytics'],
        opportunities: [
            {
                name: 'Meridian Freight Group - Shipment Data Hub',
                stage: 'Proposal/Price Quote',
                closeDaysAgo: -30,
                amount: 240_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Strong fit, Consideration: steady engagement, some intent, no opportunity yet; not qualified.
        key: 'helixa',
        name: 'Helixa Health Systems',
        domain: 'helixahealth.com',
        industry: 'Healthcare',
        employees: 2600,
        revenue: 480_000_000,
        city: 'Boston',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 2',
        description: 'Regional hospital network modernising its clinical data warehouse.',
        keyPeople: [
            { fn: 'IT', tier: 'C' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Engineering', tier: 'Dir' },
            { fn: 'Security', tier: 'Mgr' }
        ],
        fillerContacts: 26,
        fillerLeads: 6,
        fillerFunctions: ['IT', 'IT', 'Engineering', 'Operations', 'Finance', 'Legal'],
        tasks: 40,
        events: 6,
        reachWindow: [5, 300],
        campaignReach: 0.6,
        campaignsPerPerson: 2,
        responseRate: 0.3,
        campaignWindow: [0, 200],
        signals: [
            [5, 0, 29, 2, 5],
            [5, 30, 59, 1, 4],
            [15, 60, 250, 1, 4]
        ],
        champions: [3],
        keywords: ['data governance platform', 'data catalog', 'data quality tools'],
        opportunities: []
    },
    {
        // Weak fit (small retailer abroad) with high intent and an open deal: Decision but not qualified.
        key: 'larkspur',
        name: 'Larkspur Home & Garden',
        domain: 'larkspurhome.com.au',
        industry: 'Retail',
        employees: 85,
        revenue: 12_000_000,
        city: 'Melbourne',
        country: 'Australia',
        accountType: 'Prospect',
        description: 'Online garden retailer; two-person data team.',
        keyPeople: [
            { fn: 'Executive', tier: 'C' },
            { fn: 'Marketing', tier: 'Mgr' },
            { fn: 'IT', tier: 'IC' }
        ],
        fillerContacts: 8,
        fillerLeads: 2,
        fillerFunctions: ['Marketing', 'Operations', 'Sales'],
        tasks: 45,
        events: 8,
        reachWindow: [1, 90],
        campaignReach: 1,
        campaignsPerPerson: 3,
        responseRate: 0.6,
        campaignWindow: [0, 90],
        signals: [
            [3, 0, 29, 2, 4],
            [6, 30, 59, 2, 4],
            [10, 60, 150, 1, 4]
        ],
        champions: [2, 1],
        keywords: ['cloud cost management', 'real-time analytics'],
        opportunities: [
            {
                name: 'Larkspur Home & Garden - Starter Plan',
                stage: 'Negotiation/Review',
                closeDaysAgo: -14,
                amount: 18_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Moderate fit, Awareness: a few recent responses, light intent.
        key: 'cobalt',
        name: 'Cobalt Ridge Machinery',
        domain: 'cobaltridge.de',
        industry: 'Machinery',
        employees: 900,
        revenue: 150_000_000,
        city: 'Stuttgart',
        country: 'Germany',
        accountType: 'Prospect',
        tier: 'Tier 3',
        description: 'Precision components maker connecting plant sensors to the cloud.',
        keyPeople: [
            { fn: 'Operations', tier: 'VP' },
            { fn: 'IT', tier: 'Mgr' },
            { fn: 'Engineering', tier: 'IC' }
        ],
        fillerContacts: 10,
        fillerLeads: 3,
        fillerFunctions: ['Operations', 'Engineering', 'IT', 'Finance'],
        tasks: 12,
        events: 1,
        reachWindow: [20, 330],
        campaignReach: 0.4,
        campaignsPerPerson: 1,
        responseRate: 0.3,
        campaignWindow: [0, 120],
        signals: [
            [2, 0, 29, 1, 3],
            [2, 30, 59, 1, 3],
            [4, 60, 200, 1, 3]
        ],
        champions: [],
        keywords: ['real-time analytics', 'ETL automation'],
        opportunities: []
    },
    {
        // Weak fit, Awareness: a small media company, occasional responses.
        key: 'quillfeather',
        name: 'Quillfeather Media',
        domain: 'quillfeather.co.uk',
        industry: 'Media',
        employees: 140,
        revenue: 18_000_000,
        city: 'Manchester',
        country: 'United Kingdom',
        accountType: 'Prospect',
        description: 'Digital publisher; audience analytics on spreadsheets today.',
        keyPeople: [
            { fn: 'Marketing', tier: 'Dir' },
            { fn: 'Engineering', tier: 'Mgr' }
        ],
        fillerContacts: 5,
        fillerLeads: 3,
        fillerFunctions: ['Marketing', 'Sales', 'Engineering'],
        tasks: 6,
        events: 0,
        reachWindow: [30, 300],
        campaignReach: 0.5,
        campaignsPerPerson: 1,
        responseRate: 0.4,
        campaignWindow: [0, 150],
        signals: [
            [1, 0, 29, 2, 3],
            [2, 60, 200, 1, 2]
        ],
        champions: [],
        keywords: ['real-time analytics'],
        opportunities: []
    },
    {
        // Strong fit, Target: contacts known but nothing in over a year. It was qualified last
        // spring (stored start date), so it is now "no longer qualified" with an end date.
        key: 'sterling',
        name: 'Sterling Fjord Bank',
        domain: 'sterlingfjord.no',
        industry: 'Banking',
        employees: 5200,
        revenue: 1_900_000_000,
        city: 'Oslo',
        country: 'Norway',
        accountType: 'Prospect',
        tier: 'Tier 2',
        description: 'Retail and commercial bank; regulatory reporting on an ageing warehouse.',
        qualifiedSinceDaysAgo: 245,
        keyPeople: [
            { fn: 'IT', tier: 'C' },
            { fn: 'Finance', tier: 'Dir' },
            { fn: 'Security', tier: 'VP' }
        ],
        fillerContacts: 9,
        fillerLeads: 0,
        fillerFunctions: ['IT', 'Finance', 'Security', 'Legal'],
        tasks: 20,
        events: 3,
        reachWindow: [400, 700],
        campaignReach: 0.5,
        campaignsPerPerson: 1,
        responseRate: 0.3,
        campaignWindow: [390, 420],
        signals: [[6, 400, 500, 1, 4]],
        champions: [],
        keywords: ['data governance platform'],
        opportunities: [
            {
                name: 'Sterling Fjord Bank - Reporting Modernisation',
                stage: 'Closed Lost',
                closeDaysAgo: 200,
                amount: 310_000,
                type: 'New Customer'
            }
        ]
    },
    {
        // Moderate fit, no people at all (nobody loaded yet): Target, every persona a gap.
        key: 'tidewater',
        name: 'Tidewater Energy Partners',
        domain: 'tidewaterenergy.com',
        industry: 'Energy',
        employees: 700,
        revenue: 260_000_000,
        city: 'Houston',
        country: 'United States',
        accountType: 'Prospect',
        description: 'Midstream energy operator; new account from a list purchase, no contacts yet.',
        keyPeople: [],
        fillerContacts: 0,
        fillerLeads: 0,
        fillerFunctions: [],
        tasks: 0,
        events: 0,
        reachWindow: [0, 0],
        campaignReach: 0,
        campaignsPerPerson: 0,
        responseRate: 0,
        campaignWindow: [0, 0],
        signals: [],
        champions: [],
        keywords: ['data governance platform'],
        opportunities: []
    },
    {
        // Moderate fit, Consideration: engaged, a deal lost last year. A lead from a personal
        // address with the account's name: matched by company name.
        key: 'orchard',
        name: 'Orchard Lane Foods',
        domain: 'orchardlanefoods.com',
        industry: 'Food & Beverage',
        employees: 1500,
        revenue: 390_000_000,
        city: 'Minneapolis',
        country: 'United States',
        accountType: 'Prospect',
        tier: 'Tier 3',
        description: 'Packaged foods producer; supply chain analytics team of twelve.',
        keyPeople: [
            { fn: 'Operations', tier: 'VP' },
            { fn: 'IT', tier: 'Dir' },
            { fn: 'Finance', tier: 'Mgr' }
        ],
        fillerContacts: 12,
        fillerLeads: 3,
        fillerFunctions: ['Operations', 'IT', 'Finance', 'Marketing'],
        nameOnlyLeads: 1,
        tasks: 30,
        events: 5,
        reachWindow: [3, 200],
        campaignReach: 0.7,
        campaignsPerPerson: 2,
        responseRate: 0.35,
        campaignWindow: [0, 180],
        signals: [
            [4, 0, 29, 2, 5],
            [4, 30, 59, 2, 5],
            [8, 60, 200, 1, 4]
        ],
        champions: [2],
        keywords: ['data quality tools', 'data catalog'],
        opportunities: [
            {
                name: 'Orchard Lane Foods - Demand Forecasting',
                stage: 'Closed Lost',
                closeDaysAgo: 400,
                amount: 95_000,
                type: 'New Customer'
            }
        ]
    }
];

/** Leads of companies that are not accounts: they match no account and belong to none. */
export const UNMATCHED_LEADS: readonly { company: string; domain: string; title: string }[] = [
    { company: 'Fernhill Dental Group', domain: 'fernhilldental.com', title: 'Practice Manager' },
    { company: 'Ostara Robotics', domain: 'ostararobotics.ai', title: 'VP of Engineering' },
    { company: 'Brightwater Logistics', domain: 'brightwater-logistics.com', title: 'IT Director' }
];

export const NAME_PREFIXES = [
    'Amber',
    'Granite',
    'Silver',
    'Harbor',
    'Summit',
    'Copper',
    'Juniper',
    'Falcon',
    'Aurora',
    'Redwood'
];
export const NAME_SUFFIXES = ['Systems', 'Labs', 'Group', 'Holdings', 'Networks', 'Partners', 'Works', 'Dynamics'];
