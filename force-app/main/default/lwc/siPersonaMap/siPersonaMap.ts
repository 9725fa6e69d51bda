// Persona map: personas by importance (Strong, Moderate, Weak), the people in each ordered as the engine
// ordered them, with grade, title and last engagement; personas with nobody are flagged as gaps; people
// who fit no persona are listed last. People are selectable when the panel allows adding to Outreach.
// Each persona (and Other) lists its `peopleShown` most engaged people, plus anyone selected, and a
// "Show N more" button lists the rest: a rep sees who matters first, and a large account renders fast.
import { LightningElement, api } from 'lwc';
import { PERSONA_IMPORTANCES, type PersonaImportance, type PersonaMapResult, type PersonInsight } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import { personRow, type PersonRow } from './personRows';
import TITLE from '@salesforce/label/c.SI_Persona_Map';
import GAP from '@salesforce/label/c.SI_Gap';
import OTHER_PEOPLE from '@salesforce/label/c.SI_Other_People';
import LEAD from '@salesforce/label/c.SI_Lead';
import OPTED_OUT from '@salesforce/label/c.SI_Opted_Out';
import STRONG from '@salesforce/label/c.SI_Importance_Strong';
import MODERATE from '@salesforce/label/c.SI_Importance_Moderate';
import WEAK from '@salesforce/label/c.SI_Importance_Weak';
import SHOW_MORE from '@salesforce/label/c.SI_Show_More_People';
import SHOW_FEWER from '@salesforce/label/c.SI_Show_Fewer_People';
import SHOW_ASSISTIVE from '@salesforce/label/c.SI_Show_People_Assistive';

const IMPORTANCE_LABELS: Readonly<Record<PersonaImportance, string>> = {
    Strong: STRONG,
    Moderate: MODERATE,
    Weak: WEAK
};
/** The key of the "Other people" group (persona keys are custom metadata DeveloperNames, never this). */
const OTHER_KEY = '__other';
const DEFAULT_SHOWN = 5;

/** A persona's (or Other's) people as listed: the first ones, or all of them when expanded. */
export interface PeopleGroup {
    key: string;
    label: string;
    gap: boolean;
    people: PersonRow[];
    /** People of the group not listed now (0 when expanded or when all fit). */
    hiddenCount: number;
    /** Whether the group has a show more / fewer button: people are hidden, or it is expanded beyond `peopleShown`. */
    canToggle: boolean;
    /** Id of the group's list, which its show more / fewer button controls. */
    listId: string;
    /** The persona's own heading (the Other group has only its section heading). */
    showLabel: boolean;
    /** `aria-expanded` of the toggle, as the attribute's text. */
    ariaExpanded: 'true' | 'false';
    toggleText: string;
    toggleAssistiveText: string;
}

/** Personas of one importance, or the Other people (key `OTHER_KEY`, one group without its own heading), under one heading. */
interface Section {
    key: string;
    heading: string;
    className: string;
    gridClassName: string;
    personas: PeopleGroup[];
}

/**
 * The last view of each persona map and the inputs it was built from. Kept outside the component:
 * LWC makes every class field reactive, and writing one while rendering would schedule another render.
 */
const VIEWS = new WeakMap<object, { inputs: readonly unknown[]; sections: Section[] }>();

export default class SiPersonaMap extends LightningElement {
    @api personaMap: PersonaMapResult | null = null;
    @api people: PersonInsight[] = [];
    @api selectable = false;
    @api selectedIds: string[] = [];
    /** How many people each persona lists before "Show N more" (the most engaged first). */
    @api peopleShown: number = DEFAULT_SHOWN;

    private shownAccountId: string | undefined = undefined;

    /**
     * The account whose people are shown. Lightning Experience can reuse a record page, and this component
     * with it, for another account: the groups the rep opened (and people kept listed) belong to the former
     * account, so a new account starts with every group collapsed.
     */
    @api
    get accountId(): string | undefined {
        return this.shownAccountId;
    }
    set accountId(value: string | undefined) {
        if (value === this.shownAccountId) return;
        if (this.shownAccountId !== undefined) {
            this.expandedKeys = [];
            this.keptIds = [];
        }
        this.shownAccountId = value;
    }

    readonly heading = TITLE;
    readonly gapLabel = GAP;
    readonly leadLabel = LEAD;
    readonly optedOutLabel = OPTED_OUT;

    /** Keys of the groups the rep expanded (reassigned, never mutated, so the template re-renders). */
    expandedKeys: readonly string[] = [];
    /**
     * People the rep unselected while their group is collapsed: they stay listed (their checkbox keeps the
     * keyboard focus) until the rep shows more or fewer.
     */
    keptIds: readonly string[] = [];

    /** Built once per change of its inputs, not on every getter call of a render (see VIEWS). */
    private get view(): Section[] {
        const inputs = [this.personaMap, this.people, this.selectedIds, this.peopleShown, this.expandedKeys, this.keptIds];
        const cached = VIEWS.get(this);
        if (cached && inputs.every((value, i) => value === cached.inputs[i])) return cached.sections;
        const sections = this.buildView();
        VIEWS.set(this, { inputs, sections });
        return sections;
    }

    private buildView(): Section[] {
        const byId = new Map<string, PersonInsight>();
        for (const person of this.people ?? []) byId.set(person.id, person);
        const selected = new Set(this.selectedIds ?? []);
        const expanded = new Set(this.expandedKeys);
        const kept = new Set(this.keptIds);
        const shown = Number(this.peopleShown);
        const limit = Number.isFinite(shown) && shown >= 1 ? Math.floor(shown) : DEFAULT_SHOWN;

        const group = (
            key: string,
            label: string,
            gap: boolean,
            ids: readonly string[],
            showLabel = true
        ): PeopleGroup => {
            const isExpanded = expanded.has(key);
            const people: PersonRow[] = [];
            let known = 0;
            for (const id of ids) {
                const person = byId.get(id);
                if (!person) continue;
                known++;
                // Selected people, and people just unselected (keptIds), stay listed when the group is collapsed.
                if (isExpanded || people.length < limit || selected.has(id) || kept.has(id)) people.push(personRow(person, selected));
            }
            const hiddenCount = known - people.length;
            return {
                key,
                label,
                gap,
                people,
                hiddenCount,
                canToggle: isExpanded ? known > limit : hiddenCount > 0,
                listId: `si-people-${key}`,
                showLabel,
                ariaExpanded: isExpanded ? 'true' : 'false',
                toggleText: isExpanded ? SHOW_FEWER : formatLabel(SHOW_MORE, hiddenCount),
                toggleAssistiveText: formatLabel(SHOW_ASSISTIVE, label)
            };
        };

        const personas = this.personaMap?.personas ?? [];
        const sections: Section[] = PERSONA_IMPORTANCES.map((importance) => ({
            key: importance,
            heading: IMPORTANCE_LABELS[importance],
            className: 'si-importance slds-m-bottom_small',
            gridClassName: 'si-persona-grid',
            personas: personas
                .filter((p) => p.importance === importance)
                .map((p) => group(p.key, p.label, p.gap, p.people))
        })).filter((section) => section.personas.length > 0);
        const other = group(OTHER_KEY, OTHER_PEOPLE, false, this.personaMap?.other ?? [], false);
        if (other.people.length + other.hiddenCount > 0) {
            sections.push({
                key: OTHER_KEY,
                heading: OTHER_PEOPLE,
                className: 'si-importance si-other slds-m-bottom_small',
                gridClassName: 'si-persona-grid si-persona-grid_single',
                personas: [other]
            });
        }
        return sections;
    }

    get sections(): Section[] {
        return this.view;
    }

    handleSelect(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.id;
        if (!id) return;
        if (!input.checked && !this.keptIds.includes(id)) this.keptIds = [...this.keptIds, id];
        this.dispatchEvent(new CustomEvent('selectionchange', { detail: { id, selected: input.checked } }));
    }

    handleToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        if (!key) return;
        this.expandedKeys = this.expandedKeys.includes(key)
            ? this.expandedKeys.filter((k) => k !== key)
            : [...this.expandedKeys, key];
        this.keptIds = [];
    }
}
