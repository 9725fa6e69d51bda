// The slice of the org schema the preview's UI API GraphQL stand-in knows: the objects the sample data
// holds, their standard fields and relationships (hand-listed from the Salesforce object reference), and
// the project's custom fields and relationships (read from `force-app/main/default/objects/**`). A query
// naming anything else fails, as it would in an org, instead of silently returning nothing.

export interface ParentRelationship {
    /** The reference field holding the parent Id, e.g. `AccountId`. */
    field: string;
    /** The object types the reference may point to (several for polymorphic `Who`/`What`). */
    referenceTo: string[];
}

export interface ChildRelationship {
    childObject: string;
    /** The reference field on the child pointing to this object. */
    field: string;
}

export interface ObjectSchema {
    name: string;
    fields: Set<string>;
    parents: Map<string, ParentRelationship>;
    children: Map<string, ChildRelationship>;
}

export type Schema = Map<string, ObjectSchema>;

const COMMON = ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'IsDeleted', 'OwnerId'];

/** Standard fields per object (the subset an insight query can reasonably ask for). */
const STANDARD_FIELDS: Record<string, string[]> = {
    Account: [
        'Name', 'Website', 'Industry', 'NumberOfEmployees', 'AnnualRevenue', 'Type', 'Description', 'Phone',
        'BillingStreet', 'BillingCity', 'BillingState', 'BillingPostalCode', 'BillingCountry', 'ShippingCountry',
        'ShippingState', 'ShippingCity', 'ParentId', 'Rating', 'Ownership', 'Sic', 'AccountSource', 'LastActivityDate'
    ],
    Contact: [
        'AccountId', 'FirstName', 'LastName', 'Name', 'Salutation', 'Title', 'Department', 'Email', 'Phone',
        'MobilePhone', 'HasOptedOutOfEmail', 'DoNotCall', 'LeadSource', 'MailingCountry', 'MailingState',
        'MailingCity', 'LastActivityDate', 'ReportsToId'
    ],
    Lead: [
        'FirstName', 'LastName', 'Name', 'Company', 'Title', 'Email', 'Phone', 'Website', 'Status', 'LeadSource',
        'Industry', 'HasOptedOutOfEmail', 'IsConverted', 'ConvertedDate', 'ConvertedAccountId', 'ConvertedContactId',
        'Country', 'State', 'City', 'NumberOfEmployees', 'AnnualRevenue', 'LastActivityDate'
    ],
    Campaign: ['Name', 'Type', 'Status', 'StartDate', 'EndDate', 'IsActive', 'ParentId', 'NumberOfContacts', 'NumberOfLeads', 'NumberOfResponses'],
    CampaignMember: ['CampaignId', 'ContactId', 'LeadId', 'Status', 'HasResponded', 'FirstRespondedDate', 'Name', 'Type'],
    Opportunity: [
        'AccountId', 'Name', 'StageName', 'Amount', 'CloseDate', 'IsClosed', 'IsWon', 'Type', 'Probability',
        'ForecastCategory', 'LeadSource', 'FiscalYear', 'FiscalQuarter', 'NextStep', 'Description'
    ],
    Task: [
        'WhoId', 'WhatId', 'AccountId', 'Subject', 'ActivityDate', 'CompletedDateTime', 'Status', 'Priority', 'Type',
        'TaskSubtype', 'IsClosed', 'Description', 'CallType', 'CallDurationInSeconds', 'IsArchived'
    ],
    Event: [
        'WhoId', 'WhatId', 'AccountId', 'Subject', 'ActivityDate', 'ActivityDateTime', 'StartDateTime', 'EndDateTime',
        'DurationInMinutes', 'Type', 'EventSubtype', 'Location', 'Description', 'IsAllDayEvent', 'IsArchived'
    ]
};

const ACTIVITY_WHAT = ['Account', 'Opportunity', 'Campaign'];

/** Standard relationships: [object, relationship name, reference field, referenceTo, child relationship name or null]. */
const STANDARD_RELATIONSHIPS: Array<[string, string, string, string[], string | null]> = [
    ['Contact', 'Account', 'AccountId', ['Account'], 'Contacts'],
    ['Opportunity', 'Account', 'AccountId', ['Account'], 'Opportunities'],
    ['CampaignMember', 'Campaign', 'CampaignId', ['Campaign'], 'CampaignMembers'],
    ['CampaignMember', 'Contact', 'ContactId', ['Contact'], 'CampaignMembers'],
    ['CampaignMember', 'Lead', 'LeadId', ['Lead'], 'CampaignMembers'],
    ['Task', 'Who', 'WhoId', ['Contact', 'Lead'], 'Tasks'],
    ['Task', 'What', 'WhatId', ACTIVITY_WHAT, 'Tasks'],
    ['Task', 'Account', 'AccountId', ['Account'], null],
    ['Event', 'Who', 'WhoId', ['Contact', 'Lead'], 'Events'],
    ['Event', 'What', 'WhatId', ACTIVITY_WHAT, 'Events'],
    ['Event', 'Account', 'AccountId', ['Account'], null],
    ['Lead', 'ConvertedAccount', 'ConvertedAccountId', ['Account'], null],
    ['Account', 'Parent', 'ParentId', ['Account'], 'ChildAccounts']
];

/** A custom field as read from a `.field-meta.xml` file. */
export interface CustomFieldDefinition {
    object: string;
    fullName: string;
    type: string;
    referenceTo?: string | undefined;
    relationshipName?: string | undefined;
}

function objectSchema(schema: Schema, name: string): ObjectSchema {
    let object = schema.get(name);
    if (!object) {
        object = { name, fields: new Set(COMMON), parents: new Map(), children: new Map() };
        schema.set(name, object);
    }
    return object;
}

/** Builds the schema from the standard lists and the project's custom field definitions. */
export function buildSchema(customFields: readonly CustomFieldDefinition[]): Schema {
    const schema: Schema = new Map();
    for (const [name, fields] of Object.entries(STANDARD_FIELDS)) {
        const object = objectSchema(schema, name);
        for (const f of fields) object.fields.add(f);
    }
    for (const [name, relationship, field, referenceTo, childName] of STANDARD_RELATIONSHIPS) {
        objectSchema(schema, name).parents.set(relationship, { field, referenceTo });
        if (childName) {
            for (const parent of referenceTo) objectSchema(schema, parent).children.set(childName, { childObject: name, field });
        }
    }
    for (const def of customFields) {
        const object = objectSchema(schema, def.object);
        if (def.object.endsWith('__c')) object.fields.add('Name');
        object.fields.add(def.fullName);
        if ((def.type === 'Lookup' || def.type === 'MasterDetail') && def.referenceTo) {
            object.parents.set(def.fullName.replace(/__c$/, '__r'), { field: def.fullName, referenceTo: [def.referenceTo] });
            if (def.relationshipName) {
                objectSchema(schema, def.referenceTo).children.set(`${def.relationshipName}__r`, {
                    childObject: def.object,
                    field: def.fullName
                });
            }
        }
    }
    return schema;
}
