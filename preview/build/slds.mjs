// Rollup plugin: the Lightning Design System stylesheet trimmed to the rules the page can use. The full
// `salesforce-lightning-design-system.min.css` is 0.96 MB: the browser parses it and builds its style rules
// before the first render. This plugin writes `slds.css` next to the bundle with every rule kept unless
// it cannot match anything the bundle renders:
//   - a selector is dropped when one of its class selectors (outside `:not()`, `:is()` and the like) names
//     a class found nowhere in the built code or the page: not as a whole token (`slds-card`), and no prefix
//     of it ending in `-` or `_` as a token either (LBC and our components build class names by
//     concatenation, `'slds-button_icon-' + variant`, `` `slds-theme_${variant}` ``: any class starting
//     with such a fragment is kept);
//   - a rule is dropped when all its selectors are; an at-rule (`@media`, `@supports`) when it is left empty.
// Everything without a class selector stays: `:root` and its custom properties, element selectors,
// attribute selectors, `@keyframes`, `@font-face`. Relative `url()`s are rewritten to the `/assets/` paths
// the server already serves (fonts, images), so the trimmed file works from the page's root.
// The build prints the sizes; `SI_PREVIEW_FULL_SLDS=1` serves the full stylesheet instead (to compare).
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** Where the server serves the package's `assets/` folder; the stylesheet sits in its `styles/`. */
const ASSETS_URL = '/assets/';
const STYLESHEET_URL = new URL('styles/', `http://preview${ASSETS_URL}`);

/** Every token that could be a class name in the given texts, and the tokens ending in `-` or `_` (prefixes). */
export function classTokens(texts) {
    const tokens = new Set();
    for (const text of texts) for (const m of text.matchAll(/[A-Za-z0-9_-]+/g)) tokens.add(m[0]);
    const prefixes = new Set([...tokens].filter((t) => t.endsWith('-') || t.endsWith('_')));
    return { tokens, prefixes };
}

/** Whether a class could be on an element: a whole token, or built from a token that is a prefix of it. */
export function classUsed(name, { tokens, prefixes }) {
    if (tokens.has(name)) return true;
    for (let i = 1; i < name.length; i++) {
        const c = name[i - 1];
        if ((c === '-' || c === '_') && prefixes.has(name.slice(0, i))) return true;
    }
    return false;
}

/** The class names of a selector that it requires: not those inside a functional pseudo-class (`:not(.x)`). */
function requiredClasses(selector) {
    const out = [];
    selector.walkClasses((node) => {
        for (let p = node.parent; p && p !== selector; p = p.parent) if (p.type === 'pseudo') return;
        out.push(node.value);
    });
    return out;
}

/**
 * Trims a stylesheet to the rules whose class selectors can match: `used(className)` says whether a class
 * can be on an element. Returns the CSS and counts (rules and selectors before and after).
 */
export function trimStylesheet(css, used, { from } = {}) {
    const root = postcss.parse(css, { from });
    const stats = { rules: 0, rulesKept: 0, selectors: 0, selectorsKept: 0 };
    const keepSelectors = selectorParser((selectors) => {
        selectors.each((selector) => {
            stats.selectors++;
            if (requiredClasses(selector).every(used)) stats.selectorsKept++;
            else selector.remove();
        });
    });
    root.walkRules((rule) => {
        // Keyframe steps (`from`, `50%`) are not selectors.
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
        stats.rules++;
        const kept = keepSelectors.processSync(rule.selector, { lossless: true }).trim();
        if (kept === '') rule.remove();
        else {
            stats.rulesKept++;
            if (kept !== rule.selector) rule.selector = kept;
        }
    });
    // Emptied at-rules (`@media` whose rules all went), innermost first.
    let removed;
    do {
        removed = 0;
        root.walkAtRules((at) => {
            if (at.nodes && at.nodes.every((n) => n.type === 'comment')) {
                at.remove();
                removed++;
            }
        });
    } while (removed > 0);
    root.walkDecls((decl) => {
        if (!decl.value.includes('url(')) return;
        decl.value = decl.value.replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, quote, url) => {
            if (/^(data:|#|[a-z]+:|\/)/i.test(url)) return whole;
            return `url(${quote}${new URL(url, STYLESHEET_URL).pathname}${quote})`;
        });
    });
    return { css: root.toString(), stats };
}

const kb = (n) => `${(n / 1000).toFixed(0)} KB`;

/** How many times `token` occurs in the texts as a whole token (not inside a longer one). */
function occurrences(texts, token) {
    const re = new RegExp(`(?<![A-Za-z0-9_-])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'g');
    return texts.reduce((n, text) => n + (text.match(re)?.length ?? 0), 0);
}

/**
 * `source`: the full stylesheet; `pageFiles`: page files not in the bundle whose text counts as used
 * (index.html). Emits `fileName` into the output.
 * `builtClasses`: prefixes whose builder is known, `{ prefix, sites, classes(), why }`: when the prefix
 * occurs exactly `sites` times in the bundle, it stands for `classes()` only instead of every class
 * starting with it (otherwise the conservative rule applies and the build says so).
 */
export default function sldsStylesheet({ source, pageFiles = [], fileName = 'slds.css', full = false, builtClasses = [] }) {
    return {
        name: 'si-preview-slds',
        buildStart() {
            this.addWatchFile(source);
            for (const f of pageFiles) this.addWatchFile(f);
        },
        generateBundle(_options, bundle) {
            const original = readFileSync(source, 'utf8');
            if (full) {
                this.emitFile({ type: 'asset', fileName, source: trimStylesheet(original, () => true, { from: source }).css });
                this.info(`${fileName}: the full stylesheet (SI_PREVIEW_FULL_SLDS=1), ${kb(original.length)}`);
                return;
            }
            const texts = [...pageFiles.map((f) => readFileSync(f, 'utf8'))];
            for (const file of Object.values(bundle)) {
                if (file.type === 'chunk') texts.push(file.code);
                else if (typeof file.source === 'string') texts.push(file.source);
            }
            const tokens = classTokens(texts);
            for (const { prefix, sites, classes, why } of builtClasses) {
                const found = occurrences(texts, prefix);
                if (found === sites) {
                    tokens.prefixes.delete(prefix);
                    for (const c of classes()) tokens.tokens.add(c);
                } else {
                    this.info(`${fileName}: "${prefix}" occurs ${found} times in the bundle, not ${sites} (${why}): every class starting with it is kept`);
                }
            }
            const { css, stats } = trimStylesheet(original, (name) => classUsed(name, tokens), { from: source });
            this.emitFile({ type: 'asset', fileName, source: css });
            this.info(
                `${fileName}: ${kb(Buffer.byteLength(original))} -> ${kb(Buffer.byteLength(css))} ` +
                    `(${stats.rulesKept} of ${stats.rules} rules, ${stats.selectorsKept} of ${stats.selectors} selectors kept)`
            );
        }
    };
}
