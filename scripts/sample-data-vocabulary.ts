// The sample data set's vocabulary (names, titles, departments, signal types, subjects) and its campaign
// plans: the fictional world every generated account draws from. Part of `npm run generate:data`
// (scripts/generate-sample-data.ts).
import type { Calendar } from './sample-data-calendar';

// ---------------------------------------------------------------------------------------------
// Vocabulary of the fictional world

// prettier-ignore
export const FIRST_NAMES = [
    'Ava', 'Liam', 'Maya', 'Noah', 'Priya', 'Ethan', 'Sofia', 'Lucas', 'Chloe', 'Mateo', 'Hannah', 'Omar',
    'Grace', 'Daniel', 'Aisha', 'Samuel', 'Elena', 'Jonah', 'Mei', 'Gabriel', 'Zoe', 'Ravi', 'Clara', 'Isaac',
    'Nadia', 'Felix', 'Leah', 'Marcus', 'Ingrid', 'Tomas', 'Yuki', 'Adrian', 'Fatima', 'Oliver', 'Rosa', 'Kenji',
    'Amara', 'Henrik', 'Lucia', 'Dmitri', 'Naomi', 'Caleb', 'Anika', 'Julian', 'Keira', 'Mohammed', 'Selin',
    'Tobias', 'Wren', 'Arjun', 'Bianca', 'Diego', 'Esther', 'Frederik', 'Imani', 'Jasper', 'Laila', 'Nikolai',
    'Paloma', 'Rohan', 'Sienna', 'Theo', 'Valentina', 'Wei'
] as const;
// prettier-ignore
export const LAST_NAMES = [
    'Anderson', 'Bakshi', 'Castillo', 'Dubois', 'Eriksen', 'Fitzgerald', 'Garcia', 'Haddad', 'Ibrahim', 'Jensen',
    'Kowalski', 'Lindqvist', 'Morales', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka',
    'Usman', 'Varga', 'Whitaker', 'Xu', 'Yilmaz', 'Zimmerman', 'Abbott', 'Brennan', 'Chen', 'Delgado', 'Ellison',
    'Fournier', 'Gupta', 'Hartmann', 'Iversen', 'Johansson', 'Kapoor', 'Lambert', 'Mendes', 'Novak', "O'Neill",
    'Park', 'Ramirez', 'Sato', 'Thornton', 'Underwood', 'Vasquez', 'Walsh', 'Young', 'Zhou', 'Ahmed', 'Bauer',
    'Costa', 'Dalton', 'Esposito', 'Fischer', 'Gallagher', 'Holm', 'Ivanova', 'Kim', 'Larsen', 'Moreau', 'Nguyen',
    'Osei', 'Pereira', 'Reyes', 'Silva', 'Torres', 'Vogel', 'Weber'
] as const;

/** Seniority tiers used to build titles (the engine classifies them from the title text). */
export type Tier = 'C' | 'VP' | 'Dir' | 'Mgr' | 'IC';
/** Functions used to build titles. */
export type Fn =
    | 'Executive'
    | 'Engineering'
    | 'IT'
    | 'Security'
    | 'Marketing'
    | 'Sales'
    | 'Finance'
    | 'Operations'
    | 'Product'
    | 'HR'
    | 'Legal'
    | 'CustomerSuccess';

/** Title variants per function and seniority, including abbreviations the classifier must understand. */
export const TITLES: Readonly<Record<Fn, Readonly<Partial<Record<Tier, readonly string[]>>>>> = {
    Executive: { C: ['Chief Executive Officer', 'CEO', 'President and CEO', 'Co-Founder & CEO'] },
    Engineering: {
        C: ['Chief Technology Officer', 'CTO'],
        VP: ['VP of Engineering', 'Vice President, Engineering', 'SVP Engineering'],
        Dir: ['Director of Software Engineering', 'Engineering Director', 'Head of Platform Engineering'],
        Mgr: ['Engineering Manager', 'Software Development Manager', 'Manager, Data Engineering'],
        IC: [
            'Senior Software Engineer',
            'Software Engineer',
            'Data Engineer',
            'Site Reliability Engineer',
            'Staff Engineer'
        ]
    },
    IT: {
        C: ['Chief Information Officer', 'CIO'],
        VP: ['VP, Information Technology', 'Vice President of IT'],
        Dir: ['IT Director', 'Director of IT Infrastructure', 'Sr. Director, Enterprise Applications'],
        Mgr: ['IT Manager', 'Manager, IT Service Delivery'],
        IC: ['Systems Administrator', 'IT Support Specialist', 'Business Systems Analyst']
    },
    Security: {
        C: ['Chief Information Security Officer', 'CISO'],
        VP: ['VP of Security'],
        Dir: ['Director of Information Security'],
        Mgr: ['Security Operations Manager'],
        IC: ['Security Analyst', 'Security Engineer']
    },
    Marketing: {
        C: ['Chief Marketing Officer', 'CMO'],
        VP: ['VP Marketing', 'Vice President, Demand Generation'],
        Dir: ['Director of Demand Generation', 'Director, Product Marketing', 'Head of Marketing'],
        Mgr: ['Marketing Operations Manager', 'Field Marketing Manager'],
        IC: ['Marketing Specialist', 'Content Marketing Associate', 'Marketing Coordinator']
    },
    Sales: {
        C: ['Chief Revenue Officer', 'CRO'],
        VP: ['VP of Sales', 'Vice President, Global Sales'],
        Dir: ['Sales Director, EMEA', 'Director of Sales Operations'],
        Mgr: ['Regional Sales Manager', 'Inside Sales Manager'],
        IC: ['Account Executive', 'Sales Development Representative', 'Sales Engineer']
    },
    Finance: {
        C: ['Chief Financial Officer', 'CFO'],
        VP: ['VP Finance', 'Vice President of Finance'],
        Dir: ['Director of Financial Planning & Analysis', 'Finance Director'],
        Mgr: ['Finance Manager', 'Procurement Manager'],
        IC: ['Financial Analyst', 'Senior Accountant']
    },
    Operations: {
        C: ['Chief Operating Officer', 'COO'],
        VP: ['VP of Operations', 'Vice President, Supply Chain'],
        Dir: ['Director of Operations', 'Director, Logistics'],
        Mgr: ['Operations Manager', 'Warehouse Operations Manager'],
        IC: ['Operations Analyst', 'Logistics Coordinator']
    },
    Product: {
        C: ['Chief Product Officer'],
        VP: ['VP of Product'],
        Dir: ['Director of Product Management'],
        Mgr: ['Group Product Manager'],
        IC: ['Product Analyst', 'Product Designer']
    },
    HR: {
        C: ['Chief People Officer'],
        VP: ['VP Human Resources'],
        Dir: ['HR Director'],
        Mgr: ['HR Manager'],
        IC: ['Recruiter', 'HR Generalist']
    },
    Legal: {
        C: ['General Counsel'],
        VP: ['VP Legal'],
        Dir: ['Director of Legal Affairs'],
        Mgr: ['Legal Operations Manager'],
        IC: ['Paralegal', 'Corporate Counsel']
    },
    CustomerSuccess: {
        C: ['Chief Customer Officer'],
        VP: ['VP Customer Success'],
        Dir: ['Director of Customer Success'],
        Mgr: ['Customer Success Manager'],
        IC: ['Customer Success Associate', 'Technical Support Engineer']
    }
};

/** Titles no persona matches, and people with no title at all (the classifier's `Other`). */
export const OTHER_TITLES: readonly (string | undefined)[] = [
    'Consultant',
    'Executive Assistant',
    'Intern',
    'Board Advisor',
    undefined
];

export const DEPARTMENTS: Readonly<Record<Fn, string>> = {
    Executive: 'Executive',
    Engineering: 'Engineering',
    IT: 'Information Technology',
    Security: 'Security',
    Marketing: 'Marketing',
    Sales: 'Sales',
    Finance: 'Finance',
    Operations: 'Operations',
    Product: 'Product',
    HR: 'Human Resources',
    Legal: 'Legal',
    CustomerSuccess: 'Customer Success'
};

/** Seniority mix of filler people: a pyramid. */
export const TIER_WEIGHTS: readonly (readonly [Tier, number])[] = [
    ['C', 2],
    ['VP', 6],
    ['Dir', 14],
    ['Mgr', 26],
    ['IC', 52]
];

export const SIGNAL_TYPES: readonly (readonly [string, number])[] = [
    ['Keyword Research', 5],
    ['Web Visit', 4],
    ['Content Download', 2],
    ['Review Site', 1]
];
export const SIGNAL_SOURCES: Readonly<Record<string, string>> = {
    'Keyword Research': 'Third-party intent feed',
    'Web Visit': 'Website analytics',
    'Content Download': 'Marketing automation',
    'Review Site': 'Software review site'
};

export const CALL_SUBJECTS = [
    'Discovery call',
    'Follow-up call',
    'Call: pricing questions',
    'Intro call',
    'Check-in call'
];
export const EMAIL_SUBJECTS = [
    'Email: case study',
    'Email: follow-up on webinar',
    'Email: proposal next steps',
    'Email: introduction',
    'Email: ROI calculator'
];
export const MEETING_SUBJECTS = [
    'Discovery meeting',
    'Product demo',
    'Technical deep-dive',
    'Executive briefing',
    'Pricing review'
];

// ---------------------------------------------------------------------------------------------
// Campaigns: shared by all accounts; a response is dated by its campaign's StartDate.

export interface CampaignPlan {
    name: string;
    type: string;
    /** Days before the as-of the campaign started. */
    startDaysAgo: number;
    lengthDays: number;
}

export const CAMPAIGN_THEMES: readonly (readonly [string, string, number])[] = [
    ['Webinar', 'Webinar: Taming Pipeline Sprawl', 1],
    ['Email', 'Newsletter', 1],
    ['Conference', 'DataOps Summit Booth', 3],
    ['Webinar', 'Webinar: Cost-Aware Analytics', 1],
    ['Email', 'Nurture: Data Quality Playbook', 14],
    ['Trade Show', 'Cloud Expo Stand', 3],
    ['Direct Mail', 'Executive Gift Box', 10],
    ['Advertisement', 'Paid Social: Observability Guide', 30],
    ['Webinar', 'Customer Panel Webinar', 1],
    ['Email', 'Product Launch Announcement', 2],
    ['Referral Program', 'Customer Referral Drive', 30],
    ['Other', 'Roundtable Dinner', 1]
];

/** Champions respond to the campaigns that started fewer days ago than this (the engagement window). */
export const CHAMPION_CAMPAIGN_DAYS = 90;

/**
 * Two campaigns a month over the last 14 months, newest a few days before the as-of. A campaign's name
 * starts with the month it started in, so it changes with the as-of (nothing the engine reads).
 */
export function campaignPlans(dates: Calendar): CampaignPlan[] {
    const plans: CampaignPlan[] = [];
    for (let i = 0; i < 28; i++) {
        const theme = CAMPAIGN_THEMES[i % CAMPAIGN_THEMES.length] as readonly [string, string, number];
        const startDaysAgo = 4 + i * 15;
        const start = dates.date(startDaysAgo);
        const label = `${start.slice(0, 7)} ${theme[1]}`;
        plans.push({ name: label, type: theme[0], startDaysAgo, lengthDays: theme[2] });
    }
    return plans;
}
