// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDay } from '../../force-app/main/default/lwc/siEngine/siEngine';
import {
    DATA_AS_OF_FILE,
    DataAsOfError,
    SAMPLE_AS_OF,
    addDays,
    dataAsOfJson,
    daysBetween,
    localToday,
    readDataAsOf,
    shiftDateValue,
    shiftRecordDates
} from '../asOf';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-as-of-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('days between dates', () => {
    it('counts calendar days across month ends, leap days and years', () => {
        expect(daysBetween('2026-11-02', '2026-11-02')).toBe(0);
        expect(daysBetween('2026-11-02', '2026-12-02')).toBe(30);
        expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
        expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
        expect(daysBetween('2030-01-01', '2026-11-02')).toBe(-1156);
        expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
        expect(addDays('2026-11-02', -1156)).toBe('2023-09-03');
        expect(addDays(SAMPLE_AS_OF, daysBetween(SAMPLE_AS_OF, '2031-05-17'))).toBe('2031-05-17');
    });

    it('rejects what is not a real YYYY-MM-DD', () => {
        expect(() => daysBetween('2027-02-29', '2027-03-01')).toThrow('asOf is not a real date: 2027-02-29');
        expect(() => addDays('tomorrow', 1)).toThrow('asOf must be a date as YYYY-MM-DD');
    });

    it("today is the machine's calendar date, not the UTC one", () => {
        // 23:30 local time on 31 December: still that day, whatever the zone.
        expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
        expect(localToday(new Date(2028, 1, 29, 0, 5))).toBe('2028-02-29');
    });
});

describe('shiftDateValue', () => {
    it('moves dates and date/times, keeping their format, time of day and zone', () => {
        expect(shiftDateValue('2026-11-02', 30)).toBe('2026-12-02');
        expect(shiftDateValue('2026-11-02T14:05:00.000Z', 30)).toBe('2026-12-02T14:05:00.000Z');
        expect(shiftDateValue('2026-11-02T14:05:00.000+0000', -366)).toBe('2025-11-01T14:05:00.000+0000');
        expect(shiftDateValue('2026-11-02T23:30:00-05:00', 1)).toBe('2026-11-03T23:30:00-05:00');
        expect(shiftDateValue('2026-11-02T08:00', 1)).toBe('2026-11-03T08:00');
        expect(shiftDateValue('2028-02-28', 1)).toBe('2028-02-29');
    });

    it("moves a date/time's UTC date (the day the engine counts) by exactly the days", () => {
        for (const value of [
            '2026-11-02T23:30:00.000-0500',
            '2026-11-02T00:10:00.000+1400',
            '2028-02-29T12:00:00.000Z'
        ]) {
            for (const days of [-1000, -1, 1, 59, 1156]) {
                expect(parseDay(shiftDateValue(value, days))).toBe((parseDay(value) as number) + days);
            }
        }
    });

    it('leaves everything else alone', () => {
        for (const value of [
            '',
            'Acme',
            '2026-11',
            '2026-13-01',
            '2027-02-29',
            '2026-11-02 is the day',
            '001000000000001AAA',
            '20261102'
        ]) {
            expect(shiftDateValue(value, 5)).toBeNull();
        }
    });
});

describe('shiftRecordDates', () => {
    it('moves every date-valued field of a record and its nested child records, and nothing else', () => {
        const record = {
            attributes: { type: 'Account', referenceId: '2026-11-02' },
            Id: '001000000000001AAA',
            Name: 'Acme 2026-11',
            NumberOfEmployees: 300,
            SI_Qualified__c: true,
            SI_Qualified_Start_Date__c: '2026-08-17',
            LastActivityDate: '2026-11-01',
            CreatedDate: '2024-01-31T10:00:00.000+0000',
            Description: null,
            Contacts: {
                records: [
                    {
                        attributes: { type: 'Contact', referenceId: 'C1' },
                        LastName: 'Li',
                        LastModifiedDate: '2026-10-30T09:00:00.000Z'
                    }
                ]
            }
        };
        expect(shiftRecordDates(record, 31)).toBe(4);
        expect(record).toEqual({
            attributes: { type: 'Account', referenceId: '2026-11-02' },
            Id: '001000000000001AAA',
            Name: 'Acme 2026-11',
            NumberOfEmployees: 300,
            SI_Qualified__c: true,
            SI_Qualified_Start_Date__c: '2026-09-17',
            LastActivityDate: '2026-12-02',
            CreatedDate: '2024-03-02T10:00:00.000+0000',
            Description: null,
            Contacts: {
                records: [
                    {
                        attributes: { type: 'Contact', referenceId: 'C1' },
                        LastName: 'Li',
                        LastModifiedDate: '2026-11-30T09:00:00.000Z'
                    }
                ]
            }
        });
    });

    it('moves nothing by 0 days', () => {
        const record = { ActivityDate: '2026-11-01' };
        expect(shiftRecordDates(record, 0)).toBe(0);
        expect(record).toEqual({ ActivityDate: '2026-11-01' });
    });
});

describe('the data folder as-of file', () => {
    it('is written and read back', () => {
        const dir = folder({ [DATA_AS_OF_FILE]: dataAsOfJson('2028-02-29') });
        expect(readDataAsOf(dir)).toBe('2028-02-29');
        expect(JSON.parse(dataAsOfJson(SAMPLE_AS_OF))).toEqual({
            asOf: SAMPLE_AS_OF,
            about: expect.stringContaining('npm run generate:data -- --as-of')
        });
    });

    it('is optional (an org export has none)', () => {
        expect(readDataAsOf(folder({ 'Account.json': '{"records":[]}' }))).toBeNull();
    });

    it('names the file and the problem when it is broken', () => {
        const bad = (content: string): unknown => {
            try {
                readDataAsOf(folder({ [DATA_AS_OF_FILE]: content }));
                return null;
            } catch (e) {
                return e;
            }
        };
        const problem = (content: string): string => {
            const e = bad(content);
            expect(e).toBeInstanceOf(DataAsOfError);
            return (e as Error).message;
        };
        expect(problem('{')).toMatch(new RegExp(`${DATA_AS_OF_FILE}: not valid JSON`));
        expect(problem('{"asOf":"2027-02-29"}')).toMatch(
            new RegExp(`${DATA_AS_OF_FILE}: "asOf" asOf is not a real date: 2027-02-29`)
        );
        expect(problem('{"date":"2026-11-02"}')).toMatch(
            new RegExp(`${DATA_AS_OF_FILE}: "asOf" asOf must be a date as YYYY-MM-DD`)
        );
        expect(() => dataAsOfJson('soon')).toThrow('asOf must be a date as YYYY-MM-DD');
    });
});
