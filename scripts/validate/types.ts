/** One problem a check found. `file` is relative to the validated root (or the root itself, "."). */
export interface Finding {
    check: string;
    file: string;
    line?: number;
    column?: number;
    message: string;
}

export interface CheckContext {
    /** Absolute path of the project being validated. */
    root: string;
}

export interface CheckOutcome {
    findings: Finding[];
    /** Set when the check could not apply (it neither passed nor failed); the reason is printed. */
    skipped?: string;
    /** What the check looked at, e.g. "12 files", printed on success. */
    summary?: string;
}

export interface Check {
    /** Short id used in output and with --only / --skip. */
    name: string;
    title: string;
    run(ctx: CheckContext): Promise<CheckOutcome>;
}

export interface CheckResult extends CheckOutcome {
    name: string;
    title: string;
    durationMs: number;
}
