// The contact form of the webview under plain mocha, in happy-dom: driven through the VsCodeApi seam
// with the host's messages, as VS Code would. Render from definitions, validation messages,
// multi-value add/remove, the company picker by keyboard, restoring state, and a finished list.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Window } from 'happy-dom';
import { FormField, buildFormFields } from '../../src/contact/formFields';
import { systemFormFields } from '../../src/contact/systemFields';
import { ObjectDefinitions } from '../../src/lightfield/types';
import { formatPhoneNumber } from '../../src/parse/normalizePhone';
import { HostMessage, WebviewMessage } from '../../src/shared/protocol';
import { phonesForReading } from '../../src/webview/phoneDisplay';
import { SEARCH_DELAY_MS } from '../../src/webview-ui/companySearch';
import { ContactForm } from '../../src/webview-ui/contactForm';
import { focusWaitingOnReturn } from '../../src/webview-ui/pageFocus';
import { pageLoad } from '../../src/webview-ui/pageLoad';
import { SavedState, VsCodeApi } from '../../src/webview-ui/vscodeApi';
import standard from '../fixtures/contact-definitions.json';
import { repoRoot } from '../parser/corpus';

const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot(), file), 'utf8')) as Record<string, string>;

const { fields } = buildFormFields(standard as unknown as ObjectDefinitions);
const DOM_GLOBALS = ['document', 'HTMLElement', 'HTMLInputElement', 'HTMLFormElement', 'HTMLSelectElement', 'Node'];

/** Records what the form sends and keeps its webview state, as VS Code does. */
class RecordingApi implements VsCodeApi {
  posted: WebviewMessage[] = [];
  state: unknown;
  postMessage(message: WebviewMessage): void {
    this.posted.push(structuredClone(message));
  }
  getState(): unknown {
    return this.state;
  }
  setState(state: SavedState): void {
    this.state = structuredClone(state);
  }
  last<T extends WebviewMessage['type']>(type: T): Extract<WebviewMessage, { type: T }> | undefined {
    return this.posted.filter((m): m is Extract<WebviewMessage, { type: T }> => m.type === type).at(-1);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('webview contact form (happy-dom)', () => {
  let window: Window;
  let api: RecordingApi;
  let app: HTMLElement;
  let live: HTMLElement;
  let form: ContactForm;

  before(() => {
    window = new Window({ url: 'https://webview.test/' });
    for (const name of DOM_GLOBALS) Object.assign(globalThis, { [name]: window[name as keyof Window] });
    focusWaitingOnReturn(window as unknown as globalThis.Window);
  });
  after(async () => {
    await window.happyDOM.close();
    for (const name of DOM_GLOBALS) delete (globalThis as Record<string, unknown>)[name];
  });
  beforeEach(() => {
    document.body.replaceChildren();
    app = document.createElement('main');
    live = document.createElement('div');
    document.body.append(app, live);
    api = new RecordingApi();
    form = new ContactForm(api, app, live);
  });
  // Every form looks its company up once typing pauses: let that run before the DOM goes.
  afterEach(() => sleep(SEARCH_DELAY_MS + 10));

  function init(overrides: Partial<Extract<HostMessage, { type: 'init' }>> = {}, withFields: FormField[] = fields) {
    form.handle({ type: 'init', formId: 'form-1', fields: withFields, draft: {}, fieldErrors: {}, ...overrides });
  }
  function input(label: string): HTMLInputElement {
    const found = [...app.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
    assert.ok(found, `no label "${label}"`);
    return document.getElementById(found.getAttribute('for') ?? '') as HTMLInputElement;
  }
  function button(text: string): HTMLButtonElement {
    const found = [...app.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === text || candidate.getAttribute('aria-label') === text,
    );
    assert.ok(found, `no button "${text}" among ${[...app.querySelectorAll('button')].map((b) => b.textContent)}`);
    return found as unknown as HTMLButtonElement;
  }
  function type(target: HTMLInputElement, value: string): void {
    target.value = value;
    target.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
  }
  function leave(target: HTMLInputElement): void {
    target.dispatchEvent(new window.FocusEvent('focusout', { bubbles: true }) as unknown as Event);
  }
  const submitForm = () =>
    app.querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
  const text = (selector: string) => app.querySelector(selector)?.textContent ?? '';
  /** The host's answer to a request to format phone numbers (the last one), with US as the default country. */
  function phonesAnswer(request = api.last('formatPhones')) {
    assert.ok(request, 'no formatPhones request');
    return phonesForReading(request, fields, (typed) => formatPhoneNumber(typed, 'US'));
  }
  function answerFormatPhones(): void {
    const answer = phonesAnswer();
    if (answer) form.handle(answer);
  }

  it('renders the form from the field definitions, focused on its first field', () => {
    init();
    assert.equal(text('h1'), 'New Lightfield Contact');
    for (const label of ['First name', 'Last name', 'Email', 'Phone', 'Job title', 'Accounts', 'Lead source'])
      assert.ok(input(label), label);
    assert.equal(input('Do not contact').type, 'checkbox');
    assert.equal(input('Email').type, 'email');
    assert.equal(document.activeElement, input('First name'));
    assert.deepEqual(api.last('draftChanged')?.formId, 'form-1', 'the conformed draft goes back to the host');
  });

  it('says what is wrong: inline on leaving a field, and for the whole form on submit', () => {
    init();
    type(input('Email'), 'ada@');
    leave(input('Email'));
    assert.match(text('.field-error'), /email/i);
    assert.equal(input('Email').getAttribute('aria-invalid'), 'true');

    type(input('Email'), '');
    submitForm();
    assert.match(text('#banner'), /^Enter a name or an email address\.$/);
    assert.equal(api.last('submit'), undefined, 'nothing sent');

    type(input('First name'), 'Ada');
    submitForm();
    const sent = api.last('submit');
    assert.deepEqual([sent?.action, sent?.draft.$name], ['create', { firstName: 'Ada', lastName: '' }]);
    assert.equal(app.getAttribute('aria-busy'), 'true');

    form.handle({
      type: 'submitFailed',
      requestId: sent!.requestId,
      message: 'Lightfield did not answer.',
      fieldErrors: {},
      retryable: true,
    });
    assert.match(text('#banner'), /Lightfield did not answer\./);
    assert.equal(live.textContent, 'Lightfield did not answer.');
    button('Retry').click();
    assert.equal(api.posted.filter((m) => m.type === 'submit').length, 2, 'Retry submits again');
    assert.equal((document.getElementById('banner') as HTMLElement).hidden, true, 'the failure goes with the retry');
    assert.equal(app.getAttribute('aria-busy'), 'true');
  });

  it('sends a submit without redrawing a form that shows no errors, and redraws one that does', () => {
    init();
    type(input('First name'), 'Ada');
    const firstName = input('First name');
    submitForm();
    assert.ok(api.last('submit'));
    assert.equal(input('First name'), firstName, 'the same controls: no redraw held the message back');
    form.handle({
      type: 'submitFailed',
      requestId: api.last('submit')!.requestId,
      message: 'Lightfield did not accept it: Invalid email.',
      fieldErrors: { $email: 'Invalid email.' },
      retryable: false,
    });
    assert.match(text('.field-error'), /Invalid email\./);
    submitForm();
    assert.equal(app.querySelectorAll('.field-error').length, 0, 'the errors shown go with the next submit');
  });

  it('adds and removes values of a multi-value field', () => {
    init();
    type(input('Email'), 'ada@analytical-engines.example');
    button('Add Email 2').click();
    assert.equal(document.activeElement, input('Email 2'));
    type(input('Email 2'), 'ada@home.example');
    assert.deepEqual(api.last('draftChanged')?.draft.$email, ['ada@analytical-engines.example', 'ada@home.example']);
    button('Remove Email 2').click();
    assert.deepEqual(api.last('draftChanged')?.draft.$email, ['ada@analytical-engines.example']);
    assert.equal([...app.querySelectorAll('label')].filter((l) => l.textContent === 'Email 2').length, 0);
  });

  it('shows a typed phone number formatted once the user leaves it, never while they type', () => {
    init();
    const phone = input('Phone');
    phone.focus();
    type(phone, '415.555.0123');
    assert.equal(api.last('formatPhones'), undefined, 'not while typing');
    phone.blur();
    assert.deepEqual(api.last('formatPhones'), {
      type: 'formatPhones',
      formId: 'form-1',
      key: '$phone',
      values: ['415.555.0123'],
    });
    answerFormatPhones();
    assert.equal(phone.value, '(415) 555-0123');
    assert.deepEqual(api.last('draftChanged')?.draft.$phone, ['(415) 555-0123'], 'the host stores it formatted');
    assert.deepEqual((api.state as SavedState).draft.$phone, ['(415) 555-0123'], 'and so does the webview state');

    type(phone, '+442079460958');
    leave(phone);
    answerFormatPhones();
    assert.equal(phone.value, '+44 20 7946 0958', 'another country: international format');
    type(phone, '555-01');
    leave(phone);
    answerFormatPhones();
    assert.equal(phone.value, '555-01', 'not a number: as typed');
  });

  it('does not take a number back that the user went on typing, nor move the caret of the input they are in', () => {
    init();
    const phone = input('Phone');
    type(phone, '415.555.0123');
    leave(phone);
    const sent = api.last('formatPhones')!;
    type(phone, '415.555.01234');
    answerFormatPhones();
    assert.equal(phone.value, '415.555.01234', 'typed after the request');

    type(phone, '415.555.0123');
    phone.focus();
    phone.setSelectionRange(3, 3);
    form.handle(phonesAnswer(sent)!);
    assert.equal(phone.value, '415.555.0123', 'the user is back in the input');
    assert.equal(phone.selectionStart, 3, 'the caret stays');
    phone.blur();
    form.handle({ ...phonesAnswer(sent)!, formId: 'form-0' });
    assert.equal(phone.value, '415.555.0123', 'an answer for another form');
    answerFormatPhones();
    assert.equal(phone.value, '(415) 555-0123');
  });

  it('shows the numbers of a restored draft formatted, also after adding and removing phones', () => {
    api.state = { formId: 'form-1', draft: { $phone: ['4155550123', '+442079460958'] } };
    init();
    assert.deepEqual(api.last('formatPhones')?.values, ['4155550123', '+442079460958']);
    answerFormatPhones();
    assert.deepEqual([input('Phone').value, input('Phone 2').value], ['(415) 555-0123', '+44 20 7946 0958']);

    button('Add Phone 3').click();
    assert.equal(document.activeElement, input('Phone 3'));
    type(input('Phone 3'), '(415) 555 0199');
    button('Remove Phone 2').click();
    answerFormatPhones();
    assert.deepEqual([input('Phone').value, input('Phone 2').value], ['(415) 555-0123', '(415) 555-0199']);
    assert.deepEqual(api.last('draftChanged')?.draft.$phone, ['(415) 555-0123', '(415) 555-0199']);
  });

  it('searches companies as typing pauses; a match is chosen by keyboard; older answers are ignored', async () => {
    init();
    const company = input('Accounts');
    company.focus();
    type(company, 'Acme');
    assert.equal(api.last('searchAccounts'), undefined, 'not while typing');
    await sleep(SEARCH_DELAY_MS + 50);
    const search = api.last('searchAccounts');
    assert.equal(search?.query, 'Acme');

    form.handle({ type: 'accounts', requestId: search!.requestId - 1, accounts: [{ id: 'acc_old', name: 'Old' }] });
    assert.equal(app.querySelectorAll('ul.choices button').length, 0, 'an answer to an older search');
    form.handle({
      type: 'accounts',
      requestId: search!.requestId,
      accounts: [{ id: 'acc_1', name: 'Acme Robotics', detail: 'https://acme-robotics.example' }],
    });
    assert.ok(button('Create Company "Acme"'), 'no exact match: the company can be created');
    const choice = button('Acme Robotics (https://acme-robotics.example)');
    assert.equal(choice.type, 'button', 'a native button: reached by Tab, pressed with Enter or Space');
    assert.equal(document.activeElement, input('Accounts'), 'the caret stays in the field while results arrive');
    choice.focus();
    choice.click();
    assert.deepEqual(api.last('draftChanged')?.draft.$account, { id: 'acc_1', name: 'Acme Robotics' });
    assert.match(text('[role="status"].hint'), /Linked to Acme Robotics\./);
    assert.equal(document.activeElement, input('Accounts'), 'focus back in the field');

    form.handle({
      type: 'accountSuggestion',
      formId: 'form-1',
      domain: 'babbage.example',
      account: { id: 'acc_2', name: 'Babbage & Co' },
    });
    button('Use Babbage & Co').click();
    assert.deepEqual(api.last('draftChanged')?.draft.$account, { id: 'acc_2', name: 'Babbage & Co' });
  });

  it('creates the typed company when the user asks', async () => {
    init();
    type(input('Accounts'), 'Babbage');
    await sleep(SEARCH_DELAY_MS + 50);
    form.handle({ type: 'accounts', requestId: api.last('searchAccounts')!.requestId, accounts: [] });
    assert.match(text('[role="status"].hint'), /No company with that name/);
    button('Create Company "Babbage"').click();
    const create = api.last('createAccount');
    assert.deepEqual([create?.formId, create?.name], ['form-1', 'Babbage']);
    form.handle({ type: 'accountCreated', requestId: create!.requestId, account: { id: 'acc_9', name: 'Babbage' } });
    assert.deepEqual(api.last('draftChanged')?.draft.$account, { id: 'acc_9', name: 'Babbage' });
  });

  it("keeps what was typed into the system fields, and the caret, when the workspace's fields replace them", () => {
    const labels = () => [...app.querySelectorAll('label')].map((label) => label.textContent);
    const status = () => app.querySelector('#status')?.textContent;
    init({ workspaceFields: 'coming' }, systemFormFields([]));
    assert.deepEqual(labels(), ['First name', 'Last name', 'Email'], "the form before the workspace's fields");
    assert.equal(status(), "Fetching your workspace's contact fields… You can fill in these meanwhile.");
    type(input('Email'), 'ada@example.com');
    input('First name').focus();
    type(input('First name'), 'Ad');
    input('First name').setSelectionRange(1, 1);
    init({ draft: {} }); // the host's copy may lag behind what the webview holds
    assert.ok(labels().includes('Phone') && labels().includes('Job title'), "the workspace's fields are drawn");
    assert.equal(status(), '', "the status once the workspace's fields came");
    assert.equal(input('First name').value, 'Ad');
    assert.equal(input('Email').value, 'ada@example.com');
    assert.equal(document.activeElement, input('First name'), 'the focus stays in the field typed in');
    assert.deepEqual([input('First name').selectionStart, input('First name').selectionEnd], [1, 1], 'the caret');
    assert.deepEqual(api.last('draftChanged')?.draft.$email, ['ada@example.com']);
  });

  it("says when fetching the workspace's fields failed, and keeps what was typed", () => {
    const status = () => app.querySelector('#status')?.textContent;
    init({ workspaceFields: 'coming' }, systemFormFields([]));
    type(input('Email'), 'ada@example.com');
    init({ draft: {}, workspaceFields: 'failed' }, systemFormFields([]));
    assert.equal(status(), "Your workspace's contact fields could not be fetched. Create Contact fetches them again.");
    assert.equal(input('Email').value, 'ada@example.com');
  });

  it('keeps the caret in a phone field, and the focus in an email field, when fresher fields redraw the form', () => {
    init();
    input('Phone').focus();
    type(input('Phone'), '555 0100');
    input('Phone').setSelectionRange(3, 3);
    init();
    assert.equal(document.activeElement, input('Phone'));
    assert.deepEqual([input('Phone').selectionStart, input('Phone').selectionEnd], [3, 3], 'the caret in a tel input');
    input('Email').focus();
    init(); // an email input has no caret to keep: the redraw must not throw setting one
    assert.equal(document.activeElement, input('Email'));
  });

  it('takes the keyboard only once the page has it: a redraw or an outcome while the user is elsewhere waits', () => {
    init();
    const hasFocus = document.hasFocus;
    // The user turned to the palette: VS Code has the keyboard, not the page.
    const away = (body: () => void) => {
      document.hasFocus = () => false;
      try {
        body();
      } finally {
        document.hasFocus = hasFocus;
      }
    };
    input('Phone').focus();
    type(input('Phone'), '555 0100');
    input('Phone').setSelectionRange(3, 3);
    away(() => init()); // fresher fields redraw the form
    assert.notEqual(document.activeElement, input('Phone'), 'the redraw took the focus back into the page');
    window.dispatchEvent(new window.Event('focus'));
    assert.equal(document.activeElement, input('Phone'), 'the redrawn Phone has the focus once the page has');
    assert.deepEqual([input('Phone').selectionStart, input('Phone').selectionEnd], [3, 3], 'the caret kept');
    type(input('First name'), 'Ada');
    type(input('Last name'), 'Lovelace');
    type(input('Email'), 'ada@example.com');
    submitForm();
    const requestId = api.last('submit')!.requestId;
    away(() => form.handle({ type: 'created', requestId, name: 'Ada Lovelace', httpLink: null }));
    const done = app.querySelector('p.done');
    assert.equal(done?.textContent, 'Created contact Ada Lovelace');
    assert.notEqual(document.activeElement, done, 'the outcome took the focus');
    window.dispatchEvent(new window.Event('focus'));
    assert.equal(document.activeElement, done, 'the outcome has the focus once the page has the keyboard');
  });

  it('restores what the webview last saw, unless the host started a new form', () => {
    api.state = { formId: 'form-1', draft: { $title: 'Countess' } };
    init({ draft: { $title: 'Host copy' } });
    assert.equal(input('Job title').value, 'Countess');
    init({ formId: 'form-2', draft: { $title: 'New form' } });
    assert.equal(input('Job title').value, 'New form');
  });

  it('handles what its page came with once: a list shown since keeps its choices when the same page loads again', () => {
    const withPage = (page: string) => {
      const initial: HostMessage[] = [
        { type: 'strings', bundle: {} },
        { type: 'init', formId: 'form-1', fields, draft: { $title: 'Countess' }, fieldErrors: {} },
      ];
      Object.assign(app.dataset, { page, initial: JSON.stringify(initial) });
      const load = pageLoad(api, app);
      const shown = new ContactForm(load.api, app, live);
      load.initial.forEach((message) => shown.handle(message));
      return { shown, handled: load.initial.map((message) => message.type) };
    };
    const row = (id: string) => ({ id, name: id, details: [], unsaved: [], status: 'ready' as const });
    const list: HostMessage = {
      type: 'people',
      listId: 'l1',
      heading: '2 people',
      rows: [row('a'), row('b')],
      busy: false,
    };
    const box = () => document.getElementById('person-a') as HTMLInputElement;

    const first = withPage('page-1');
    assert.deepEqual(first.handled, ['strings', 'init']);
    assert.equal(input('Job title').value, 'Countess');
    // The host puts a list into the panel; the user unticks one person.
    first.shown.handle(list);
    box().checked = false;
    box().dispatchEvent(new window.Event('change') as unknown as Event);
    // Hidden and shown again: the same page loads anew, and the host posts the list on its `ready`.
    const again = withPage('page-1');
    assert.deepEqual(again.handled, ['strings'], 'the page’s own form is no longer the one shown');
    again.shown.handle(list);
    assert.equal(box().checked, false, 'the unticked person stays unticked');
    // A page the host loads anew (a panel restored after a reload) draws the form it comes with.
    assert.deepEqual(withPage('page-2').handled, ['strings', 'init']);
  });

  it('keeps waiting for a submit that was under way before a reload', () => {
    init({ busyRequestId: 7 });
    assert.equal(document.getElementById('submit')?.getAttribute('aria-disabled'), 'true');
    submitForm();
    assert.equal(api.last('submit'), undefined, 'no second submit while one is under way');
    form.handle({ type: 'created', requestId: 7, name: 'Ada Lovelace', httpLink: null });
    // One line; Open in Lightfield and Create Another are on the notification, not repeated here.
    assert.equal(text('.created'), 'Created contact Ada Lovelace');
    assert.equal(app.querySelectorAll('button').length, 0);
  });

  it('speaks the language of the bundle the host sends first, in whole sentences', () => {
    const bundle = readJson('l10n/bundle.l10n.de.json');
    form.handle({ type: 'strings', bundle });
    try {
      init({ prefill: { source: 'der Auswahl', fromText: ['$name'], unsaved: [] } });
      assert.equal(input('Vorname').value, '');
      assert.ok(button('Kontakt anlegen'));
      assert.ok(button('Email 2 hinzufügen')); // the field's label is the workspace's own
      assert.match(text('.intro'), /^Ausgefüllt aus der Auswahl: /);
    } finally {
      form.handle({ type: 'strings', bundle: {} });
    }
    init();
    assert.ok(button('Create Contact'));
  });

  it('says how it found the existing contact: by the email typed', () => {
    init({ draft: { $email: ['Grace@Navy.example'] } });
    submitForm();
    const requestId = api.last('submit')!.requestId;
    form.handle({ type: 'duplicate', requestId, name: 'Grace Hopper', email: 'Grace@Navy.example', httpLink: null });
    assert.equal(
      text('#duplicate span'),
      'Grace Hopper already exists in Lightfield: a contact there has the email Grace@Navy.example.',
    );
    assert.deepEqual(
      [...document.querySelectorAll('#duplicate button')].map((b) => b.textContent),
      ['Add Missing Details', 'Create Anyway'],
    );
  });

  it('offers New Contact and Close once everyone in a list is created', () => {
    const row = (id: string, status: 'created' | 'ready') => ({ id, name: id, details: [], unsaved: [], status });
    form.handle({
      type: 'people',
      listId: 'l1',
      heading: '2 people',
      rows: [row('a', 'created'), row('b', 'ready')],
      busy: false,
    });
    assert.ok(button('Create Selected'));
    form.handle({
      type: 'people',
      listId: 'l1',
      heading: '2 people',
      rows: [row('a', 'created'), row('b', 'created')],
      busy: false,
    });
    assert.match(text('#status'), /2 of 2 created\. Everyone in this list is in Lightfield now\./);
    assert.equal([...app.querySelectorAll('button')].filter((b) => b.textContent === 'Create Selected').length, 0);
    button('New Contact').click();
    assert.deepEqual(api.posted.at(-1), { type: 'discardList', listId: 'l1' });
    button('Close').click();
    assert.deepEqual(api.posted.at(-1), { type: 'closeForm' });
  });

  it('shows a contact found while typing above the form, leaving the caret where it is', () => {
    init();
    input('Email').focus();
    type(input('Email'), 'ada@analytical-engines.example');
    const existing = {
      name: 'Ada Lovelace',
      email: 'ada@analytical-engines.example',
      httpLink: 'https://lightfield.app/c/1',
    };
    form.handle({ type: 'existingContact', formId: 'form-0', contact: existing });
    assert.equal(app.querySelector('#duplicate')?.hasAttribute('hidden'), true, 'another form: ignored');
    form.handle({ type: 'existingContact', formId: 'form-1', contact: existing });
    assert.equal(app.querySelector('#duplicate')?.hasAttribute('hidden'), false);
    const notice =
      'Ada Lovelace already exists in Lightfield: a contact there has the email ada@analytical-engines.example.';
    assert.ok(text('#duplicate').startsWith(notice));
    assert.equal(live.textContent, notice);
    assert.equal(document.activeElement, input('Email'), 'the caret stays');
    assert.equal(input('Email').value, 'ada@analytical-engines.example');

    button('Create Anyway').click();
    assert.equal(api.last('submit')?.action, 'createAnyway');
    assert.equal(app.querySelector('#banner') !== null, true, 'a failure still has its banner');
  });

  it('takes the notice back when the host says the emails no longer match', () => {
    init();
    form.handle({
      type: 'existingContact',
      formId: 'form-1',
      contact: { name: 'Ada Lovelace', email: 'ada@example.com', httpLink: null },
    });
    assert.ok(button('Add Missing Details'));
    form.handle({ type: 'existingContact', formId: 'form-1', contact: null });
    assert.equal(app.querySelector('#duplicate')?.hasAttribute('hidden'), true);
    assert.equal(text('#duplicate'), '');
  });
});
