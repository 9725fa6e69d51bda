// Entry of the preview page: mounts the Account record page mock-up (`preview-app`), the orchestration
// record page (`preview-orchestration`) for `/?page=orchestration`, or the segment builder app page
// (`preview-segments`) for `/?page=segments`.
import './clock';
import { createElement } from 'lwc';
import App from './modules/preview/app/app';
import Orchestration from './modules/preview/orchestration/orchestration';
import Segments from './modules/preview/segments/segments';

performance.mark('si-preview-start');
const host = document.getElementById('main');
if (!host) throw new Error('preview: the page has no #main element');
const page = new URLSearchParams(window.location.search).get('page');
if (page === 'orchestration') host.appendChild(createElement('preview-orchestration', { is: Orchestration }));
else if (page === 'segments') host.appendChild(createElement('preview-segments', { is: Segments }));
else host.appendChild(createElement('preview-app', { is: App }));
