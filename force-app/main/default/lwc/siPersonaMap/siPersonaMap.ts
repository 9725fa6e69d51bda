// Persona map: personas by importance (Strong, Moderate, Weak), the people in each ordered as the engine
// ordered them, with grade, title and last engagement; personas with nobody are flagged as gaps; people
// who fit no persona are listed last. People are selectable when the panel allows adding to Outreach.
import { LightningElement, api } from 'lwc';
import { PERSONA_IMPORTANCES, type PersonaImportance, type PersonaMapResult, type PersonInsight } from 'c/siEngine';
import { personRow, type PersonRow } from './personRows';
import TITLE from '@salesforce/label/c.SI_Persona_Map';
import GAP from '@salesforce/label/c.SI_Gap';
import OTHER_PEOPLE from '@salesforce/label/c.SI_Other_People';
import LEAD from '@salesforce/label/c.SI_Lead';
import OPTED_OUT from '@salesforce/label/c.SI_Opted_Out';
import STRONG from '@salesforce/label/c.SI_Importance_Strong';
import MODERATE from '@salesforce/label/c.SI_Importance_Moderate';
import WEAK from '@salesforce/label/c.SI_Importance_Weak';

const IMPORTANCE_LABELS: Readonly<Record<PersonaImportance, string>> = { Strong: STRONG, Moderate: MODERATE, Weak: WEAK };

interface PersonaGroup {
    key: string;
    label: string;
    gap: boolean;
    people: PersonRow[];
}

interface ImportanceSection {
    key: string;
    heading: string;
    personas: PersonaGroup[];
}

export default class SiPersonaMap extends LightningElement {
    @api personaMap: PersonaMapResult | null = null;
    @api people: PersonInsight[] = [];
    @api selectable = false;
    @api selectedIds: string[] = [];

    readonly heading = TITLE;
    readonly gapLabel = GAP;
    readonly leadLabel = LEAD;
    readonly optedOutLabel = OPTED_OUT;

    private rows(ids: readonly string[]): PersonRow[] {
        const byId = new Map((this.people ?? []).map((p) => [p.id, p]));
        const selected = new Set(this.selectedIds ?? []);
        const rows: PersonRow[] = [];
        for (const id of ids) {
            const person = byId.get(id);
            if (person) rows.push(personRow(person, selected));
        }
        return rows;
    }

    get sections(): ImportanceSection[] {
        const personas = this.personaMap?.personas ?? [];
        return PERSONA_IMPORTANCES.map((importance) => ({
            key: importance,
            heading: IMPORTANCE_LABELS[importance],
            personas: personas
                .filter((p) => p.importance === importance)
                .map((p) => ({ key: p.key, label: p.label, gap: p.gap, people: this.rows(p.people) }))
        })).filter((section) => section.personas.length > 0);
    }

    get otherPeople(): PersonRow[] {
        return this.rows(this.personaMap?.other ?? []);
    }

    get hasOtherPeople(): boolean {
        return this.otherPeople.length > 0;
    }

    get otherHeading(): string {
        return OTHER_PEOPLE;
    }

    handleSelect(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.id;
        if (!id) return;
        this.dispatchEvent(new CustomEvent('selectionchange', { detail: { id, selected: input.checked } }));
    }
}
