// Entry of the preview page: mounts the Account record page mock-up (`preview-app`), or the orchestration
// record page (`preview-orchestration`) for `/?page=orchestration`.
import './clock';
import { createElement } from 'lwc';
import App from './modules/preview/app/app';
import Orchestration from './modules/preview/orchestration/orchestration';

performance.mark('si-preview-start');
const host = document.getElementById('main');
if (!host) throw new Error('preview: the page has no #main element');
if (new URLSearchParams(window.location.search).get('page') === 'orchestration')
    host.appendChild(createElement('preview-orchestration', { is: Orchestration }));
else host.appendChild(createElement('preview-app', { is: App }));
