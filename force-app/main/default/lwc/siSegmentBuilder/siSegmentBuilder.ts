// The segment builder (the SI Segment Builder app page): name a segment by the convention, filter accounts on
// their fields and the app's scores, see the live member count and the first 50 (c-si-segment-members), save
// it as a draft, and publish or unpublish it (SI_Publish_Segments; at most 200 published). The definition is
// checked and compiled by siSegments, the same code the org-wide job evaluates, so what the count shows is
// what the job will write. Publishing is enforced on the server (SI_SegmentController and the validation rule
// SI_Segment_Publish_Permission); the buttons only spare a user the refusal.
import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getBuilderContext from '@salesforce/apex/SI_SegmentController.getBuilderContext';
import saveDraft from '@salesforce/apex/SI_SegmentController.saveDraft';
import publish from '@salesforce/apex/SI_SegmentController.publish';
import unpublish from '@salesforce/apex/SI_SegmentController.unpublish';
import { formatLabel, reduceErrors, type PlatformError } from 'c/siLdsUtils';
import {
    checkDefinition,
    checkSegmentName,
    SegmentDefinitionError,
    segmentGraphqlWhere,
    SEGMENT_NAME_EXAMPLE,
    type GraphqlFilter,
    type SegmentDefinition
} from 'c/siSegments';
import {
    definitionToRows,
    describeProblem,
    fieldOptions,
    newRow,
    rowsToDefinition,
    type FilterRow,
    type Match,
    type Option
} from 'c/siSegmentFilterRow';
import TITLE from '@salesforce/label/c.SI_Segment_Builder_Title';
import OPEN_LABEL from '@salesforce/label/c.SI_Segment_Builder_Open';
import NEW_SEGMENT from '@salesforce/label/c.SI_Segment_Builder_New';
import NAME from '@salesforce/label/c.SI_Segment_Builder_Name';
import NAME_HELP from '@salesforce/label/c.SI_Segment_Builder_Name_Help';
import DESCRIPTION from '@salesforce/label/c.SI_Segment_Builder_Description';
import TAGS from '@salesforce/label/c.SI_Segment_Builder_Tags';
import MATCH from '@salesforce/label/c.SI_Segment_Builder_Match';
import MATCH_ALL from '@salesforce/label/c.SI_Segment_Builder_Match_All';
import MATCH_ANY from '@salesforce/label/c.SI_Segment_Builder_Match_Any';
import ADD_FILTER from '@salesforce/label/c.SI_Segment_Builder_Add_Filter';
import SAVE from '@salesforce/label/c.SI_Segment_Builder_Save';
import PUBLISH from '@salesforce/label/c.SI_Segment_Builder_Publish';
import UNPUBLISH from '@salesforce/label/c.SI_Segment_Builder_Unpublish';
import SAVED from '@salesforce/label/c.SI_Segment_Builder_Saved';
import PUBLISHED from '@salesforce/label/c.SI_Segment_Builder_Published';
import UNPUBLISHED from '@salesforce/label/c.SI_Segment_Builder_Unpublished';
import PUBLISHED_COUNT from '@salesforce/label/c.SI_Segment_Builder_Published_Count';
import LIMIT_REACHED from '@salesforce/label/c.SI_Segment_Builder_Limit_Reached';
import NO_PUBLISH from '@salesforce/label/c.SI_Segment_Builder_No_Publish';
import SAVE_FIRST from '@salesforce/label/c.SI_Segment_Builder_Save_First';
import NESTED from '@salesforce/label/c.SI_Segment_Builder_Nested';
import NO_FILTERS from '@salesforce/label/c.SI_Segment_Builder_No_Filters';
import STATUS from '@salesforce/label/c.SI_Segment_Builder_Status';
import ERROR from '@salesforce/label/c.SI_Segment_Builder_Error';
import TYPE from '@salesforce/label/c.SI_Segment_Builder_Type';
import TYPE_FILTER from '@salesforce/label/c.SI_Segment_Builder_Type_Filter';
import TYPE_LIST from '@salesforce/label/c.SI_Segment_Builder_Type_List';
import LIST_STORED from '@salesforce/label/c.SI_Segment_Builder_List_Stored';
import LIST_EMPTY from '@salesforce/label/c.SI_Segment_Builder_List_Empty';

/** Segments offered in the picker (by name). */
export const SEGMENTS_LISTED = 200;

const SEGMENTS_QUERY = gql`
    query siSegmentList($first: Int) {
        uiapi {
            query {
                SI_Segment__c(first: $first, orderBy: { Name: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Status__c {
                                value
                            }
                            Type__c {
                                value
                            }
                            Definition__c {
                                value
                            }
                            Description__c {
                                value
                            }
                            Tags__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

interface Value<T> {
    value?: T | null;
}

export interface SegmentNode {
    Id: string;
    Name?: Value<string>;
    Status__c?: Value<string>;
    Type__c?: Value<string>;
    Definition__c?: Value<string>;
    Description__c?: Value<string>;
    Tags__c?: Value<string>;
}

interface SegmentsData {
    uiapi?: { query?: { SI_Segment__c?: { edges?: { node?: SegmentNode }[] } } };
}

export interface BuilderContext {
    teams: string[];
    canPublish: boolean;
    publishedCount: number;
    maxPublished: number;
}

interface ObjectInfosData {
    results?: { statusCode: number; result?: { fields?: Record<string, { label?: string }> } }[];
}

/** The accounts of a saved List segment's definition (`{"accounts": [...]}`), or none. */
export function storedListAccounts(definition: string | null | undefined): string[] {
    try {
        const accounts = (JSON.parse(definition ?? 'null') as { accounts?: unknown } | null)?.accounts;
        return Array.isArray(accounts) ? accounts.filter((a): a is string => typeof a === 'string') : [];
    } catch {
        return [];
    }
}

export default class SiSegmentBuilder extends LightningElement {
    readonly labels = {
        title: TITLE,
        open: OPEN_LABEL,
        name: NAME,
        nameHelp: formatLabel(NAME_HELP, SEGMENT_NAME_EXAMPLE),
        description: DESCRIPTION,
        tags: TAGS,
        match: MATCH,
        addFilter: ADD_FILTER,
        save: SAVE,
        publish: PUBLISH,
        unpublish: UNPUBLISH,
        status: STATUS,
        noFilters: NO_FILTERS,
        error: ERROR,
        type: TYPE
    };
    readonly typeOptions: Option[] = [
        { label: TYPE_FILTER, value: 'Filter' },
        { label: TYPE_LIST, value: 'List' }
    ];
    readonly matchOptions: Option[] = [
        { label: MATCH_ALL, value: 'all' },
        { label: MATCH_ANY, value: 'any' }
    ];

    context: BuilderContext | null = null;
    contextErrors: string[] = [];
    segments: SegmentNode[] = [];
    /** The list query's last result: `lightning/graphql` gives each a `refresh()` that runs the query again. */
    private segmentsResult: { refresh?: () => Promise<unknown> } | null = null;
    visibleFields: Set<string> | null = null;
    fieldLabels: Record<string, string> = {};

    segmentId = '';
    status = 'Draft';
    name = '';
    nameTouched = false;
    description = '';
    tags = '';
    match: Match = 'all';
    rows: FilterRow[] = [newRow()];
    /** Filter: members from the definition; List: the accounts an upload matched. */
    segmentType: 'Filter' | 'List' = 'Filter';
    /** A List segment's accounts: the saved ones, or those the last upload matched. */
    listAccountIds: string[] = [];
    /** True once an upload replaced the saved accounts (or for a new List segment). */
    listUploaded = false;
    /** Set when the definition in the form differs from the saved one (publish needs a saved segment). */
    dirty = false;
    busy = false;
    actionErrors: string[] = [];
    notice = '';
    /** The compiled `where` for the members list; replaced only when the definition changes. */
    where: GraphqlFilter | undefined = undefined;
    private whereKey = '';
    definitionProblems: string[] = [];

    override connectedCallback(): void {
        this.recompute();
        this.loadContext().catch(() => undefined);
    }

    private async loadContext(): Promise<void> {
        try {
            this.context = (await getBuilderContext()) as BuilderContext;
            this.contextErrors = [];
        } catch (e) {
            this.contextErrors = reduceErrors(e as PlatformError);
        }
    }

    @wire(getObjectInfos, { objectApiNames: ['Account'] })
    wiredAccountInfo({ data }: { data?: ObjectInfosData }): void {
        const fields = data?.results?.[0]?.statusCode === 200 ? data.results[0]?.result?.fields : undefined;
        if (!fields) return;
        this.visibleFields = new Set(Object.keys(fields));
        this.fieldLabels = Object.fromEntries(
            Object.entries(fields)
                .filter(([, f]) => typeof f.label === 'string' && f.label !== '')
                .map(([name, f]) => [name, f.label as string])
        );
    }

    @wire(graphql, { query: SEGMENTS_QUERY, variables: { first: SEGMENTS_LISTED } })
    wiredSegments(result: { data?: SegmentsData; errors?: PlatformError[]; refresh?: () => Promise<unknown> }): void {
        this.segmentsResult = result;
        if (result.data)
            this.segments = (result.data.uiapi?.query?.SI_Segment__c?.edges ?? [])
                .map((e) => e.node)
                .filter((n): n is SegmentNode => !!n);
    }

    get segmentOptions(): Option[] {
        return [
            { label: NEW_SEGMENT, value: '' },
            ...this.segments.map((s) => ({
                label: `${s.Name?.value ?? s.Id} (${s.Status__c?.value ?? 'Draft'})`,
                value: s.Id
            }))
        ];
    }

    get fieldOptions(): Option[] {
        return fieldOptions(this.visibleFields, this.fieldLabels);
    }

    get rowViews(): Array<{ row: FilterRow; position: number }> {
        return this.rows.map((row, i) => ({ row, position: i + 1 }));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get teams(): string[] {
        return this.context?.teams ?? [];
    }

    get nameProblem(): string {
        if (!this.nameTouched || !this.context) return '';
        const checked = checkSegmentName(this.name, this.teams);
        return checked.ok ? '' : checked.problem;
    }

    get hasDefinitionProblems(): boolean {
        return this.definitionProblems.length > 0;
    }

    get showMembers(): boolean {
        return this.isFilter && this.where !== undefined;
    }

    get isPublished(): boolean {
        return this.status === 'Published';
    }

    get statusText(): string {
        return this.status;
    }

    get publishedCountText(): string {
        return this.context ? formatLabel(PUBLISHED_COUNT, this.context.publishedCount, this.context.maxPublished) : '';
    }

    get canPublish(): boolean {
        return this.context?.canPublish === true;
    }

    get limitReached(): boolean {
        return !!this.context && this.context.publishedCount >= this.context.maxPublished && !this.isPublished;
    }

    /** Why publishing is not offered now, or '' when it is. */
    get publishHint(): string {
        if (!this.context) return '';
        if (!this.canPublish) return NO_PUBLISH;
        if (this.limitReached) return formatLabel(LIMIT_REACHED, this.context.maxPublished);
        if (!this.segmentId || this.dirty) return SAVE_FIRST;
        return '';
    }

    get showDefinitionProblems(): boolean {
        return this.isFilter && this.hasDefinitionProblems;
    }

    get isList(): boolean {
        return this.segmentType === 'List';
    }

    get isFilter(): boolean {
        return this.segmentType === 'Filter';
    }

    get listText(): string {
        if (this.listAccountIds.length === 0) return LIST_EMPTY;
        return this.listUploaded ? '' : formatLabel(LIST_STORED, this.listAccountIds.length);
    }

    get saveDisabled(): boolean {
        return (
            this.busy ||
            !this.context ||
            (this.isList ? this.listAccountIds.length === 0 : this.hasDefinitionProblems) ||
            !checkSegmentName(this.name, this.teams).ok ||
            this.notice === NESTED
        );
    }

    get publishDisabled(): boolean {
        return this.busy || this.publishHint !== '';
    }

    get unpublishDisabled(): boolean {
        return this.busy || !this.canPublish;
    }

    /** Rebuilds the definition from the rows; a new `where` only when it changed (one query per change). */
    private recompute(): void {
        if (this.rows.length === 0) {
            this.definitionProblems = [NO_FILTERS];
            this.where = undefined;
            this.whereKey = '';
            return;
        }
        let definition: SegmentDefinition;
        try {
            definition = checkDefinition(rowsToDefinition(this.rows, this.match));
        } catch (e) {
            this.definitionProblems =
                e instanceof SegmentDefinitionError ? e.problems.map(describeProblem) : [String(e)];
            this.where = undefined;
            this.whereKey = '';
            return;
        }
        this.definitionProblems = [];
        const key = JSON.stringify(definition);
        if (key !== this.whereKey) {
            this.whereKey = key;
            this.where = segmentGraphqlWhere(definition);
        }
    }

    private changed(): void {
        this.dirty = true;
        this.recompute();
    }

    handleOpen(event: CustomEvent<{ value: string }>): void {
        const id = event.detail.value;
        this.actionErrors = [];
        this.notice = '';
        const node = this.segments.find((s) => s.Id === id);
        if (!node) {
            this.segmentId = '';
            this.status = 'Draft';
            this.name = '';
            this.nameTouched = false;
            this.description = '';
            this.tags = '';
            this.match = 'all';
            this.rows = [newRow()];
            this.segmentType = 'Filter';
            this.listAccountIds = [];
            this.listUploaded = false;
            this.dirty = false;
            this.recompute();
            return;
        }
        this.segmentId = node.Id;
        this.status = node.Status__c?.value ?? 'Draft';
        this.name = node.Name?.value ?? '';
        this.nameTouched = true;
        this.description = node.Description__c?.value ?? '';
        this.tags = node.Tags__c?.value ?? '';
        this.listUploaded = false;
        if (node.Type__c?.value === 'List') {
            this.segmentType = 'List';
            this.listAccountIds = storedListAccounts(node.Definition__c?.value);
            this.rows = [newRow()];
            this.dirty = false;
            this.recompute();
            return;
        }
        this.segmentType = 'Filter';
        this.listAccountIds = [];
        let loaded: ReturnType<typeof definitionToRows> = null;
        try {
            loaded = definitionToRows(checkDefinition(JSON.parse(node.Definition__c?.value ?? 'null')));
        } catch (e) {
            this.actionErrors = [e instanceof Error ? e.message : String(e)];
        }
        if (loaded) {
            this.match = loaded.match;
            this.rows = loaded.rows;
        } else {
            this.rows = [];
            if (this.actionErrors.length === 0) this.notice = NESTED;
        }
        this.dirty = false;
        this.recompute();
    }

    handleName(event: CustomEvent<{ value: string }>): void {
        this.name = String(event.detail.value ?? '');
        this.nameTouched = true;
        this.dirty = true;
    }

    handleDescription(event: CustomEvent<{ value: string }>): void {
        this.description = String(event.detail.value ?? '');
        this.dirty = true;
    }

    handleTags(event: CustomEvent<{ value: string }>): void {
        this.tags = String(event.detail.value ?? '');
        this.dirty = true;
    }

    handleType(event: CustomEvent<{ value: string }>): void {
        this.segmentType = event.detail.value === 'List' ? 'List' : 'Filter';
        this.dirty = true;
    }

    handleListMatched(event: CustomEvent<{ accountIds: string[] }>): void {
        this.listAccountIds = [...event.detail.accountIds];
        this.listUploaded = true;
        this.dirty = true;
    }

    handleMatch(event: CustomEvent<{ value: string }>): void {
        this.match = event.detail.value === 'any' ? 'any' : 'all';
        this.changed();
    }

    handleRowChange(event: CustomEvent<{ row: FilterRow }>): void {
        const row = event.detail.row;
        this.rows = this.rows.map((r) => (r.key === row.key ? row : r));
        this.changed();
    }

    handleRowRemove(event: CustomEvent<{ key: string }>): void {
        this.rows = this.rows.filter((r) => r.key !== event.detail.key);
        this.changed();
    }

    handleAddFilter(): void {
        this.rows = [...this.rows, newRow()];
        this.changed();
    }

    async handleSave(): Promise<void> {
        this.nameTouched = true;
        if (this.saveDisabled) return;
        await this.act(async () => {
            this.segmentId = (await saveDraft({
                segment: {
                    segmentId: this.segmentId || null,
                    name: this.name.trim(),
                    description: this.description,
                    tags: this.tags,
                    segmentType: this.segmentType,
                    definition: this.isList ? JSON.stringify({ accounts: this.listAccountIds }) : this.whereKey
                }
            })) as string;
            this.dirty = false;
            return formatLabel(SAVED, this.name.trim());
        });
    }

    async handlePublish(): Promise<void> {
        await this.act(async () => {
            const saved = (await publish({ segmentId: this.segmentId })) as { Status__c?: string };
            this.status = saved.Status__c ?? 'Published';
            return formatLabel(PUBLISHED, this.name.trim());
        });
    }

    async handleUnpublish(): Promise<void> {
        await this.act(async () => {
            const saved = (await unpublish({ segmentId: this.segmentId })) as { Status__c?: string };
            this.status = saved.Status__c ?? 'Unpublished';
            return formatLabel(UNPUBLISHED, this.name.trim());
        });
    }

    /** Runs one server action: busy meanwhile, its refusal shown in words, the lists refreshed after. */
    private async act(action: () => Promise<string>): Promise<void> {
        this.busy = true;
        this.actionErrors = [];
        try {
            const message = await action();
            this.dispatchEvent(new ShowToastEvent({ title: message, message: '', variant: 'success' }));
            await Promise.all([this.loadContext(), this.segmentsResult?.refresh?.()]);
        } catch (e) {
            this.actionErrors = reduceErrors(e as PlatformError);
        } finally {
            this.busy = false;
        }
    }

    get hasActionErrors(): boolean {
        return this.actionErrors.length > 0;
    }

    get hasContextErrors(): boolean {
        return this.contextErrors.length > 0;
    }
}
