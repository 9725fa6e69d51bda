// Stand-in for `lightning/platformShowToastEvent`: the same event the platform's toast service listens
// for (`lightning__showtoast`, bubbling and composed). The preview page shows it as an SLDS toast.
export interface ToastInit {
    title?: string;
    message?: string;
    messageData?: unknown[];
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export const SHOW_TOAST_EVENT = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<ToastInit> {
    constructor(init: ToastInit) {
        super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail: init });
    }
}
