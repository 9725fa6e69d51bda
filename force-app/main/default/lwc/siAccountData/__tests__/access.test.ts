// What the user can read, from a `getObjectInfos` answer (a fixture shaped like the UI API's: Campaign
// refused, the intent signal object not queryable, Lead without Email), and the query planned from it.
import { accessFromObjectInfos, canRead, QUERY_OBJECTS, unreadable } from '../access';
import { planAccountInsightQuery } from '../query';
import objectInfos from './data/objectInfosRestricted.json';

describe('accessFromObjectInfos', () => {
    const access = accessFromObjectInfos(QUERY_OBJECTS, objectInfos);

    it('keeps the readable objects with the fields their info lists', () => {
        expect([...access.keys()]).toEqual(['Contact', 'Lead', 'Task', 'Event', 'CampaignMember', 'Opportunity']);
        expect(canRead(access, 'Lead', ['Company', 'Website'])).toBe(true);
        expect(canRead(access, 'Lead', ['Email'])).toBe(false);
        expect(unreadable(access, 'Lead', ['Email', 'Company'])).toEqual(['Email']);
    });

    it('treats an error result, a not queryable object and another object than asked as not readable', () => {
        expect(canRead(access, 'Campaign')).toBe(false);
        expect(canRead(access, 'SI_Intent_Signal__c')).toBe(false);
        const swapped = accessFromObjectInfos(['Lead', 'Contact'], { results: objectInfos.results.slice(0, 2) });
        expect([...swapped.keys()]).toEqual([]);
        expect(accessFromObjectInfos(QUERY_OBJECTS, null).size).toBe(0);
        expect(accessFromObjectInfos(QUERY_OBJECTS, { results: 'nope' }).size).toBe(0);
    });

    it('assumes everything readable without access information', () => {
        expect(canRead(null, 'Campaign', ['Type'])).toBe(true);
        expect(unreadable(null, 'Lead', ['Email'])).toEqual([]);
    });
});

describe('planAccountInsightQuery from object info', () => {
    it('leaves out what the user cannot read and says why, with the lead clauses they can read', () => {
        const plan = planAccountInsightQuery({ access: accessFromObjectInfos(QUERY_OBJECTS, objectInfos) });
        expect(plan.hidden).toEqual([
            { source: 'leads', object: 'Lead', fields: ['Email'] },
            { source: 'campaignResponses', object: 'Campaign', fields: [] },
            { source: 'intentSignals', object: 'SI_Intent_Signal__c', fields: [] }
        ]);
        expect(plan.aliases).toEqual([
            'Account',
            'Contacts',
            'Leads',
            'Opportunities',
            'AccountTasks',
            'LeadTasks',
            'AccountEvents',
            'LeadEvents'
        ]);
        expect(plan.text).not.toMatch(/Email: \{ like/);
        expect(plan.text).not.toMatch(/\$leadEmailPattern/);
        expect(plan.text).toMatch(/Website: \{ like: \$leadWebsitePattern \}/);
        expect(plan.text).not.toMatch(/SI_Intent_Signal__c\(|CampaignMember\(/);
    });
});
