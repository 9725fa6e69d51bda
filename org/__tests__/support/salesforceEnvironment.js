'use strict';
// Jest environment for tests that run @salesforce/core (jsforce, undici) in-process, as a Node program.
//
// Why: the project's Jest config runs every test file in jsdom, with LWC setup files that need a DOM, so
// `@jest-environment node` fails ("Element is not defined"). But under jsdom, @salesforce/core sees
// `window` and switches to its browser mode: an in-memory file system (memfs) instead of the real HOME (so
// stored auth is never found), no file locking, no user-agent; jsforce stops sending content-length;
// undici lacks TextDecoder, web streams, Node timers. So this environment is Node's (real globals, timers,
// fetch), plus the DOM of a jsdom window for the LWC setup files only. Then the test file's FIRST import,
// `./support/nodeMode`, removes `window` and `self`, so @salesforce/core loads in Node mode.
//
//   /**
//    * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
//    */
//   import './support/nodeMode';          // must come before anything that imports @salesforce/core
const { TestEnvironment: NodeEnvironment } = require('jest-environment-node');
const { JSDOM } = require('jsdom');

// DOM names that Node also has, but which the LWC setup patches (synthetic shadow patches
// EventTarget.prototype): they must be jsdom's, or the patch would land on Node's own classes.
const DOM_OVER_NODE = ['EventTarget', 'Event', 'CustomEvent', 'MessageEvent', 'DOMException'];

class SalesforceEnvironment extends NodeEnvironment {
    constructor(config, context) {
        super(config, context);
        this.dom = new JSDOM('<!DOCTYPE html>', { url: 'http://localhost/', pretendToBeVisual: true });
        const win = this.dom.window;
        const target = this.global;
        for (const key of Object.getOwnPropertyNames(win)) {
            if (
                key === 'window' ||
                key === 'self' ||
                key === 'globalThis' ||
                key === 'global' ||
                key === 'top' ||
                key === 'parent'
            )
                continue;
            if (key in target && !DOM_OVER_NODE.includes(key)) continue;
            Object.defineProperty(target, key, {
                configurable: true,
                enumerable: false,
                get: () => win[key],
                set: (value) => {
                    win[key] = value;
                }
            });
        }
        target.window = win;
        target.self = win;
    }

    async teardown() {
        this.dom?.window.close();
        this.dom = undefined;
        await super.teardown();
    }
}

module.exports = SalesforceEnvironment;
