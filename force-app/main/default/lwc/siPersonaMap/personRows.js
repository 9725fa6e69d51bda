import { formatDay, formatLabel } from 'c/siLdsUtils';
import GRADE from '@salesforce/label/c.SI_Grade';
import LAST_ENGAGED from '@salesforce/label/c.SI_Last_Engaged';
import NEVER_ENGAGED from '@salesforce/label/c.SI_Never_Engaged';
import NO_TITLE from '@salesforce/label/c.SI_No_Title';
import SELECT_PERSON from '@salesforce/label/c.SI_Select_Person';
/** The badge classes of each engagement grade. */
export const GRADE_CLASS = {
    A: 'slds-badge slds-theme_success',
    B: 'slds-badge slds-badge_lightest',
    C: 'slds-badge',
    D: 'slds-badge slds-badge_inverse'
};
export function personRow(person, selected) {
    return {
        id: person.id,
        name: person.name,
        title: person.title ?? NO_TITLE,
        gradeText: formatLabel(GRADE, person.grade),
        gradeClass: GRADE_CLASS[person.grade] ?? 'slds-badge',
        lastEngagedText: person.lastEngagedDate
            ? formatLabel(LAST_ENGAGED, formatDay(person.lastEngagedDate))
            : NEVER_ENGAGED,
        isLead: person.type === 'Lead',
        optedOut: person.optedOut,
        selected: selected.has(person.id),
        selectLabel: formatLabel(SELECT_PERSON, person.name)
    };
}
