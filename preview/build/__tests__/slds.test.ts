// The stylesheet trimming of the preview build (preview/build/slds.mjs): which rules and selectors stay.
// The plugin is an ES module (.mjs, as Rollup loads it); Jest runs CommonJS, so each case runs in a Node child.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const MODULE = join(__dirname, '../slds.mjs');

interface Trimmed {
    css: string;
    stats: { rules: number; rulesKept: number; selectors: number; selectorsKept: number };
}

/** trimStylesheet(css, used) with the classes the given texts use (classTokens + classUsed). */
function trim(css: string, texts: string[]): Trimmed {
    const script = `
        import { classTokens, classUsed, trimStylesheet } from ${JSON.stringify(MODULE)};
        const { css, texts } = JSON.parse(process.argv[1]);
        const tokens = classTokens(texts);
        process.stdout.write(JSON.stringify(trimStylesheet(css, (c) => classUsed(c, tokens))));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify({ css, texts })], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });
    return JSON.parse(out) as Trimmed;
}

describe('preview SLDS trimming', () => {
    it('keeps a rule whose classes appear as tokens and drops one naming an unused class', () => {
        const { css, stats } = trim('.slds-card{a:1}.slds-carousel{b:2}.slds-card .slds-card__body{c:3}', ['class="slds-card slds-card__body"']);
        expect(css).toBe('.slds-card{a:1}.slds-card .slds-card__body{c:3}');
        expect(stats).toEqual({ rules: 3, rulesKept: 2, selectors: 3, selectorsKept: 2 });
    });

    it('drops only the unused selectors of a list', () => {
        expect(trim('.slds-badge,.slds-pill,p{a:1}', ['"slds-badge"']).css).toBe('.slds-badge,p{a:1}');
    });

    it('keeps classes built from a prefix ending in - or _ (concatenation, template literals)', () => {
        const texts = ['e.add(`slds-theme_${v}`)', 'x="slds-button_icon-"+y'];
        const { css } = trim('.slds-theme_success{a:1}.slds-button_icon-bare{b:2}.slds-button_icon{c:3}.slds-themes{d:4}', texts);
        expect(css).toBe('.slds-theme_success{a:1}.slds-button_icon-bare{b:2}');
    });

    it('ignores classes inside functional pseudo-classes and keeps selectors without classes', () => {
        const { css } = trim(':root{--x:1}html{b:1}.slds-a:not(.slds-unused){c:1}[class*=slds-button_]{d:1}.slds-unused>p{e:1}', ['slds-a']);
        expect(css).toBe(':root{--x:1}html{b:1}.slds-a:not(.slds-unused){c:1}[class*=slds-button_]{d:1}');
    });

    it('keeps keyframes, removes emptied at-rules and rewrites relative urls to /assets/', () => {
        const input = '@keyframes spin{from{a:1}to{a:2}}@media (min-width:1px){.slds-unused{a:1}}@media print{.slds-a{b:url(../images/x.png)}}';
        expect(trim(input, ['slds-a']).css).toBe('@keyframes spin{from{a:1}to{a:2}}@media print{.slds-a{b:url(/assets/images/x.png)}}');
    });
});
