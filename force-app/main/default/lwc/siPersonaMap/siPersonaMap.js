// Persona map: personas by importance (Strong, Moderate, Weak), the people in each ordered as the engine
// ordered them, with grade, title and last engagement; personas with nobody are flagged as gaps; people
// who fit no persona are listed last. People are selectable when the panel allows adding to Outreach.
// Each persona (and Other) lists its `peopleShown` most engaged people, plus anyone selected, and a
// "Show N more" button lists the rest: a rep sees who matters first, and a large account renders fast.
import { LightningElement, api } from 'lwc';
import { PERSONA_IMPORTANCES } from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import { personRow } from './personRows';
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
const IMPORTANCE_LABELS = {
    Strong: STRONG,
    Moderate: MODERATE,
    Weak: WEAK
};
/** The key of the "Other people" group (persona keys are custom metadata DeveloperNames, never this). */
const OTHER_KEY = '__other';
const DEFAULT_SHOWN = 5;
/**
 * The last view of each persona map and the inputs it was built from. Kept outside the component:
 * LWC makes every class field reactive, and writing one while rendering would schedule another render.
 */
const VIEWS = new WeakMap();
export default class SiPersonaMap extends LightningElement {
    @api
    personaMap = null;
    @api
    people = [];
    @api
    selectable = false;
    @api
    selectedIds = [];
    /** How many people each persona lists before "Show N more" (the most engaged first). */
    @api
    peopleShown = DEFAULT_SHOWN;
    shownAccountId = undefined;
    /**
     * The account whose people are shown. Lightning Experience can reuse a record page, and this component
     * with it, for another account: the groups the rep opened (and people kept listed) belong to the former
     * account, so a new account starts with every group collapsed.
     */
    @api
    get accountId() {
        return this.shownAccountId;
    }
    set accountId(value) {
        if (value === this.shownAccountId)
            return;
        if (this.shownAccountId !== undefined) {
            this.expandedKeys = [];
            this.keptIds = [];
        }
        this.shownAccountId = value;
    }
    heading = TITLE;
    gapLabel = GAP;
    leadLabel = LEAD;
    optedOutLabel = OPTED_OUT;
    /** Keys of the groups the rep expanded (reassigned, never mutated, so the template re-renders). */
    expandedKeys = [];
    /**
     * People the rep unselected while their group is collapsed: they stay listed (their checkbox keeps the
     * keyboard focus) until the rep shows more or fewer.
     */
    keptIds = [];
    /** Built once per change of its inputs, not on every getter call of a render (see VIEWS). */
    get view() {
        const inputs = [this.personaMap, this.people, this.selectedIds, this.peopleShown, this.expandedKeys, this.keptIds];
        const cached = VIEWS.get(this);
        if (cached && inputs.every((value, i) => value === cached.inputs[i]))
            return cached.sections;
        const sections = this.buildView();
        VIEWS.set(this, { inputs, sections });
        return sections;
    }
    buildView() {
        const byId = new Map();
        for (const person of this.people ?? [])
            byId.set(person.id, person);
        const selected = new Set(this.selectedIds ?? []);
        const expanded = new Set(this.expandedKeys);
        const kept = new Set(this.keptIds);
        const shown = Number(this.peopleShown);
        const limit = Number.isFinite(shown) && shown >= 1 ? Math.floor(shown) : DEFAULT_SHOWN;
        const group = (key, label, gap, ids, showLabel = true) => {
            const isExpanded = expanded.has(key);
            const people = [];
            let known = 0;
            for (const id of ids) {
                const person = byId.get(id);
                if (!person)
                    continue;
                known++;
                // Selected people, and people just unselected (keptIds), stay listed when the group is collapsed.
                if (isExpanded || people.length < limit || selected.has(id) || kept.has(id))
                    people.push(personRow(person, selected));
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
        const sections = PERSONA_IMPORTANCES.map((importance) => ({
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
    get sections() {
        return this.view;
    }
    handleSelect(event) {
        const input = event.target;
        const id = input.dataset.id;
        if (!id)
            return;
        if (!input.checked && !this.keptIds.includes(id))
            this.keptIds = [...this.keptIds, id];
        this.dispatchEvent(new CustomEvent('selectionchange', { detail: { id, selected: input.checked } }));
    }
    handleToggle(event) {
        const key = event.currentTarget.dataset.key;
        if (!key)
            return;
        this.expandedKeys = this.expandedKeys.includes(key)
            ? this.expandedKeys.filter((k) => k !== key)
            : [...this.expandedKeys, key];
        this.keptIds = [];
    }
}
