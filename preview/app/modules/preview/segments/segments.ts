// The preview's segment builder page (`/?page=segments`): a mock-up of the SI Segment Builder app page with the
// real c-si-segment-builder, whose Apex calls go to the preview server's SI_SegmentController stand-in and whose
// live count goes through the GraphQL stand-in, over the data set (accounts carry the scores the scoring job
// stores). The server's --permission-set decides what the user may do: SI_Operations_User publishes,
// SI_Marketing_User saves drafts, the other sets only read. Toasts the builder raises are shown as SLDS toasts.
import { LightningElement } from 'lwc';
import { SHOW_TOAST_EVENT, type ToastInit } from '../../../../standins/platformShowToastEvent';

interface Toast {
    key: string;
    title: string;
    message: string;
    variant: string;
}

let toastCount = 0;

export default class Segments extends LightningElement {
    toasts: Toast[] = [];

    private readonly onToast = (event: Event): void => {
        const detail = ((event as CustomEvent<ToastInit>).detail ?? {}) as ToastInit;
        const toast: Toast = {
            key: `t${++toastCount}`,
            title: detail.title ?? '',
            message: detail.message ?? '',
            variant: detail.variant ?? 'info'
        };
        this.toasts = [...this.toasts, toast];
        setTimeout(() => {
            this.toasts = this.toasts.filter((t) => t.key !== toast.key);
        }, 10000);
    };

    override connectedCallback(): void {
        window.addEventListener(SHOW_TOAST_EVENT, this.onToast);
    }

    override disconnectedCallback(): void {
        window.removeEventListener(SHOW_TOAST_EVENT, this.onToast);
    }

    get toastItems(): Array<Toast & { className: string }> {
        return this.toasts.map((t) => ({ ...t, className: `slds-notify slds-notify_toast slds-theme_${t.variant}` }));
    }

    get accountHref(): string {
        return '/';
    }
}
