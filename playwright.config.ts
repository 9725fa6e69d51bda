// Browser tests of the local preview (tests/browser/), in Debian's Chromium (no browser download works
// on these machines; see /work/shared/TOOLCHAIN.md "Browsers"). `npm run test:browser` builds the preview
// first; the webServer starts the built preview server on its own port for the run.
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { DATA_AS_OF_FILE, readDataAsOf } from './lib/asOf';

const PORT = Number(process.env.SI_BROWSER_TEST_PORT ?? 3217);
const CHROMIUM = process.env.SI_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The day the browser tests pin the preview to: the day data/ is generated for, so that the page shows
 * exactly what `npm run insight -- --data data --as-of <it>` computes (tests/browser/helpers.ts).
 */
export const BROWSER_TEST_AS_OF = ((): string => {
    const asOf = readDataAsOf(join(__dirname, 'data'));
    if (asOf === null) throw new Error(`data/${DATA_AS_OF_FILE} is missing: run npm run generate:data -- --as-of 2026-11-02`);
    return asOf;
})();

/** Flags that keep Chromium quiet on a machine with no network but the registry (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Headless Chromium 156 otherwise pre-renders its own address-bar popups (chrome://omnibox-popup.top-chrome
    // and its AI-mode page) in a renderer that takes 250-700 ms of CPU during each page load, competing with
    // the page for the two cores: the browser's UI, not the page, so both the tests and the benchmark go without.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];

export default defineConfig({
    testDir: 'tests/browser',
    outputDir: 'test-results/browser',
    timeout: 60_000,
    expect: { timeout: 15_000 },
    fullyParallel: true,
    // Two cores, shared: two workers keep the suite short without starving the server.
    workers: 2,
    retries: 0,
    forbidOnly: !!process.env.CI,
    reporter: [['list']],
    use: {
        baseURL: `http://localhost:${PORT}`,
        viewport: { width: 1400, height: 1000 },
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
        trace: 'off',
        screenshot: 'only-on-failure'
    },
    webServer: {
        command: `npx tsx preview/server/server.ts --port ${PORT} --as-of ${BROWSER_TEST_AS_OF}`,
        url: `http://localhost:${PORT}/`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe'
    }
});
