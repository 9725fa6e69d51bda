// Part of the synthetic org generator of scoreData.ts: the names, titles, subjects and weighted choices the records are made of.
import { Weighted } from './scoreDataRandom';

// prettier-ignore
export const ADJECTIVES = [
    'Northwind', 'Bluepeak', 'Silver', 'Granite', 'Harbor', 'Summit', 'Crescent', 'Evergreen', 'Ironwood', 'Lumen',
    'Maple', 'Nimbus', 'Orchard', 'Pinnacle', 'Quartz', 'Redwood', 'Sable', 'Tidal', 'Vertex', 'Willow',
    'Amber', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Glacier', 'Horizon', 'Indigo', 'Juniper',
    'Kestrel', 'Lakeside', 'Meridian', 'Nova', 'Onyx', 'Prairie', 'Riverbend', 'Sterling', 'Terra', 'Zenith'
] as const;
// prettier-ignore
export const NOUNS = [
    'Ridge', 'Bridge', 'Field', 'Stone', 'Point', 'Bay', 'Gate', 'Forge', 'Grove', 'Crest',
    'Works', 'Path', 'Peak', 'Vale', 'Wave', 'Harvest', 'Arc', 'Lane', 'Spring', 'Rock',
    'Hollow', 'Mesa', 'Shore', 'Sky', 'Brook', 'Haven', 'Mill', 'Loop', 'Line', 'Signal',
    'Pier', 'Canyon', 'Meadow', 'Circuit', 'Anchor', 'Compass', 'Lantern', 'Quarry', 'Summit', 'Tower'
] as const;
/** Industry of each kind of company, and the word its name ends with. */
export const KINDS: readonly (readonly [string, string | null])[] = [
    ['Analytics', 'Technology'],
    ['Software', 'Software'],
    ['Systems', 'Technology'],
    ['Bank', 'Banking'],
    ['Capital', 'Financial Services'],
    ['Health', 'Healthcare'],
    ['Medical', 'Healthcare'],
    ['Manufacturing', 'Manufacturing'],
    ['Machinery', 'Manufacturing'],
    ['Telecom', 'Telecommunications'],
    ['Retail', 'Retail'],
    ['Foods', 'Food & Beverage'],
    ['Logistics', 'Transportation'],
    ['Energy', 'Energy'],
    ['Media', 'Media'],
    ['Learning', 'Education'],
    ['Hotels', 'Hospitality'],
    ['Consulting', 'Consulting'],
    ['Labs', null],
    ['Partners', 'Not For Profit']
];
export const LEGAL = ['', '', '', ' Inc.', ' LLC', ' Ltd', ' Group', ' GmbH', ' Corp.', ' Holdings'] as const;
export const TLDS = ['com', 'com', 'com', 'com', 'io', 'co', 'net', 'de', 'co.uk', 'com.au'] as const;

/** Companies of leads that match no account: words no account name uses. */
export const OTHER_COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Soylent', 'Cyberdyne', 'Wonka', 'Gringotts', 'Oscorp', 'Massive Dynamic', 'Pied Piper'] as const;
export const OTHER_KINDS = ['Industries', 'Trading', 'Ventures', 'Studio', 'Outfitters', 'Collective'] as const;
export const PERSONAL_DOMAINS = ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com'] as const;

export const COUNTRIES = new Weighted<string | null>([
    ['United States', 40],
    ['USA', 5],
    ['US', 3],
    ['Canada', 6],
    ['United Kingdom', 8],
    ['UK', 2],
    ['Germany', 7],
    ['France', 5],
    ['Netherlands', 3],
    ['Australia', 4],
    ['India', 5],
    ['Brazil', 3],
    ['Japan', 3],
    ['Spain', 2],
    ['Singapore', 2],
    [null, 2]
]);
export const STATES: Readonly<Record<string, readonly string[]>> = {
    'United States': ['CA', 'NY', 'TX', 'WA', 'MA', 'IL', 'GA', 'CO', 'FL', 'NC', 'OR', 'PA'],
    Canada: ['ON', 'BC', 'QC', 'AB'],
    Australia: ['NSW', 'VIC', 'QLD']
};
export const ACCOUNT_TYPES = new Weighted<string | null>([
    ['Prospect', 55],
    ['Customer - Direct', 20],
    ['Customer - Channel', 8],
    ['Channel Partner / Reseller', 5],
    ['Technology Partner', 4],
    ['Other', 3],
    [null, 5]
]);
export const ABM_TIERS = new Weighted<string | null>([
    ['Tier 1', 5],
    ['Tier 2', 10],
    ['Tier 3', 15],
    [null, 70]
]);
export const STAGES = new Weighted<string>([
    ['Target', 40],
    ['Awareness', 25],
    ['Consideration', 18],
    ['Decision', 10],
    ['Purchase', 7]
]);

// prettier-ignore
export const FIRST_NAMES = [
    'Ava', 'Liam', 'Maya', 'Noah', 'Priya', 'Ethan', 'Sofia', 'Lucas', 'Chloe', 'Mateo', 'Hannah', 'Omar', 'Grace', 'Daniel',
    'Aisha', 'Samuel', 'Elena', 'Jonah', 'Mei', 'Gabriel', 'Zoe', 'Ravi', 'Clara', 'Isaac', 'Nadia', 'Felix', 'Leah', 'Marcus',
    'Ingrid', 'Tomas', 'Yuki', 'Adrian', 'Fatima', 'Oliver', 'Rosa', 'Kenji', 'Amara', 'Henrik', 'Lucia', 'Dmitri', 'Naomi',
    'Caleb', 'Anika', 'Julian', 'Keira', 'Mohammed', 'Selin', 'Tobias', 'Wren', 'Arjun', 'Bianca', 'Diego', 'Esther', 'Imani'
] as const;
// prettier-ignore
export const LAST_NAMES = [
    'Anderson', 'Bakshi', 'Castillo', 'Dubois', 'Eriksen', 'Fitzgerald', 'Garcia', 'Haddad', 'Ibrahim', 'Jensen', 'Kowalski',
    'Lindqvist', 'Morales', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Whitaker',
    'Xu', 'Yilmaz', 'Zimmerman', 'Brennan', 'Chen', 'Delgado', 'Fournier', 'Gupta', 'Hartmann', 'Kapoor', 'Lambert', 'Mendes',
    'Novak', "O'Neill", 'Park', 'Ramirez', 'Sato', 'Thornton', 'Vasquez', 'Walsh', 'Young', 'Zhou', 'Müller', 'Núñez', 'Smith-Jones'
] as const;

/**
 * Titles with weights (a seniority pyramid). Each shipped persona (customMetadata/SI_Persona.*) is hit by
 * its keywords or by its job function and seniority, in several spellings; then roles outside every
 * persona, and blanks (the classifier's Other).
 */
export const TITLES = new Weighted<string | null>([
    // Economic Buyer (Executive, C-Level)
    ['CEO', 3],
    ['Chief Executive Officer', 2],
    ['President', 1],
    ['Co-Founder & CEO', 1],
    ['Chief Operating Officer', 1],
    ['CFO', 1],
    ['Managing Director', 1],
    // Technical Buyer (IT, C-Level)
    ['CIO', 2],
    ['Chief Technology Officer', 2],
    ['CTO', 2],
    ['VP of IT', 2],
    ['IT Director', 3],
    ['Head of IT', 2],
    // Security Leader (Security, C-Level)
    ['CISO', 2],
    ['Chief Information Security Officer', 1],
    ['Head of Security', 2],
    ['Director of IT Security', 2],
    // Engineering Leader (Engineering, VP)
    ['VP of Engineering', 3],
    ['Vice President, Engineering', 2],
    ['Director of Engineering', 3],
    ['Head of Engineering', 2],
    ['Director of Software Engineering', 2],
    // Finance Leader (Finance, VP)
    ['VP Finance', 2],
    ['Vice President of Finance', 1],
    ['Controller', 3],
    ['Finance Director', 2],
    ['Director of FP&A', 1],
    // Operations Leader (Operations, Director)
    ['Director of Operations', 3],
    ['VP of Operations', 2],
    ['VP Supply Chain', 1],
    ['Head of Operations', 2],
    // Engineering Manager (Engineering, Manager)
    ['Engineering Manager', 6],
    ['Software Development Manager', 3],
    // IT Manager (IT, Manager)
    ['IT Manager', 5],
    ['Infrastructure Manager', 2],
    ['IT Operations Manager', 2],
    // Practitioner (Engineering, Individual Contributor)
    ['Software Engineer', 14],
    ['Senior Software Engineer', 10],
    ['Data Engineer', 6],
    ['DevOps Engineer', 5],
    ['Solutions Architect', 4],
    ['Systems Administrator', 4],
    ['Data Scientist', 3],
    ['Security Analyst', 3],
    ['IT Support Specialist', 3],
    // Outside the buying committee
    ['Chief Marketing Officer', 1],
    ['VP Marketing', 2],
    ['Director of Demand Generation', 2],
    ['Marketing Manager', 6],
    ['Marketing Specialist', 6],
    ['VP of Sales', 2],
    ['Regional Sales Manager', 4],
    ['Account Executive', 8],
    ['Sales Development Representative', 6],
    ['Director of Product Management', 2],
    ['Product Manager', 5],
    ['Product Designer', 3],
    ['HR Manager', 3],
    ['Recruiter', 4],
    ['General Counsel', 1],
    ['Paralegal', 2],
    ['Customer Success Manager', 5],
    ['Financial Analyst', 4],
    ['Operations Analyst', 4],
    ['Consultant', 3],
    ['Executive Assistant', 3],
    ['Intern', 2],
    [null, 18]
]);

export const CAMPAIGN_THEMES: readonly (readonly [type: string, name: string, days: number])[] = [
    ['Webinar', 'Webinar: Taming Pipeline Sprawl', 1],
    ['Email', 'Newsletter', 1],
    ['Conference', 'DataOps Summit Booth', 3],
    ['Content', 'E-book: The Observability Playbook', 60],
    ['Webinar', 'Webinar: Cost-Aware Analytics', 1],
    ['Email', 'Nurture: Data Quality', 30],
    ['Trade Show', 'Cloud Expo Stand', 3],
    ['Website', 'Website: ROI Calculator', 90],
    ['Direct Mail', 'Executive Gift Box', 10],
    ['Advertisement', 'Paid Social: Observability Guide', 30],
    ['Webinar', 'Customer Panel Webinar', 1],
    ['Other', 'Roundtable Dinner', 1]
];

// prettier-ignore
export const KEYWORDS = [
    'data observability', 'data pipeline monitoring', 'data quality tools', 'real-time analytics', 'lakehouse',
    'zero trust', 'siem', 'etl', 'vector database', 'data catalog', 'cloud cost management', 'kubernetes monitoring',
    'mlops', 'data governance', 'customer data platform', 'api management', 'incident management', 'log analytics',
    'data warehouse migration', 'reverse etl', 'feature store', 'stream processing', 'fraud detection', 'supply chain analytics'
] as const;
export const SIGNAL_TYPES = new Weighted<readonly [string, string]>([
    [['Keyword Research', 'Third-party intent feed'], 5],
    [['Web Visit', 'Website analytics'], 4],
    [['Content Download', 'Marketing automation'], 2],
    [['Review Site', 'Software review site'], 1]
]);

export const CALL_SUBJECTS = ['Discovery call', 'Follow-up call', 'Call: pricing questions', 'Intro call', 'Check-in call', 'Left voicemail'] as const;
export const EMAIL_SUBJECTS = ['Email: case study', 'Email: follow-up on webinar', 'Email: proposal next steps', 'Email: introduction', 'Email: ROI calculator', 'Re: "Q3 pricing", as discussed'] as const;
export const TODO_SUBJECTS = ['Send proposal', 'Prepare demo environment', 'Meeting notes', 'Update mutual action plan', 'Research account, org chart'] as const;
export const MEETING_SUBJECTS = ['Discovery meeting', 'Product demo', 'Technical deep-dive', 'Executive briefing', 'Pricing review', 'Onsite workshop'] as const;
export const PRODUCTS = ['Platform', 'Expansion', 'Pilot', 'Renewal', 'Add-on Seats', 'Professional Services'] as const;
export const OPEN_STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Proposal/Price Quote', 'Negotiation/Review'] as const;
