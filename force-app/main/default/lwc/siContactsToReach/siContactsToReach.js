// Contacts to reach: the engine's ranked list, each with its reason, persona and grade; selectable when
// the panel allows adding to Outreach.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/siLdsUtils';
import TITLE from '@salesforce/label/c.SI_Contacts_To_Reach';
import NONE from '@salesforce/label/c.SI_No_Contacts_To_Reach';
import GRADE from '@salesforce/label/c.SI_Grade';
import SELECT_PERSON from '@salesforce/label/c.SI_Select_Person';
import OTHER_PEOPLE from '@salesforce/label/c.SI_Other_People';
import LEAD from '@salesforce/label/c.SI_Lead';
import OPTED_OUT from '@salesforce/label/c.SI_Opted_Out';
import NO_TITLE from '@salesforce/label/c.SI_No_Title';
export default class SiContactsToReach extends LightningElement {
    @api
    items = [];
    @api
    people = [];
    @api
    personaMap = null;
    @api
    selectable = false;
    @api
    selectedIds = [];
    heading = TITLE;
    noneLabel = NONE;
    leadLabel = LEAD;
    optedOutLabel = OPTED_OUT;
    get rows() {
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
    get hasRows() {
        return (this.items ?? []).length > 0;
    }
    handleSelect(event) {
        const input = event.target;
        const id = input.dataset.id;
        if (!id)
            return;
        this.dispatchEvent(new CustomEvent('selectionchange', { detail: { id, selected: input.checked } }));
    }
}
