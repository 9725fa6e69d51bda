// The seat audit's rules, directly: days inactive, who is kept and why, which licences go, and the SOQL
// literals (nothing typed by a user reaches a query unchecked).
import { describe, expect, it } from '@jest/globals';
import { daysSince, licencesToRemove, planSeat, planSeats } from '../seats/plan';
import type { SeatHolder } from '../seats/read';
import { toCsv } from '../seats/report';
import { idList, nameList, soqlString } from '../seats/soql';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const daysAgo = (n: number): string => new Date(NOW - n * 86_400_000).toISOString().replace('Z', '+0000');

function holder(overrides: Partial<SeatHolder> = {}): SeatHolder {
    return {
        userId: '005000000000001AAA',
        username: 'u@example.com',
        name: 'U',
        lastLoginDate: daysAgo(200),
        createdDate: daysAgo(1000),
        isRunningUser: false,
        modifyAllData: false,
        permissionSets: [
            {
                assignmentId: '0Pa000000000001AAA',
                permissionSetId: '0PS000000000001AAA',
                name: 'SI_Sales_User',
                expirationDate: null,
                licenseId: '0PL000000000001AAA'
            },
            {
                assignmentId: '0Pa000000000002AAA',
                permissionSetId: '0PS000000000002AAA',
                name: 'SI_View_Only_User',
                expirationDate: null,
                licenseId: null
            }
        ],
        licences: [{ assignmentId: '2LA000000000001AAA', licenseId: '0PL000000000001AAA', developerName: 'Psl' }],
        licencesNeededElsewhere: [],
        ...overrides
    };
}

const options = { days: 180, includeModifyAllData: false, now: NOW };

describe('seat plan', () => {
    it('counts whole days since the last login, in either date-time format', () => {
        expect(daysSince('2026-12-03T11:00:00.000+0000', NOW)).toBe(0);
        expect(daysSince('2026-12-02T12:00:00.000Z', NOW)).toBe(1);
        expect(daysSince('2026-06-06T12:00:00.000+0000', NOW)).toBe(180);
        expect(daysSince('2027-01-01T00:00:00.000Z', NOW)).toBe(0);
        expect(() => daysSince('yesterday', NOW)).toThrow('not a date-time');
    });

    it('revokes after more than --days, not at exactly --days', () => {
        expect(planSeat(holder({ lastLoginDate: daysAgo(180) }), options).decision).toBe('active');
        const plan = planSeat(holder({ lastLoginDate: daysAgo(181) }), options);
        expect(plan.decision).toBe('revoke');
        expect(plan.removePermissionSets).toHaveLength(2);
        expect(plan.removeLicences).toHaveLength(1);
    });

    it('counts a user who never logged in from when the user was created', () => {
        expect(planSeat(holder({ lastLoginDate: null, createdDate: daysAgo(3) }), options)).toMatchObject({
            decision: 'active',
            neverLoggedIn: true,
            daysInactive: 3
        });
        expect(planSeat(holder({ lastLoginDate: null, createdDate: daysAgo(400) }), options).decision).toBe('revoke');
        expect(planSeat(holder({ lastLoginDate: null, createdDate: null }), options).decision).toBe('revoke');
    });

    it('never revokes the running user, and an admin only when asked', () => {
        expect(
            planSeat(holder({ isRunningUser: true, modifyAllData: true }), { ...options, includeModifyAllData: true })
        ).toMatchObject({
            decision: 'kept: running user',
            removePermissionSets: [],
            removeLicences: []
        });
        expect(planSeat(holder({ modifyAllData: true }), options).decision).toBe('kept: Modify All Data');
        expect(planSeat(holder({ modifyAllData: true }), { ...options, includeModifyAllData: true }).decision).toBe(
            'revoke'
        );
    });

    it('keeps a licence another set needs, and every licence while one of the user’s app sets is still assigned', () => {
        expect(planSeat(holder({ licencesNeededElsewhere: ['0PL000000000001AAA'] }), options).removeLicences).toEqual(
            []
        );
        const plan = planSeat(holder(), options);
        expect(licencesToRemove(plan, new Set(['0Pa000000000001AAA', '0Pa000000000002AAA']))).toHaveLength(1);
        expect(licencesToRemove(plan, new Set(['0Pa000000000002AAA']))).toEqual([]);
    });

    it('refuses a negative or fractional --days', () => {
        expect(() => planSeats([holder()], { ...options, days: -1 })).toThrow();
        expect(() => planSeats([holder()], { ...options, days: 1.5 })).toThrow();
    });
});

describe('seat SOQL literals', () => {
    it('quotes a string with SOQL escapes', () => {
        expect(soqlString("o'neil@example.com")).toBe("'o\\'neil@example.com'");
        expect(soqlString('a\\b\n')).toBe("'a\\\\b\\n'");
    });

    it('takes only API names and Ids into IN lists', () => {
        expect(nameList(['SI_Sales_User', 'SI_View_Only_User'], 'permission set')).toBe(
            "('SI_Sales_User','SI_View_Only_User')"
        );
        expect(() => nameList(["SI' OR Name != '"], 'permission set')).toThrow('is not a valid API name');
        expect(idList(['0PS000000000001AAA'])).toBe("('0PS000000000001AAA')");
        expect(() => idList(["0PS' OR Id != '"])).toThrow('is not a record Id');
    });
});

describe('seat report CSV', () => {
    it('quotes a cell a spreadsheet would run as a formula (a user name starting with =, +, - or @)', () => {
        expect(toCsv([{ name: '=HYPERLINK("x")', username: 'a@example.com' }])).toBe(
            'name,username\n"\'=HYPERLINK(""x"")",a@example.com\n'
        );
    });
});
