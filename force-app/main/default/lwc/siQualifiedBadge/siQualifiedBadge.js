// The qualified badge: qualified (with its start date) or not, as the engine decided.
import { LightningElement, api } from 'lwc';
import { formatDay, formatLabel } from 'c/siLdsUtils';
import QUALIFIED from '@salesforce/label/c.SI_Qualified';
import NOT_QUALIFIED from '@salesforce/label/c.SI_Not_Qualified';
import QUALIFIED_SINCE from '@salesforce/label/c.SI_Qualified_Since';
export default class SiQualifiedBadge extends LightningElement {
    @api
    qualified = false;
    /** YYYY-MM-DD */
    @api
    startDate = null;
    /** Why, as the engine says it (shown as the badge's title). */
    @api
    reason = '';
    get label() {
        return this.qualified ? QUALIFIED : NOT_QUALIFIED;
    }
    get badgeClass() {
        return this.qualified ? 'slds-theme_success si-badge' : 'si-badge';
    }
    get iconName() {
        return this.qualified ? 'utility:success' : 'utility:routing_offline';
    }
    get sinceText() {
        return this.qualified && this.startDate ? formatLabel(QUALIFIED_SINCE, formatDay(this.startDate)) : '';
    }
}
