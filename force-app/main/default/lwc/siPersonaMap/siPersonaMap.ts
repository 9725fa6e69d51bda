// Persona map: a compact grid of the personas, most important first, one row each: the persona with its job
// function and seniority, its importance, covered or gap, how many people it has and their best engagement
// grade; the people who fit no persona come last, in one row. A persona's people are listed on demand: its
// row's people button (a disclosure: aria-expanded, aria-controls) opens its list under the row, with each
// person's grade, title and last engagement, selectable when the panel allows adding to Outreach. An open
// list shows its `peopleShown` most engaged people, plus anyone selected, and "Show N more" lists the rest:
// the grid fits a sidebar whatever the account's size, and a large account renders fast.
import { LightningElement, api } from 'lwc';
import {
    PERSONA_IMPORTANCES,
    type EngagementGrade,
    type JobFunction,
    type PersonaImportance,
    type PersonaMapResult,
    type PersonInsight,
    type Seniority
} from 'c/siEngine';
import { formatLabel } from 'c/siLdsUtils';
import { GRADE_CLASS, personRow, type PersonRow } from './personRows';
import TITLE from '@salesforce/label/c.SI_Persona_Map';
import OTHER_PEOPLE from '@salesforce/label/c.SI_Other_People';
import OTHER_HINT from '@salesforce/label/c.SI_Persona_Other_Hint';
import LEAD from '@salesforce/label/c.SI_Lead';
import OPTED_OUT from '@salesforce/label/c.SI_Opted_Out';
import GRADE from '@salesforce/label/c.SI_Grade';
import SELECTED from '@salesforce/label/c.SI_Selected_Count';
import COLUMN_PERSONA from '@salesforce/label/c.SI_Persona_Column_Persona';
import COLUMN_IMPORTANCE from '@salesforce/label/c.SI_Persona_Column_Importance';
import COLUMN_COVERAGE from '@salesforce/label/c.SI_Persona_Column_Coverage';
import COLUMN_BEST_GRADE from '@salesforce/label/c.SI_Persona_Column_Best_Grade';
import COLUMN_PEOPLE from '@salesforce/label/c.SI_Persona_Column_People';
import COVERED from '@salesforce/label/c.SI_Persona_Covered';
import GAP from '@salesforce/label/c.SI_Persona_Gap';
import STRONG from '@salesforce/label/c.SI_Persona_Strong';
import MODERATE from '@salesforce/label/c.SI_Persona_Moderate';
import WEAK from '@salesforce/label/c.SI_Persona_Weak';
import STRONG_LONG from '@salesforce/label/c.SI_Importance_Strong';
import MODERATE_LONG from '@salesforce/label/c.SI_Importance_Moderate';
import WEAK_LONG from '@salesforce/label/c.SI_Importance_Weak';
import SHOW_MORE from '@salesforce/label/c.SI_Show_More_People';
import SHOW_FEWER from '@salesforce/label/c.SI_Show_Fewer_People';
import SHOW_ASSISTIVE from '@salesforce/label/c.SI_Show_People_Assistive';
import FUNCTION_EXECUTIVE from '@salesforce/label/c.SI_Function_Executive';
import FUNCTION_SALES from '@salesforce/label/c.SI_Function_Sales';
import FUNCTION_MARKETING from '@salesforce/label/c.SI_Function_Marketing';
import FUNCTION_ENGINEERING from '@salesforce/label/c.SI_Function_Engineering';
import FUNCTION_IT from '@salesforce/label/c.SI_Function_IT';
import FUNCTION_SECURITY from '@salesforce/label/c.SI_Function_Security';
import FUNCTION_FINANCE from '@salesforce/label/c.SI_Function_Finance';
import FUNCTION_OPERATIONS from '@salesforce/label/c.SI_Function_Operations';
import FUNCTION_PRODUCT from '@salesforce/label/c.SI_Function_Product';
import FUNCTION_HUMAN_RESOURCES from '@salesforce/label/c.SI_Function_Human_Resources';
import FUNCTION_LEGAL from '@salesforce/label/c.SI_Function_Legal';
import FUNCTION_CUSTOMER_SUCCESS from '@salesforce/label/c.SI_Function_Customer_Success';
import FUNCTION_OTHER from '@salesforce/label/c.SI_Function_Other';
import SENIORITY_C_LEVEL from '@salesforce/label/c.SI_Seniority_C_Level';
import SENIORITY_VP from '@salesforce/label/c.SI_Seniority_VP';
import SENIORITY_DIRECTOR from '@salesforce/label/c.SI_Seniority_Director';
import SENIORITY_MANAGER from '@salesforce/label/c.SI_Seniority_Manager';
import SENIORITY_INDIVIDUAL_CONTRIBUTOR from '@salesforce/label/c.SI_Seniority_Individual_Contributor';

const IMPORTANCE_LABELS: Readonly<Record<PersonaImportance, { short: string; long: string }>> = {
    Strong: { short: STRONG, long: STRONG_LONG },
    Moderate: { short: MODERATE, long: MODERATE_LONG },
    Weak: { short: WEAK, long: WEAK_LONG }
};
const FUNCTION_LABELS: Readonly<Record<JobFunction, string>> = {
    Executive: FUNCTION_EXECUTIVE,
    Sales: FUNCTION_SALES,
    Marketing: FUNCTION_MARKETING,
    Engineering: FUNCTION_ENGINEERING,
    IT: FUNCTION_IT,
    Security: FUNCTION_SECURITY,
    Finance: FUNCTION_FINANCE,
    Operations: FUNCTION_OPERATIONS,
    Product: FUNCTION_PRODUCT,
    'Human Resources': FUNCTION_HUMAN_RESOURCES,
    Legal: FUNCTION_LEGAL,
    'Customer Success': FUNCTION_CUSTOMER_SUCCESS,
    Other: FUNCTION_OTHER
};
const SENIORITY_LABELS: Readonly<Record<Seniority, string>> = {
    'C-Level': SENIORITY_C_LEVEL,
    VP: SENIORITY_VP,
    Director: SENIORITY_DIRECTOR,
    Manager: SENIORITY_MANAGER,
    'Individual Contributor': SENIORITY_INDIVIDUAL_CONTRIBUTOR
};

/** The key of the "Other people" row (persona keys are custom metadata DeveloperNames, never this). */
const OTHER_KEY = '__other';
const DEFAULT_SHOWN = 5;

/** One row of the grid: a persona (or the Other people) and, when its people are open, their list. */
export interface PersonaRow {
    key: string;
    label: string;
    /** Job function and seniority (a persona), or whom the Other row holds. */
    detail: string;
    className: string;
    /** Importance, short for the grid's column and long where the grid stacks (narrow); '' for Other. */
    importanceShort: string;
    importanceLong: string;
    /** Whether the row has a coverage (Other has none). */
    hasCoverage: boolean;
    gap: boolean;
    coverageText: string;
    coverageIcon: string;
    coverageVariant: string;
    /** "Grade A" to "Grade D" for the best grade of the row's people, '' with nobody. */
    bestGradeText: string;
    bestGradeClass: string;
    count: number;
    /** "N selected" when some of the row's people are selected, else ''. */
    selectedText: string;
    /** Whether the row has people to open. */
    canOpen: boolean;
    open: boolean;
    /** `aria-expanded` of the people button, as the attribute's text. */
    openExpanded: 'true' | 'false';
    openIcon: string;
    openAssistiveText: string;
    /** Id of the region under the row that lists its people, which the people button controls. */
    regionId: string;
    /** The people listed (only while open): the first ones, or all of them after "Show N more". */
    people: PersonRow[];
    /** People of the open list not listed now (0 when all are, or when closed). */
    hiddenCount: number;
    /** Whether the open list has a show more / fewer button. */
    canToggle: boolean;
    listId: string;
    /** `aria-expanded` of the show more / fewer button. */
    ariaExpanded: 'true' | 'false';
    toggleText: string;
    toggleAssistiveText: string;
}

/**
 * The last view of each persona map and the inputs it was built from. Kept outside the component:
 * LWC makes every class field reactive, and writing one while rendering would schedule another render.
 */
const VIEWS = new WeakMap<object, { inputs: readonly unknown[]; rows: PersonaRow[] }>();

/** The best (lowest letter) grade of the people with these Ids, or null with nobody. */
function bestGrade(ids: readonly string[], byId: ReadonlyMap<string, PersonInsight>): EngagementGrade | null {
    let best: EngagementGrade | null = null;
    for (const id of ids) {
        const grade = byId.get(id)?.grade;
        if (grade && (best === null || grade < best)) best = grade;
    }
    return best;
}

export default class SiPersonaMap extends LightningElement {
    @api personaMap: PersonaMapResult | null = null;
    @api people: PersonInsight[] = [];
    @api selectable = false;
    @api selectedIds: string[] = [];
    /** How many people an open persona lists before "Show N more" (the most engaged first). */
    @api peopleShown: number = DEFAULT_SHOWN;

    private shownAccountId: string | undefined = undefined;

    /**
     * The account whose people are shown. Lightning Experience can reuse a record page, and this component
     * with it, for another account: the personas the rep opened (and people kept listed) belong to the former
     * account, so a new account starts with every persona closed.
     */
    @api
    get accountId(): string | undefined {
        return this.shownAccountId;
    }
    set accountId(value: string | undefined) {
        if (value === this.shownAccountId) return;
        if (this.shownAccountId !== undefined) {
            this.openKeys = [];
            this.expandedKeys = [];
            this.keptIds = [];
        }
        this.shownAccountId = value;
    }

    readonly heading = TITLE;
    readonly leadLabel = LEAD;
    readonly optedOutLabel = OPTED_OUT;
    readonly columns = {
        persona: COLUMN_PERSONA,
        importance: COLUMN_IMPORTANCE,
        coverage: COLUMN_COVERAGE,
        bestGrade: COLUMN_BEST_GRADE,
        people: COLUMN_PEOPLE
    };

    /** Keys of the rows whose people the rep opened (reassigned, never mutated, so the template re-renders). */
    openKeys: readonly string[] = [];
    /** Keys of the open rows the rep asked to list in full ("Show N more"). */
    expandedKeys: readonly string[] = [];
    /**
     * People the rep unselected in an open list beyond its first ones: they stay listed (their checkbox keeps
     * the keyboard focus) until the rep shows more or fewer, or closes the persona.
     */
    keptIds: readonly string[] = [];

    /** Built once per change of its inputs, not on every getter call of a render (see VIEWS). */
    private get view(): PersonaRow[] {
        const inputs = [
            this.personaMap,
            this.people,
            this.selectedIds,
            this.peopleShown,
            this.openKeys,
            this.expandedKeys,
            this.keptIds
        ];
        const cached = VIEWS.get(this);
        if (cached && inputs.every((value, i) => value === cached.inputs[i])) return cached.rows;
        const rows = this.buildView();
        VIEWS.set(this, { inputs, rows });
        return rows;
    }

    private buildView(): PersonaRow[] {
        const byId = new Map<string, PersonInsight>();
        for (const person of this.people ?? []) byId.set(person.id, person);
        const selected = new Set(this.selectedIds ?? []);
        const open = new Set(this.openKeys);
        const expanded = new Set(this.expandedKeys);
        const kept = new Set(this.keptIds);
        const shown = Number(this.peopleShown);
        const limit = Number.isFinite(shown) && shown >= 1 ? Math.floor(shown) : DEFAULT_SHOWN;

        const row = (
            key: string,
            label: string,
            detail: string,
            importance: PersonaImportance | null,
            ids: readonly string[]
        ): PersonaRow => {
            const known = ids.filter((id) => byId.has(id));
            const count = known.length;
            const isOpen = open.has(key) && count > 0;
            const isExpanded = isOpen && expanded.has(key);
            const people: PersonRow[] = [];
            if (isOpen) {
                for (const id of known) {
                    // Selected people, and people just unselected (keptIds), stay listed beyond the first ones.
                    if (isExpanded || people.length < limit || selected.has(id) || kept.has(id)) {
                        people.push(personRow(byId.get(id) as PersonInsight, selected));
                    }
                }
            }
            const hiddenCount = isOpen ? count - people.length : 0;
            const selectedCount = known.reduce((n, id) => (selected.has(id) ? n + 1 : n), 0);
            const grade = bestGrade(known, byId);
            const gap = importance !== null && count === 0;
            return {
                key,
                label,
                detail,
                className: `si-persona${gap ? ' si-persona_gap' : ''}${isOpen ? ' si-persona_open' : ''}`,
                importanceShort: importance ? IMPORTANCE_LABELS[importance].short : '',
                importanceLong: importance ? IMPORTANCE_LABELS[importance].long : '',
                hasCoverage: importance !== null,
                gap,
                coverageText: gap ? GAP : COVERED,
                coverageIcon: gap ? 'utility:warning' : 'utility:success',
                coverageVariant: gap ? 'warning' : 'success',
                bestGradeText: grade ? formatLabel(GRADE, grade) : '',
                bestGradeClass: grade ? (GRADE_CLASS[grade] ?? 'slds-badge') : '',
                count,
                selectedText: selectedCount > 0 ? formatLabel(SELECTED, selectedCount) : '',
                canOpen: count > 0,
                open: isOpen,
                openExpanded: isOpen ? 'true' : 'false',
                openIcon: isOpen ? 'utility:chevrondown' : 'utility:chevronright',
                openAssistiveText: formatLabel(SHOW_ASSISTIVE, label),
                regionId: `si-persona-${key}`,
                people,
                hiddenCount,
                canToggle: isOpen && (isExpanded ? count > limit : hiddenCount > 0),
                listId: `si-people-${key}`,
                ariaExpanded: isExpanded ? 'true' : 'false',
                toggleText: isExpanded ? SHOW_FEWER : formatLabel(SHOW_MORE, hiddenCount),
                toggleAssistiveText: formatLabel(SHOW_ASSISTIVE, label)
            };
        };

        const personas = this.personaMap?.personas ?? [];
        const rows: PersonaRow[] = [];
        for (const importance of PERSONA_IMPORTANCES) {
            for (const p of personas) {
                if (p.importance !== importance) continue;
                const fn = FUNCTION_LABELS[p.jobFunction] ?? p.jobFunction;
                const seniority = SENIORITY_LABELS[p.seniority] ?? p.seniority;
                rows.push(row(p.key, p.label, `${fn} · ${seniority}`, importance, p.people));
            }
        }
        const other = this.personaMap?.other ?? [];
        if (other.some((id) => byId.has(id))) rows.push(row(OTHER_KEY, OTHER_PEOPLE, OTHER_HINT, null, other));
        return rows;
    }

    get rows(): PersonaRow[] {
        return this.view;
    }

    handleSelect(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.id;
        if (!id) return;
        if (!input.checked && !this.keptIds.includes(id)) this.keptIds = [...this.keptIds, id];
        this.dispatchEvent(new CustomEvent('selectionchange', { detail: { id, selected: input.checked } }));
    }

    /** Opens or closes a persona's people. */
    handleOpen(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        if (!key) return;
        if (this.openKeys.includes(key)) {
            this.openKeys = this.openKeys.filter((k) => k !== key);
            this.expandedKeys = this.expandedKeys.filter((k) => k !== key);
        } else {
            this.openKeys = [...this.openKeys, key];
        }
        this.keptIds = [];
    }

    /** Lists all of an open persona's people, or only its first ones again. */
    handleToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        if (!key) return;
        this.expandedKeys = this.expandedKeys.includes(key)
            ? this.expandedKeys.filter((k) => k !== key)
            : [...this.expandedKeys, key];
        this.keptIds = [];
    }
}
