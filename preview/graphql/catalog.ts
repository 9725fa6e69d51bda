// The objects the preview's UI API GraphQL stand-in knows, before any user's permissions: the objects the
// sample data holds, their standard fields with their UI API data types and their relationships
// (hand-listed from the Salesforce object reference), and the project's custom objects, fields and
// relationships (read from `force-app/main/default/objects/**`). `schema.ts` turns a catalog, narrowed to
// what a permission set can read (`permissions.ts`), into the graphql-js schema every query is validated
// against: a query naming anything else fails, as it would in an org.

/**
 * A field's UI API data type: the `<Kind>Value` type of its `{ value displayValue }` wrapper, the
 * `<Kind>Operators` of its filters and the `<Kind>Aggregate` of its aggregates.
 */
export type FieldKind =
    | 'ID'
    | 'String'
    | 'TextArea'
    | 'LongTextArea'
    | 'Email'
    | 'Url'
    | 'PhoneNumber'
    | 'Picklist'
    | 'MultiPicklist'
    | 'Boolean'
    | 'Int'
    | 'Double'
    | 'Currency'
    | 'Percent'
    | 'Date'
    | 'DateTime';

export const FIELD_KINDS: readonly FieldKind[] = [
    'ID',
    'String',
    'TextArea',
    'LongTextArea',
    'Email',
    'Url',
    'PhoneNumber',
    'Picklist',
    'MultiPicklist',
    'Boolean',
    'Int',
    'Double',
    'Currency',
    'Percent',
    'Date',
    'DateTime'
];

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
    /** Field API name to its data type (`Id` included). */
    fields: Map<string, FieldKind>;
    parents: Map<string, ParentRelationship>;
    children: Map<string, ChildRelationship>;
}

export type Catalog = Map<string, ObjectSchema>;

const COMMON: Record<string, FieldKind> = {
    Id: 'ID',
    CreatedDate: 'DateTime',
    CreatedById: 'ID',
    LastModifiedDate: 'DateTime',
    LastModifiedById: 'ID',
    SystemModstamp: 'DateTime',
    IsDeleted: 'Boolean'
};

/** Standard fields per object (the subset an insight query can reasonably ask for) and their types. */
const STANDARD_FIELDS: Record<string, Record<string, FieldKind>> = {
    Account: {
        OwnerId: 'ID',
        Name: 'String',
        Website: 'Url',
        Industry: 'Picklist',
        NumberOfEmployees: 'Int',
        AnnualRevenue: 'Currency',
        Type: 'Picklist',
        Description: 'LongTextArea',
        Phone: 'PhoneNumber',
        BillingStreet: 'TextArea',
        BillingCity: 'String',
        BillingState: 'String',
        BillingPostalCode: 'String',
        BillingCountry: 'String',
        ShippingCountry: 'String',
        ShippingState: 'String',
        ShippingCity: 'String',
        ParentId: 'ID',
        Rating: 'Picklist',
        Ownership: 'Picklist',
        Sic: 'String',
        AccountSource: 'Picklist',
        LastActivityDate: 'Date'
    },
    Contact: {
        OwnerId: 'ID',
        AccountId: 'ID',
        FirstName: 'String',
        LastName: 'String',
        Name: 'String',
        Salutation: 'Picklist',
        Title: 'String',
        Department: 'String',
        Email: 'Email',
        Phone: 'PhoneNumber',
        MobilePhone: 'PhoneNumber',
        HasOptedOutOfEmail: 'Boolean',
        DoNotCall: 'Boolean',
        LeadSource: 'Picklist',
        MailingCountry: 'String',
        MailingState: 'String',
        MailingCity: 'String',
        LastActivityDate: 'Date',
        ReportsToId: 'ID'
    },
    Lead: {
        OwnerId: 'ID',
        FirstName: 'String',
        LastName: 'String',
        Name: 'String',
        Company: 'String',
        Title: 'String',
        Email: 'Email',
        Phone: 'PhoneNumber',
        Website: 'Url',
        Status: 'Picklist',
        LeadSource: 'Picklist',
        Industry: 'Picklist',
        HasOptedOutOfEmail: 'Boolean',
        IsConverted: 'Boolean',
        ConvertedDate: 'Date',
        ConvertedAccountId: 'ID',
        ConvertedContactId: 'ID',
        Country: 'String',
        State: 'String',
        City: 'String',
        NumberOfEmployees: 'Int',
        AnnualRevenue: 'Currency',
        LastActivityDate: 'Date'
    },
    Campaign: {
        OwnerId: 'ID',
        Name: 'String',
        Type: 'Picklist',
        Status: 'Picklist',
        StartDate: 'Date',
        EndDate: 'Date',
        IsActive: 'Boolean',
        ParentId: 'ID',
        NumberOfContacts: 'Int',
        NumberOfLeads: 'Int',
        NumberOfResponses: 'Int'
    },
    CampaignMember: {
        CampaignId: 'ID',
        ContactId: 'ID',
        LeadId: 'ID',
        Status: 'Picklist',
        HasResponded: 'Boolean',
        FirstRespondedDate: 'Date',
        Name: 'String',
        Type: 'String'
    },
    Opportunity: {
        OwnerId: 'ID',
        AccountId: 'ID',
        Name: 'String',
        StageName: 'Picklist',
        Amount: 'Currency',
        CloseDate: 'Date',
        IsClosed: 'Boolean',
        IsWon: 'Boolean',
        Type: 'Picklist',
        Probability: 'Percent',
        ForecastCategory: 'Picklist',
        LeadSource: 'Picklist',
        FiscalYear: 'Int',
        FiscalQuarter: 'Int',
        NextStep: 'String',
        Description: 'LongTextArea'
    },
    Task: {
        OwnerId: 'ID',
        WhoId: 'ID',
        WhatId: 'ID',
        AccountId: 'ID',
        Subject: 'String',
        ActivityDate: 'Date',
        CompletedDateTime: 'DateTime',
        Status: 'Picklist',
        Priority: 'Picklist',
        Type: 'Picklist',
        TaskSubtype: 'Picklist',
        IsClosed: 'Boolean',
        Description: 'LongTextArea',
        CallType: 'Picklist',
        CallDurationInSeconds: 'Int',
        IsArchived: 'Boolean'
    },
    Event: {
        OwnerId: 'ID',
        WhoId: 'ID',
        WhatId: 'ID',
        AccountId: 'ID',
        Subject: 'String',
        ActivityDate: 'Date',
        ActivityDateTime: 'DateTime',
        StartDateTime: 'DateTime',
        EndDateTime: 'DateTime',
        DurationInMinutes: 'Int',
        Type: 'Picklist',
        EventSubtype: 'Picklist',
        Location: 'String',
        Description: 'LongTextArea',
        IsAllDayEvent: 'Boolean',
        IsArchived: 'Boolean'
    }
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
    /** Required fields carry no field permissions: they are readable with their object. */
    required?: boolean | undefined;
}

/** The UI API data type of a custom field's metadata `<type>`; unknown types are an error naming the field. */
export function customFieldKind(def: CustomFieldDefinition): FieldKind {
    const kinds: Record<string, FieldKind> = {
        Text: 'String',
        AutoNumber: 'String',
        TextArea: 'TextArea',
        LongTextArea: 'LongTextArea',
        Html: 'LongTextArea',
        Email: 'Email',
        Url: 'Url',
        Phone: 'PhoneNumber',
        Picklist: 'Picklist',
        MultiselectPicklist: 'MultiPicklist',
        Checkbox: 'Boolean',
        // A custom Number is a double in every API, whatever its scale.
        Number: 'Double',
        Currency: 'Currency',
        Percent: 'Percent',
        Date: 'Date',
        DateTime: 'DateTime',
        Lookup: 'ID',
        MasterDetail: 'ID'
    };
    const kind = kinds[def.type];
    if (!kind)
        throw new Error(
            `${def.object}.${def.fullName}: field type ${def.type} is not known to the preview's GraphQL schema`
        );
    return kind;
}

function objectSchema(catalog: Catalog, name: string): ObjectSchema {
    let object = catalog.get(name);
    if (!object) {
        object = { name, fields: new Map(Object.entries(COMMON)), parents: new Map(), children: new Map() };
        catalog.set(name, object);
    }
    return object;
}

/**
 * Builds the catalog from the standard lists and the project's custom field definitions. Custom
 * metadata types (`__mdt`) are left out: the UI API GraphQL API does not serve them (the panel reads
 * its configuration through Apex).
 */
export function buildCatalog(customFields: readonly CustomFieldDefinition[]): Catalog {
    const catalog: Catalog = new Map();
    for (const [name, fields] of Object.entries(STANDARD_FIELDS)) {
        const object = objectSchema(catalog, name);
        for (const [f, kind] of Object.entries(fields)) object.fields.set(f, kind);
    }
    for (const [name, relationship, field, referenceTo, childName] of STANDARD_RELATIONSHIPS) {
        objectSchema(catalog, name).parents.set(relationship, { field, referenceTo });
        if (childName) {
            for (const parent of referenceTo)
                objectSchema(catalog, parent).children.set(childName, { childObject: name, field });
        }
    }
    for (const def of customFields) {
        if (def.object.endsWith('__mdt')) continue;
        const object = objectSchema(catalog, def.object);
        if (def.object.endsWith('__c')) object.fields.set('Name', 'String');
        object.fields.set(def.fullName, customFieldKind(def));
        if ((def.type === 'Lookup' || def.type === 'MasterDetail') && def.referenceTo) {
            object.parents.set(def.fullName.replace(/__c$/, '__r'), {
                field: def.fullName,
                referenceTo: [def.referenceTo]
            });
            if (def.relationshipName) {
                objectSchema(catalog, def.referenceTo).children.set(`${def.relationshipName}__r`, {
                    childObject: def.object,
                    field: def.fullName
                });
            }
        }
    }
    return catalog;
}
