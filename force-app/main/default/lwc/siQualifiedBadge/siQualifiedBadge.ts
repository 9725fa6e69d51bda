// The qualified badge: qualified (with its stored start date) or not, as the engine decided. Without a
// stored start date it says the account is qualified now and who records the date: it never makes one up.
import { LightningElement, api } from 'lwc';
import { formatDay, formatLabel } from 'c/siLdsUtils';
import QUALIFIED from '@salesforce/label/c.SI_Qualified';
import NOT_QUALIFIED from '@salesforce/label/c.SI_Not_Qualified';
import QUALIFIED_SINCE from '@salesforce/label/c.SI_Qualified_Since';
import QUALIFIED_NOW from '@salesforce/label/c.SI_Qualified_Now';
import QUALIFIED_NOW_HELP from '@salesforce/label/c.SI_Qualified_Now_Help';

export default class SiQualifiedBadge extends LightningElement {
    @api qualified = false;
    /** YYYY-MM-DD as stored (the engine's `startDate`), or null when none is stored yet. */
    @api startDate: string | null = null;
    /** Why, as the engine says it (shown as the badge's title). */
    @api reason = '';

    readonly nowText = QUALIFIED_NOW;
    readonly nowHelp = QUALIFIED_NOW_HELP;

    get label(): string {
        return this.qualified ? QUALIFIED : NOT_QUALIFIED;
    }

    get badgeClass(): string {
        return this.qualified ? 'slds-theme_success si-badge' : 'si-badge';
    }

    get iconName(): string {
        return this.qualified ? 'utility:success' : 'utility:routing_offline';
    }

    get sinceText(): string {
        return this.qualified && this.startDate ? formatLabel(QUALIFIED_SINCE, formatDay(this.startDate)) : '';
    }

    /** Qualified, but no start date is stored: the org-wide scoring job records it. */
    get startNotRecorded(): boolean {
        return this.qualified && !this.startDate;
    }
}
