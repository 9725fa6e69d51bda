// "Add to Outreach" modal. Opened by the panel with the selected people:
//   const summary = await SiAddToSequenceModal.open({ size: 'medium', label, people });
// resolves with the OutreachAddSummary after a run, or null when the rep cancels.
// It loads sequences and mailboxes through the Outreach client (Apex transport SI_OutreachTransport.send),
// runs the add flow, writes new Outreach prospect ids back with updateRecord, shows one result per person
// and a summary toast.
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import Toast from 'lightning/toast';
import { updateRecord } from 'lightning/uiRecordApi';
import sendToOutreach from '@salesforce/apex/SI_OutreachTransport.send';
import CONTACT_PROSPECT_ID from '@salesforce/schema/Contact.SI_Outreach_Prospect_Id__c';
import LEAD_PROSPECT_ID from '@salesforce/schema/Lead.SI_Outreach_Prospect_Id__c';
import { addToSequence, isConnectionError, loadPickerOptions, nextStepForError, OutreachRequestError } from 'c/siOutreachClient';
import { formatLabel, LABELS } from './labels';
const OUTCOME_LABELS = {
    added: LABELS.outcomeAdded,
    alreadyInSequence: LABELS.outcomeAlreadyInSequence,
    missingEmail: LABELS.outcomeMissingEmail,
    optedOut: LABELS.outcomeOptedOut,
    notPermitted: LABELS.outcomeNotPermitted,
    rateLimited: LABELS.outcomeRateLimited,
    failed: LABELS.outcomeFailed
};
const PROGRESS_LABELS = {
    load: LABELS.loadingOptions,
    find: LABELS.progressFind,
    create: LABELS.progressCreate,
    check: LABELS.progressCheck,
    add: LABELS.progressAdd
};
function fieldName(field) {
    const name = field?.fieldApiName;
    return typeof name === 'string' ? name : 'SI_Outreach_Prospect_Id__c';
}
function messageOf(error) {
    const body = error?.body;
    if (body && typeof body.message === 'string') {
        return body.message;
    }
    return error instanceof Error ? error.message : String(error);
}
function formatTime(iso) {
    if (iso === null) {
        return '';
    }
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
/** What each state of the rep's Outreach connection says (the platform's own message is in `error.detail`). */
const CONNECTION_LABELS = {
    notConnected: LABELS.notConnected,
    connectionExpired: LABELS.connectionExpired,
    connectionRevoked: LABELS.connectionRevoked
};
function errorDetail(error) {
    if (isConnectionError(error)) {
        return CONNECTION_LABELS[error.reason];
    }
    const text = error.detail ?? error.title ?? error.reason;
    return error.status > 0 ? formatLabel(LABELS.detailHttp, text, error.status) : text;
}
/** Steps done on the External Credentials page of the rep's personal settings. */
function isConnectStep(step) {
    return step === 'connectOutreach' || step === 'reconnectOutreach';
}
function nextStepText(step, retryAt, pointer) {
    switch (step) {
        case 'retryAt':
            return formatLabel(LABELS.nextRetryAt, formatTime(retryAt));
        case 'retryLater':
            return LABELS.nextRetryLater;
        case 'connectOutreach':
            return LABELS.nextConnectOutreach;
        case 'reconnectOutreach':
            return LABELS.nextReconnectOutreach;
        case 'askAdminForScope':
            return LABELS.nextAskAdminForScope;
        case 'askOutreachAdmin':
            return LABELS.nextAskOutreachAdmin;
        case 'fixRecord':
            return formatLabel(LABELS.nextFixRecord, pointer ?? '');
        case 'addEmail':
            return LABELS.nextAddEmail;
        case 'reviewSelection':
            return LABELS.nextReviewSelection;
        case 'contactAdmin':
            return LABELS.nextContactAdmin;
        default:
            return LABELS.nextNone;
    }
}
function resultDetail(result) {
    switch (result.outcome) {
        case 'added':
            return LABELS.detailAdded;
        case 'alreadyInSequence':
            return formatLabel(LABELS.detailAlready, result.sequenceStateStatus ?? '-');
        case 'missingEmail':
            return LABELS.detailMissingEmail;
        case 'optedOut':
            return result.optOutSource === 'salesforce' ? LABELS.detailOptOutSalesforce : LABELS.detailOptOutOutreach;
        default:
            return result.error !== null ? errorDetail(result.error) : OUTCOME_LABELS[result.outcome];
    }
}
const BADGE_CLASSES = {
    added: 'slds-badge slds-theme_success',
    alreadyInSequence: 'slds-badge slds-badge_lightest',
    missingEmail: 'slds-badge slds-theme_warning',
    optedOut: 'slds-badge slds-badge_lightest',
    notPermitted: 'slds-badge slds-theme_error',
    rateLimited: 'slds-badge slds-theme_warning',
    failed: 'slds-badge slds-theme_error'
};
export default class SiAddToSequenceModal extends LightningModal {
    /** The selected people (contacts and leads). */
    @api
    people = [];
    labels = LABELS;
    phase = 'loading';
    sequenceOptions = [];
    mailboxOptions = [];
    sequenceId = '';
    mailboxId = '';
    listTruncated = false;
    errorText = '';
    errorNextStep = '';
    /** The error's next step is to (re)connect Outreach: the alert links to the page where the rep does. */
    errorConnect = false;
    progressText = '';
    rows = [];
    summaryText = '';
    summary = null;
    focusResults = false;
    connectedCallback() {
        this.loadOptions();
    }
    renderedCallback() {
        if (this.focusResults) {
            const heading = this.template?.querySelector('.results-heading');
            if (heading) {
                this.focusResults = false;
                heading.focus();
            }
        }
    }
    // -------------------------------------------------------------------------------------------
    // State for the template
    // -------------------------------------------------------------------------------------------
    get selectedText() {
        return formatLabel(LABELS.selectedCount, this.people?.length ?? 0);
    }
    get hasPeople() {
        return (this.people?.length ?? 0) > 0;
    }
    get noPeople() {
        return !this.hasPeople;
    }
    get isLoading() {
        return this.phase === 'loading';
    }
    get isError() {
        return this.phase === 'loadError' || this.phase === 'runError';
    }
    get errorHeading() {
        return this.phase === 'runError' ? LABELS.runError : LABELS.loadError;
    }
    get canRetryLoad() {
        return this.phase === 'loadError';
    }
    get isReady() {
        return this.phase === 'ready';
    }
    get isRunning() {
        return this.phase === 'running';
    }
    get isDone() {
        return this.phase === 'done';
    }
    get noSequences() {
        return this.sequenceOptions.length === 0;
    }
    get noMailboxes() {
        return this.mailboxOptions.length === 0;
    }
    get confirmDisabled() {
        return this.phase !== 'ready' || !this.hasPeople || this.sequenceId === '' || this.mailboxId === '';
    }
    // -------------------------------------------------------------------------------------------
    // Outreach client wiring
    // -------------------------------------------------------------------------------------------
    transport = async (requests) => {
        const result = await sendToOutreach({ requests });
        if (!Array.isArray(result)) {
            throw new Error('SI_OutreachTransport.send did not return a list of responses.');
        }
        return result;
    };
    clientOptions() {
        return {
            transport: this.transport,
            now: () => new Date(),
            // eslint-disable-next-line @lwc/lwc/no-async-operation -- backoff and rate-limit waits of the client
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            onProgress: (progress) => {
                this.progressText = formatLabel(LABELS.progressCount, PROGRESS_LABELS[progress.round], progress.completed, progress.total);
            }
        };
    }
    showError(phase, error) {
        if (error instanceof OutreachRequestError) {
            const step = nextStepForError(error.info);
            this.errorText = errorDetail(error.info);
            this.errorNextStep = nextStepText(step, error.info.retryAt, error.info.pointer);
            this.errorConnect = isConnectStep(step);
        }
        else {
            this.errorText = messageOf(error);
            this.errorNextStep = LABELS.nextContactAdmin;
            this.errorConnect = false;
        }
        this.phase = phase;
    }
    /** Loads the picker lists; never rejects (errors are shown). */
    async loadOptions() {
        this.phase = 'loading';
        try {
            const options = await loadPickerOptions(this.clientOptions());
            const toCombobox = (items) => items.map((item) => ({ label: item.label, value: item.id }));
            this.sequenceOptions = toCombobox(options.sequences);
            this.mailboxOptions = toCombobox(options.mailboxes);
            this.listTruncated = options.sequencesTruncated || options.mailboxesTruncated;
            if (this.mailboxOptions.length === 1) {
                this.mailboxId = this.mailboxOptions[0].value;
            }
            this.phase = 'ready';
        }
        catch (error) {
            this.showError('loadError', error);
        }
    }
    // -------------------------------------------------------------------------------------------
    // Handlers
    // -------------------------------------------------------------------------------------------
    handleRetryLoad() {
        this.loadOptions();
    }
    handleSequenceChange(event) {
        this.sequenceId = event.detail.value;
    }
    handleMailboxChange(event) {
        this.mailboxId = event.detail.value;
    }
    handleCancel() {
        this.close(null);
    }
    handleDone() {
        this.close(this.summary);
    }
    async handleConfirm() {
        if (this.confirmDisabled) {
            return;
        }
        this.phase = 'running';
        this.disableClose = true;
        try {
            const summary = await addToSequence(this.people, this.sequenceId, this.mailboxId, this.clientOptions());
            this.progressText = LABELS.savingIds;
            const writeBackErrors = await this.writeBackProspectIds(summary.results);
            this.summary = summary;
            this.rows = summary.results.map((result) => this.toRow(result, writeBackErrors.get(result.recordId) ?? null));
            const added = summary.counts.added;
            const already = summary.counts.alreadyInSequence;
            const notAdded = summary.results.length - added - already;
            this.summaryText = formatLabel(LABELS.summary, added, already, notAdded);
            Toast.show({
                label: LABELS.toastTitle,
                message: this.summaryText,
                variant: notAdded === 0 ? 'success' : added + already > 0 ? 'warning' : 'error',
                mode: 'dismissible'
            }, this);
            this.phase = 'done';
            this.focusResults = true;
        }
        catch (error) {
            this.showError('runError', error);
        }
        finally {
            this.disableClose = false;
        }
    }
    /** Saves new prospect ids on the contacts and leads; returns the failures by record id. */
    async writeBackProspectIds(results) {
        const toWrite = results.filter((result) => result.prospectId !== null && result.prospectIdIsNew);
        const settled = await Promise.allSettled(toWrite.map((result) => updateRecord({
            fields: {
                Id: result.recordId,
                [fieldName(result.objectApiName === 'Contact' ? CONTACT_PROSPECT_ID : LEAD_PROSPECT_ID)]: result.prospectId
            }
        })));
        const failures = new Map();
        settled.forEach((outcome, index) => {
            if (outcome.status === 'rejected') {
                failures.set(toWrite[index].recordId, formatLabel(LABELS.writebackFailed, messageOf(outcome.reason)));
            }
        });
        return failures;
    }
    toRow(result, writeBackError) {
        return {
            key: result.recordId,
            name: result.name,
            outcome: result.outcome,
            outcomeLabel: OUTCOME_LABELS[result.outcome],
            badgeClass: BADGE_CLASSES[result.outcome],
            detail: resultDetail(result),
            nextStep: nextStepText(result.nextStep, result.retryAt, result.error?.pointer ?? null),
            connect: isConnectStep(result.nextStep),
            writeBackError
        };
    }
}
