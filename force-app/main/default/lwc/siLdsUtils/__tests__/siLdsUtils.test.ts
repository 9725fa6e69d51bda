import { formatDay, formatLabel, reduceErrors } from 'c/siLdsUtils';

describe('c-si-lds-utils reduceErrors', () => {
    it('reads wire and Apex error bodies', () => {
        expect(reduceErrors({ body: { message: 'Insufficient access' }, status: 403 })).toEqual(['Insufficient access']);
        expect(reduceErrors({ body: [{ message: 'First' }, { message: 'Second' }] })).toEqual(['First', 'Second']);
        expect(reduceErrors({ body: { pageErrors: [{ message: 'Page error' }] } })).toEqual(['Page error']);
        expect(
            reduceErrors({ body: { message: 'Top', output: { errors: [{ message: 'Record' }], fieldErrors: { Email: [{ message: 'Bad email' }] } } } })
        ).toEqual(['Top', 'Record', 'Bad email']);
    });

    it('reads GraphQL errors, JavaScript errors and strings, de-duplicated', () => {
        expect(reduceErrors([{ message: 'Field Foo__c is undefined' }, new Error('Boom'), 'Plain', 'Plain'])).toEqual([
            'Field Foo__c is undefined',
            'Boom',
            'Plain'
        ]);
    });

    it('never reduces an error to nothing', () => {
        expect(reduceErrors({ status: 500 })).toEqual(['HTTP 500']);
        expect(reduceErrors({ body: {}, statusText: 'Server Error' })).toEqual(['Server Error']);
        expect(reduceErrors({} as never)).toEqual(['Unknown error ([object Object])']);
        expect(reduceErrors([null, undefined])).toEqual([]);
    });
});

describe('c-si-lds-utils formatLabel', () => {
    it('fills placeholders in order and keeps missing ones visible', () => {
        expect(formatLabel('{0} of {1}', 3, 'ten')).toBe('3 of ten');
        expect(formatLabel('{1} before {0}', 'a', 'b')).toBe('b before a');
        expect(formatLabel('Since {0} and {1}', '2025-01-01')).toBe('Since 2025-01-01 and {1}');
    });
});

describe('c-si-lds-utils formatDay', () => {
    it('formats a calendar day without shifting it by the time zone', () => {
        expect(formatDay('2025-01-01', 'en-US')).toBe('Jan 1, 2025');
        expect(formatDay('2025-12-31', 'de-DE')).toBe('31. Dez. 2025');
    });

    it('returns other text unchanged and nothing for no date', () => {
        expect(formatDay('soon')).toBe('soon');
        expect(formatDay(null)).toBe('');
    });
});
