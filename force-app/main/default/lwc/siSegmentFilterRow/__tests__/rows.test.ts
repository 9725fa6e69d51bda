// The builder's rows and the definitions they make: each operator's condition, a round trip through a stored
// definition, the fields offered from what object info shows, and the problems worded per filter.
import { checkDefinition, SegmentDefinitionError } from 'c/siSegments';
import {
    definitionToRows,
    describeProblem,
    fallbackLabel,
    fieldOptions,
    newRow,
    operatorOptions,
    rowsToDefinition,
    rowToCondition,
    withField,
    type FilterRow
} from 'c/siSegmentFilterRow';

const row = (changes: Partial<FilterRow>): FilterRow => ({ ...newRow(changes.field), ...changes });

describe('rowToCondition', () => {
    it('takes the ticked values of a field with known values, the typed ones of a free field', () => {
        expect(
            rowToCondition(row({ field: 'SI_Profile_Fit_Band__c', op: 'in', picked: ['Strong'], text: 'x' }))
        ).toEqual({
            field: 'SI_Profile_Fit_Band__c',
            op: 'in',
            values: ['Strong']
        });
        expect(rowToCondition(row({ field: 'BillingCountry', op: 'notIn', text: ' Germany, ,France ' }))).toEqual({
            field: 'BillingCountry',
            op: 'notIn',
            values: ['Germany', 'France']
        });
    });

    it('reads numbers, ranges and true/false, and leaves a non-number as typed for the check to name', () => {
        expect(rowToCondition(row({ field: 'NumberOfEmployees', op: 'gte', text: '500' }))).toEqual({
            field: 'NumberOfEmployees',
            op: 'gte',
            value: 500
        });
        expect(
            rowToCondition(row({ field: 'AnnualRevenue', op: 'between', text: '1e6', text2: '5000000' })).values
        ).toEqual([1e6, 5000000]);
        expect(rowToCondition(row({ field: 'SI_Qualified__c', op: 'is', flag: 'false' })).value).toBe(false);
        const typo = rowToCondition(row({ field: 'NumberOfEmployees', op: 'lte', text: 'lots' }));
        expect(() => checkDefinition({ all: [typo] })).toThrow(SegmentDefinitionError);
    });
});

describe('definitionToRows', () => {
    it('gives back the rows of a definition the builder made', () => {
        const rows = [
            row({ field: 'SI_Buying_Stage__c', op: 'in', picked: ['Decision', 'Purchase'] }),
            row({ field: 'Industry', op: 'in', text: 'Banking, Healthcare' }),
            row({ field: 'NumberOfEmployees', op: 'between', text: '100', text2: '900' }),
            row({ field: 'SI_Qualified__c', op: 'is', flag: 'true' }),
            row({ field: 'OwnerId', op: 'isBlank' })
        ];
        const definition = checkDefinition(rowsToDefinition(rows, 'any'));
        const back = definitionToRows(definition);
        expect(back?.match).toBe('any');
        expect(back && rowsToDefinition(back.rows, back.match)).toEqual(definition);
    });

    it('refuses a definition with nested groups (the builder edits one group)', () => {
        expect(definitionToRows({ all: [{ any: [{ field: 'SI_Qualified__c', op: 'is', value: true }] }] })).toBeNull();
    });
});

describe('fields and operators', () => {
    it('offers only the fields object info shows, with its labels, sorted', () => {
        const options = fieldOptions(new Set(['Industry', 'SI_Buying_Stage__c', 'Name']), { Industry: 'Branche' });
        expect(options).toEqual([
            { value: 'Industry', label: 'Branche' },
            { value: 'SI_Buying_Stage__c', label: 'Buying Stage' }
        ]);
        expect(fieldOptions(null, {}).length).toBeGreaterThan(10);
    });

    it('labels a field without object info from its API name', () => {
        expect(fallbackLabel('SI_Profile_Fit_Band__c')).toBe('Profile Fit Band');
        expect(fallbackLabel('NumberOfEmployees')).toBe('Number Of Employees');
        expect(fallbackLabel('OwnerId')).toBe('Owner');
    });

    it('offers the operators of the field kind and resets the row when the field changes', () => {
        expect(operatorOptions('SI_Qualified__c').map((o) => o.value)).toEqual(['is']);
        expect(operatorOptions('AnnualRevenue').map((o) => o.value)).toContain('between');
        const before = row({ field: 'Industry', op: 'notIn', text: 'Banking' });
        const after = withField(before, 'SI_Qualified__c');
        expect(after).toMatchObject({ key: before.key, field: 'SI_Qualified__c', op: 'is', text: '' });
    });
});

describe('describeProblem', () => {
    it('names the filter by its number and says what to do', () => {
        expect(describeProblem('definition.all[0].values: a list of at least one value')).toBe(
            'Filter 1: choose at least one value'
        );
        expect(describeProblem('definition.any[2].value: a number')).toBe('Filter 3: enter a number');
        expect(describeProblem('definition.all[1].values: [min, max], two numbers')).toBe(
            'Filter 2: enter a minimum and a maximum'
        );
        expect(describeProblem('definition.all[0].values: min 9 is above max 1')).toBe(
            'Filter 1: min 9 is above max 1'
        );
        expect(describeProblem('definition: a group')).toBe('definition: a group');
    });
});
