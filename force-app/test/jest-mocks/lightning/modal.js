/*
 * Jest stand-in for `lightning/modal` (sfdx-lwc-jest ships none). It keeps the public surface a modal uses:
 * `label`, `size`, `description`, `disableClose`, `close(result)` and the static `open(config)`.
 * `close` dispatches a `close` event with the result on the host, so a test can listen for it (or spy on
 * `LightningModal.prototype.close`); `open` resolves with undefined, for callers that spy on it.
 */
import { LightningElement } from 'lwc';

export default class LightningModal extends LightningElement {
    // Plain fields (no @api): callers configure the modal through open(), and the ESLint parser for
    // test JavaScript takes no decorators.
    label;
    size;
    description;
    disableClose;

    close(result) {
        this.dispatchEvent(new CustomEvent('close', { detail: result }));
        return Promise.resolve();
    }

    static open() {
        return Promise.resolve(undefined);
    }
}
