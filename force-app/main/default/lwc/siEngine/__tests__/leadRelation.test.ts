// leadRelation: why a lead looks like an account's, a match of the lead rule or only a resemblance.
import { describe, expect, it } from '@jest/globals';
import { leadRelation, matchLead, type Account, type Lead } from 'c/siEngine';

const account: Account = { Id: '001A', Name: 'Acme Corporation', Website: 'https://www.acme.com' };

describe('leadRelation', () => {
    it('gives the kind of the lead rule and what of the lead matched', () => {
        expect(leadRelation(account, { Email: 'jane@eu.acme.com', Company: 'Other' })).toEqual({
            kind: 'Email domain',
            matched: true,
            value: 'eu.acme.com'
        });
        expect(leadRelation(account, { Email: 'jane@gmail.com', Website: 'http://acme.com/team' })).toEqual({
            kind: 'Website domain',
            matched: true,
            value: 'acme.com'
        });
        expect(leadRelation(account, { Email: 'jane@gmail.com', Company: 'ACME, Inc.' })).toEqual({
            kind: 'Company name',
            matched: true,
            value: 'ACME, Inc.'
        });
    });

    it('names a resemblance the lead rule does not match', () => {
        expect(leadRelation(account, { Email: 'joe@notacme.com', Company: 'Not Acme' })).toEqual({
            kind: 'Similar email domain',
            matched: false,
            value: 'notacme.com'
        });
        expect(leadRelation(account, { Email: 'joe@gmail.com', Website: 'acme.com.au' })).toEqual({
            kind: 'Similar website domain',
            matched: false,
            value: 'acme.com.au'
        });
        expect(leadRelation(account, { Email: 'joe@acmetech.io', Company: 'Acmetech' })).toEqual({
            kind: 'Similar company name',
            matched: false,
            value: 'Acmetech'
        });
        // Every word of the account's name, in order.
        const twoWords: Account = { Name: 'Northwind Analytics', Website: null };
        expect(leadRelation(twoWords, { Company: 'Northwind Analytics Europe' })?.kind).toBe('Similar company name');
        expect(leadRelation(twoWords, { Company: 'Analytics Northwind' })).toBeNull();
    });

    it('agrees with matchLead on whether the lead counts', () => {
        const leads: Lead[] = [
            { Email: 'a@acme.com' },
            { Email: 'a@gmail.com', Website: 'www.acme.com' },
            { Email: 'a@gmail.com', Company: 'The Acme Corp.' },
            { Email: 'a@notacme.com' },
            { Company: 'Acme Widgets' },
            { Company: 'Globex' }
        ];
        for (const lead of leads) {
            expect(leadRelation(account, lead)?.matched ?? false).toBe(matchLead(account, lead) !== null);
        }
    });

    it('gives nothing for a converted lead, an unrelated one, or a personal address', () => {
        expect(leadRelation(account, { Email: 'a@acme.com', IsConverted: true })).toBeNull();
        expect(leadRelation(account, { Email: 'a@globex.com', Company: 'Globex' })).toBeNull();
        const gmail: Account = { Name: 'Gmail Fans', Website: 'gmail.com' };
        expect(leadRelation(gmail, { Email: 'a@gmail.com', Company: 'Other' })).toBeNull();
        expect(leadRelation({ Name: null, Website: null }, { Email: 'a@acme.com', Company: 'Acme' })).toBeNull();
    });
});
