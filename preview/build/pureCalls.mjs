// Rollup plugin: marks named top-level calls in named modules as pure (`/*#__PURE__*/`), so that Rollup
// drops them when nothing reads their result. For the preview's one known case:
// lightning-base-components' date library probes time-zone support when it loads,
//     const isNonUTCSupported = (function () { try { Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles' }) } ... })();
// which loads the browser's time-zone data (about 45 ms on these machines) before the page can render,
// although the only reader of `isNonUTCSupported` is a formatting function the bundle does not include.
// Marked pure, the probe stays exactly when that reader is bundled. (Rollup's global settings that
// would drop it, `tryCatchDeoptimization: false` with `manualPureFunctions`, also drop side effects of
// other try blocks, such as a check in the LWC engine's development build.)
// A rule whose text is not found (the package changed) leaves the module as it is, with a warning.

/**
 * @param {{ rules: Array<{ module: RegExp; text: string }> }} options
 *   `module` matches the module id; `text` is the start of the statement, ending right before the call.
 */
export default function pureCalls({ rules }) {
    return {
        name: 'si-preview-pure-calls',
        transform(code, id) {
            let out = code;
            for (const rule of rules) {
                if (!rule.module.test(id)) continue;
                const at = out.indexOf(rule.text);
                if (at < 0) {
                    this.warn(`pureCalls: "${rule.text}" is not in ${id} any more: the call is left as it is`);
                    continue;
                }
                out = `${out.slice(0, at + rule.text.length)}/*#__PURE__*/ ${out.slice(at + rule.text.length)}`;
            }
            return out === code ? null : { code: out, map: null };
        }
    };
}
