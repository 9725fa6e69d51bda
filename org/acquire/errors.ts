// Errors of contact acquisition that stop a run before anything is written, each naming what to fix.

/** A provider cannot read its input at all (no file, no email column, two columns for one field). */
export class ProviderError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ProviderError';
    }
}
