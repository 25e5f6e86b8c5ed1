// Entry of dist/webview/webview.js: connects the contact form to VS Code. The form itself (contactForm.ts)
// reaches VS Code only through the VsCodeApi seam, so tests run it without a browser.
import { ContactForm } from './contactForm';
import { el } from './dom';
import { focusWaitingOnReturn } from './pageFocus';
import { pageLoad } from './pageLoad';
import { VsCodeApi } from './vscodeApi';

declare function acquireVsCodeApi(): VsCodeApi;

const app = document.getElementById('app') as HTMLElement;
const { api, initial } = pageLoad(acquireVsCodeApi(), app);
// One live region for the whole life of the page: regions redrawn with the form may not be read out.
const live = el('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
document.body.append(live);
const form = new ContactForm(api, app, live);
focusWaitingOnReturn(window);
window.addEventListener('message', (event: MessageEvent) => form.handle(event.data));
api.postMessage({ type: 'ready' });
// What the page came with (html.ts), on its first load: drawn while the host hears of `ready`.
for (const message of initial) form.handle(message);
