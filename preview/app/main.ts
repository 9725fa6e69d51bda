// Entry of the preview page: mounts the Account record page mock-up (`preview-app`).
import './clock';
import { createElement } from 'lwc';
import App from './modules/preview/app/app';

performance.mark('si-preview-start');
const host = document.getElementById('main');
if (!host) throw new Error('preview: the page has no #main element');
host.appendChild(createElement('preview-app', { is: App }));
