// Rollup plugin: marks named top-level calls in named modules as pure (`/*#__PURE__*/`), so that Rollup
// drops them when nothing reads their result. For the preview's one known case:
// lightning-base-components' date library probes time-zone support when it loads,
//     const isNonUTCSupported = (function () { try { Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles' }) } ... })();
// which loads the browser's time-zone data (about 45 ms on these machines) before the page can render,
// although the only reader of `isNonUTCSupported` is a formatting function the bundle does not include.
// Marked pure, the probe stays exactly when that reader is bundled. (Rollup's global settings that
// would drop it, `tryCatchDeoptimization: false` with `manualPureFunctions`, also drop side effects of
// other try blocks, such as a check in the LWC engine's development build.)
// A rule whose text is not found, or whose module is not in the build (the package changed), leaves the
// code as it is, with a warning.

/**
 * @param {{ rules: Array<{ module: RegExp; text: string }> }} options
 *   `module` matches the module id; `text` is the start of the statement, ending right before the call.
 */
export default function pureCalls({ rules }) {
    const matched = new Set();
    return {
        name: 'si-preview-pure-calls',
        buildStart() {
            matched.clear();
        },
        transform(code, id) {
            let out = code;
            for (const rule of rules) {
                if (!rule.module.test(id)) continue;
                matched.add(rule);
                const at = out.indexOf(rule.text);
                if (at < 0) {
                    this.warn(`pureCalls: "${rule.text}" is not in ${id} any more: the call is left as it is`);
                    continue;
                }
                out = `${out.slice(0, at + rule.text.length)}/*#__PURE__*/ ${out.slice(at + rule.text.length)}`;
            }
            return out === code ? null : { code: out, map: null };
        },
        buildEnd(error) {
            if (error) return;
            // A module that moved (a new package version) would lose the saving silently: say so.
            for (const rule of rules) {
                if (!matched.has(rule)) this.warn(`pureCalls: no module of the build matches ${rule.module}: "${rule.text}" was not marked`);
            }
        }
    };
}
