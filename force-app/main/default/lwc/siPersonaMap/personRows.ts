// View rows for people (shared by the persona map and contacts to reach through the panel's data).
import type { PersonInsight } from 'c/siEngine';
import { formatDay, formatLabel } from 'c/siLdsUtils';
import GRADE from '@salesforce/label/c.SI_Grade';
import LAST_ENGAGED from '@salesforce/label/c.SI_Last_Engaged';
import NEVER_ENGAGED from '@salesforce/label/c.SI_Never_Engaged';
import NO_TITLE from '@salesforce/label/c.SI_No_Title';
import SELECT_PERSON from '@salesforce/label/c.SI_Select_Person';

export interface PersonRow {
    id: string;
    name: string;
    title: string;
    gradeText: string;
    gradeClass: string;
    lastEngagedText: string;
    isLead: boolean;
    optedOut: boolean;
    selected: boolean;
    selectLabel: string;
}

/** The badge classes of each engagement grade. */
export const GRADE_CLASS: Readonly<Record<string, string>> = {
    A: 'slds-badge slds-theme_success',
    B: 'slds-badge slds-badge_lightest',
    C: 'slds-badge',
    D: 'slds-badge slds-badge_inverse'
};

export function personRow(person: PersonInsight, selected: ReadonlySet<string>): PersonRow {
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
