// Contacts to reach: the engine's ranked list, each with its reason, persona and grade; selectable when
// the panel allows adding to Outreach.
import { LightningElement, api } from 'lwc';
import type { ContactToReach, PersonaMapResult, PersonInsight } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Contacts_To_Reach';
import NONE from '@salesforce/label/c.SI_No_Contacts_To_Reach';
import GRADE from '@salesforce/label/c.SI_Grade';
import SELECT_PERSON from '@salesforce/label/c.SI_Select_Person';
import OTHER_PEOPLE from '@salesforce/label/c.SI_Other_People';
import LEAD from '@salesforce/label/c.SI_Lead';
import OPTED_OUT from '@salesforce/label/c.SI_Opted_Out';
import NO_TITLE from '@salesforce/label/c.SI_No_Title';

interface ReachRow {
    id: string;
    rank: number;
    name: string;
    title: string;
    personaLabel: string;
    gradeText: string;
    reason: string;
    isLead: boolean;
    optedOut: boolean;
    selected: boolean;
    selectLabel: string;
}

export default class SiContactsToReach extends LightningElement {
    @api items: ContactToReach[] = [];
    @api people: PersonInsight[] = [];
    @api personaMap: PersonaMapResult | null = null;
    @api selectable = false;
    @api selectedIds: string[] = [];

    readonly heading = TITLE;
    readonly noneLabel = NONE;
    readonly leadLabel = LEAD;
    readonly optedOutLabel = OPTED_OUT;

    get rows(): ReachRow[] {
        const personas = new Map((this.personaMap?.personas ?? []).map((p) => [p.key, p.label]));
        const people = new Map((this.people ?? []).map((p) => [p.id, p]));
        const selected = new Set(this.selectedIds ?? []);
        return (this.items ?? []).map((item, i) => {
            const person = people.get(item.id);
            return {
                id: item.id,
                rank: i + 1,
                name: item.name,
                title: person?.title ?? NO_TITLE,
                personaLabel: personas.get(item.persona) ?? OTHER_PEOPLE,
                gradeText: formatLabel(GRADE, item.grade),
                reason: item.reason,
                isLead: item.type === 'Lead',
                optedOut: person?.optedOut === true,
                selected: selected.has(item.id),
                selectLabel: formatLabel(SELECT_PERSON, item.name)
            };
        });
    }

    get hasRows(): boolean {
        return (this.items ?? []).length > 0;
    }

    handleSelect(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.id;
        if (!id) return;
        this.dispatchEvent(new CustomEvent('selectionchange', { detail: { id, selected: input.checked } }));
    }
}
