// UI end-to-end, issue 4: contacts from text. A stand-in of their own (a clean contact store), a
// browser of their own (clipboard permissions granted) and a workspace of their own holding the
// texts of test/fixtures/e2e/:
//   j. a whole email with a reply chain, selected with the keyboard, right-click INSIDE the selection
//      → the form prefilled with the top sender, their company in the picker, nothing sent;
//      Create Company → confirmed → linked; Create Contact → one account, one contact linked to it
//   k. plain prose (Shift+Alt+L) → "No contact details found in the selection" → Open Empty Form
//   l. a To: line with three people → the list → one fails after the client's retries → Retry Failed
//      → three contacts, no duplicates, the failed person's POSTs all carry one Idempotency-Key
//   m. Create Contact from Clipboard → the form prefilled from the clipboard; its company blocks
//      Create Contact until the user clears it → Create Contact
//   n. markup in the text (palette command) stays text: no element, no script run, no dialog
//   o. Explorer context menu on an Outlook CSV → Import Contacts from File → list of two → created
//   v. a list of three from the clipboard, all created → the list offers New Contact; the tab closed,
//      Create Contact opens the empty form, not the finished list (issue 15)
//   eml. Explorer context menu on an .eml (HTML-only body, RFC 2047 sender name) → Import Contacts
//        from File → the form prefilled with the sender → Create Contact → one POST with their fields
//   z3. a create held in flight while a list is captured from the clipboard: the create's end leaves
//      the list, and Create Selected creates its people (issue 10, finding 3)
//   z4. the panel closed and reopened during a slow duplicate check, Create pressed again: one
//      contact, one Idempotency-Key (issue 10, finding 4)
import type { ConsoleMessage, Dialog, FrameLocator, Locator } from 'playwright-core';
import type { FakeLightfield, RecordedRequest } from '../fake-lightfield/server';
import { log, sleep } from '../host/tools';
import type { Workbench } from '../host/workbench';
import {
  PANEL_TITLE,
  UUID_V4,
  createPostsSince,
  describedBy,
  e2eFixtures,
  isCreate,
  openCreateContact,
  requestsSince,
  startScenarioFile,
  submit,
  withIndexLag,
  type Expectations,
  type ScenarioEnv,
} from './harness';
import { accountInput, createCompany, isAccountCreate, waitForCreateCompany } from './picker';

const LETTERS = ['j', 'k', 'l', 'm', 'n', 'o', 'v', 'eml', 'z3', 'z4'];
const FILES = {
  email: 'reply-chain-email.txt',
  prose: 'prose.txt',
  recipients: 'recipients.txt',
  xss: 'xss-vcard.txt',
  csv: 'outlook-two.csv',
  eml: 'html-only-sender.eml',
} as const;
// The context menu shows the title as the palette does, "Lightfield" included.
const FROM_SELECTION = 'Lightfield: Create Contact from Selection';
const CREATE_ROUTE = 'POST /v1/contacts';

type Form = FrameLocator;
type Fields = Record<string, unknown>;

const byLabel = (form: Form, label: string): Locator => form.getByLabel(label, { exact: true });
const sentFields = (request: RecordedRequest | undefined): Fields =>
  ((request?.body ?? {}) as { fields?: Fields }).fields ?? {};
const sentEmail = (request: RecordedRequest): string =>
  String((sentFields(request).$email as string[] | undefined)?.[0] ?? '(no email)');
const storedEmails = (fake: FakeLightfield): string[] =>
  fake
    .contacts()
    .map((contact) =>
      String(((contact.fields.$email as { value?: string[] } | undefined)?.value ?? [])[0] ?? '(no email)'),
    );

/**
 * After a capture command: answers the "… Replace it?" modal (an earlier scenario may have left an
 * unsent draft in the form: the draft is kept per user, not per window), then waits for the panel.
 */
async function waitForCapturePanel(w: Workbench): Promise<void> {
  const tab = w.tab(PANEL_TITLE);
  await tab.or(w.dialog()).first().waitFor({ timeout: 20_000 });
  if (await w.dialog().isVisible()) {
    const text = (await w.dialogTexts()).join(' | ');
    if (!/Replace it\?/.test(text)) throw new Error(`a dialog instead of the form: ${text}`);
    log(`INFO: "${text}" → Replace`);
    await w.dialog().locator('.monaco-button', { hasText: 'Replace' }).first().click();
  }
  await tab.waitFor({ timeout: 20_000 });
}

/** The input's value once it is not empty (the form fills after the webview says ready). */
async function filledValue(input: Locator, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  await input.waitFor({ timeout: timeoutMs });
  for (;;) {
    const value = await input.inputValue();
    if (value !== '' || Date.now() > deadline) return value;
    await sleep(100);
  }
}

/** Each label's input holds the value (a phone as formatted for reading) and names its badge "From <source>" in aria-describedby. */
async function expectPrefilled(
  form: Form,
  values: Record<string, string>,
  source: string,
  expect: Expectations,
): Promise<void> {
  for (const [label, expected] of Object.entries(values)) {
    const input = byLabel(form, label);
    const value = await filledValue(input);
    expect.equal(value, expected, `"${label}" value`);
    const description = await describedBy(input);
    expect.that(
      description.split(' | ').includes(`From ${source}`),
      `"${label}" aria-describedby text lacks "From ${source}": ${JSON.stringify(description)}`,
    );
  }
}

/** Opens a workspace file, selects all of it with the keyboard. */
async function selectWholeFile(w: Workbench, file: string): Promise<void> {
  await w.openFile(file);
  await w.selectAllInEditor();
}

/** Waits for the list of people: its heading, the line that counts them, one item each. */
async function peopleList(form: Form, count: number, source: string, expect: Expectations): Promise<void> {
  await form.getByRole('heading', { name: 'New Lightfield Contacts', exact: true }).waitFor({ timeout: 20_000 });
  expect.that(
    await form.getByText(`${count} people in ${source}. Check the people to create.`, { exact: true }).isVisible(),
    `no line "${count} people in ${source}. Check the people to create.": ${JSON.stringify(await form.locator('section.people > p').first().innerText())}`,
  );
  expect.equal(await form.locator('li.person').count(), count, 'list items');
}

function personRow(form: Form, name: string): Locator {
  return form.locator('li.person', { has: form.getByLabel(name, { exact: true }) }).first();
}

async function rowStatus(form: Form, name: string): Promise<string> {
  return (await personRow(form, name).locator('.person-status').innerText()).trim();
}

/**
 * Dialogs (alert/confirm/prompt) of any frame of the page, recorded and dismissed; and the console
 * lines about one. The webview's content frame is sandboxed without allow-modals, so there an alert
 * opens no dialog: chromium logs "Ignored call to 'alert()'" instead, which is what gives it away.
 */
function recordDialogs(w: Workbench): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const onDialog = (dialog: Dialog): void => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  };
  const onConsole = (message: ConsoleMessage): void => {
    if (/\b(alert|confirm|prompt)\(/.test(message.text())) seen.push(`console: ${message.text()}`);
  };
  w.page.on('dialog', onDialog);
  w.page.on('console', onConsole);
  return {
    seen,
    stop: () => {
      w.page.off('dialog', onDialog);
      w.page.off('console', onConsole);
    },
  };
}

export async function runCaptureScenarios(env: ScenarioEnv): Promise<void> {
  const setup = await startScenarioFile(env, {
    letters: LETTERS,
    name: 'capture',
    files: e2eFixtures(...Object.values(FILES)),
    expectFile: FILES.email,
    // z3 holds a create 8 s and z4 a duplicate search 6 s: one attempt must outlast that, not be retried.
    settings: { 'lightfield.requestTimeoutSeconds': 30 },
    afterSignIn: async ({ context, workbench }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(workbench.base).origin });
      await workbench.waitForCommand('Lightfield: Create Contact from Clipboard');
    },
  });
  if (!setup) return;
  const { fake, scenario } = setup;

  await scenario(
    'j',
    'an email with a reply chain: the top sender prefilled from the context menu, one POST on Create',
    async (w, expect) => {
      await selectWholeFile(w, FILES.email);
      const entry = await w.openEditorContextMenu('Operations', FROM_SELECTION);
      await w.screenshot('context-menu');
      const since = fake.requests.length;
      const contactsBefore = fake.contacts().length;
      await w.chooseMenuItem(entry);
      await waitForCapturePanel(w);
      const accountsBefore = fake.accounts().length;
      const company = 'Northwind Robotics';
      const form = w.webview();
      await expectPrefilled(
        form,
        {
          'First name': 'Priya',
          'Last name': 'Raman',
          Email: 'priya.raman@northwind-robotics.example',
          'Job title': 'Director of Operations',
          Phone: '(415) 555-0142', // national format: US, the likely country of VS Code's English
          Accounts: company,
        },
        'the selection',
        expect,
      );
      const notes = await form.locator('.unsaved').allInnerTexts();
      expect.that(
        !notes.some((note) => note.includes(company)),
        `the company is still in a "not saved" note: ${JSON.stringify(notes)}`,
      );
      await w.screenshot('prefilled-form');
      await sleep(500); // a POST made on opening would show up here
      expect.equal(
        fake.requests.slice(since).filter((r) => r.method === 'POST').length,
        0,
        'POSTs before Create Company',
      );
      const button = await waitForCreateCompany(w, company, expect, { prefilled: 'the selection' });
      await w.screenshot('create-company-offered');
      await createCompany(w, button, company, 'https://northwind-robotics.example', expect);
      const accountPosts = fake.requests.slice(since).filter(isAccountCreate);
      expect.equal(accountPosts.length, 1, 'POST /v1/accounts');
      expect.equal(
        accountPosts[0]?.body,
        { fields: { $name: company, $website: ['https://northwind-robotics.example'] } },
        'POST /v1/accounts body',
      );
      const accountKey = accountPosts[0]?.headers['idempotency-key'];
      expect.that(UUID_V4.test(accountKey ?? ''), `POST /v1/accounts Idempotency-Key not a UUID v4: ${accountKey}`);
      const accounts = fake.accounts().slice(accountsBefore);
      expect.equal(
        accounts.map((account) => account.fields.$name?.value),
        [company],
        'new stored accounts',
      );
      expect.equal(await accountInput(form).inputValue(), company, `"Accounts" once linked`);
      const submitted = fake.requests.length;
      await submit(w);
      await w.waitForNotification('Created contact Priya Raman');
      const posts = await createPostsSince(fake, submitted);
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 1, 'POST /v1/contacts since the menu entry');
      expect.equal(
        fake.requests.slice(since).filter(isAccountCreate).length,
        1,
        'POST /v1/accounts since the menu entry',
      );
      expect.equal(
        posts[0]?.body,
        {
          fields: {
            $name: { firstName: 'Priya', lastName: 'Raman' },
            $email: ['priya.raman@northwind-robotics.example'],
            $phone: ['+14155550142'],
            $title: 'Director of Operations',
          },
          relationships: { $account: [accounts[0]?.id ?? '(no account stored)'] },
        },
        'POST body',
      );
      expect.that(
        posts[0]?.headers['idempotency-key'] !== accountKey,
        'the contact and the company were created with one Idempotency-Key',
      );
      expect.equal(fake.contacts().length - contactsBefore, 1, 'new stored contacts');
    },
  );

  await scenario(
    'k',
    'plain prose (Shift+Alt+L): "No contact details found", Open Empty Form opens the empty form',
    async (w, expect) => {
      await selectWholeFile(w, FILES.prose);
      const since = fake.requests.length;
      await w.page.keyboard.press('Shift+Alt+L');
      const toast = await w.waitForNotification('No contact details found in the selection');
      const buttons = await w.notificationButtons(toast);
      expect.that(
        buttons.includes('Open Empty Form'),
        `notification buttons ${JSON.stringify(buttons)} lack "Open Empty Form"`,
      );
      await toast.locator('.monaco-button', { hasText: 'Open Empty Form' }).first().click();
      await waitForCapturePanel(w); // "… Replace it?" only when an earlier scenario left an unsent draft
      const form = w.webview();
      await byLabel(form, 'First name').waitFor({ timeout: 20_000 });
      for (const label of ['First name', 'Last name', 'Email', 'Job title', 'Phone']) {
        expect.equal(await byLabel(form, label).inputValue(), '', `"${label}" in the empty form`);
      }
      expect.equal(await form.locator('.from-text').count(), 0, '"From …" badges in the empty form');
      expect.equal(fake.requests.slice(since).filter((r) => r.method === 'POST').length, 0, 'POSTs');
    },
  );

  await scenario(
    'l',
    'a To: line of three: one fails after retries, Retry Failed creates it, no duplicates',
    async (w, expect) => {
      const people = [
        { name: 'Lin Zhou', email: 'lin.zhou@harbor-labs.example' },
        { name: 'Marta Kowalski', email: 'marta.kowalski@harbor-labs.example' },
        { name: 'Diego Ramos', email: 'diego.ramos@harbor-labs.example' },
      ];
      const contactsBefore = fake.contacts().length;
      await selectWholeFile(w, FILES.recipients);
      const entry = await w.openEditorContextMenu('Marta', FROM_SELECTION);
      await w.chooseMenuItem(entry);
      await waitForCapturePanel(w);
      const form = w.webview();
      await peopleList(form, 3, 'the selection', expect);
      for (const person of people) {
        const box = byLabel(form, person.name);
        expect.that(await box.isChecked(), `${person.name} not checked by default`);
        const details = await personRow(form, person.name).locator('.hint').innerText();
        expect.that(
          details.includes(person.email),
          `${person.name}'s details ${JSON.stringify(details)} lack ${person.email}`,
        );
      }
      await w.screenshot('people-list');
      // The first create gets 3 × 500: its attempt and the client's 2 retries; the others succeed.
      fake.injectFault(CREATE_ROUTE, { kind: 'status', status: 500 }, 3);
      const since = fake.requests.length;
      await form.getByRole('button', { name: 'Create Selected', exact: true }).click();
      const summary = await w.waitForNotification(/Created 2 of 3 contacts\. Not created:/, 60_000);
      const summaryText = (await summary.innerText()).replace(/\s+/g, ' ');
      log(`summary: ${summaryText}`);
      expect.that(
        (await w.notificationButtons(summary)).includes('Retry Failed'),
        'the summary has no "Retry Failed" button',
      );
      const firstRun = fake.requests.slice(since).filter(isCreate);
      const failedEmails = [...new Set(firstRun.filter((r) => r.status >= 500).map(sentEmail))];
      expect.equal(failedEmails.length, 1, `people whose POST failed (${JSON.stringify(failedEmails)})`);
      const failed = people.find((person) => person.email === failedEmails[0]);
      if (failed) {
        expect.that(summaryText.includes(failed.name), `the summary does not name ${failed.name}`);
        await form.getByText('Not created', { exact: false }).first().waitFor({ timeout: 10_000 });
        const status = await rowStatus(form, failed.name);
        expect.that(status.startsWith('Not created'), `${failed.name}'s status: ${JSON.stringify(status)}`);
        expect.that(await byLabel(form, failed.name).isChecked(), `${failed.name} (failed) is no longer checked`);
        for (const person of people.filter((p) => p !== failed)) {
          expect.equal(await rowStatus(form, person.name), 'Created', `${person.name}'s status`);
        }
      }
      await w.screenshot('people-one-failed');
      await summary.locator('.monaco-button', { hasText: 'Retry Failed' }).first().click();
      await w.waitForNotification('Created 1 of 1 contact.', 60_000);
      if (failed) await form.locator('li.person.status-created').nth(2).waitFor({ timeout: 10_000 });
      await sleep(300); // a stray POST would show up here
      expect.equal(
        storedEmails(fake).slice(contactsBefore).sort(),
        people.map((p) => p.email).sort(),
        'stored contacts (emails)',
      );
      const posts = fake.requests.slice(since).filter(isCreate);
      for (const person of people) {
        const own = posts.filter((r) => sentEmail(r) === person.email);
        const statuses = own.map((r) => r.status);
        const keys = new Set(own.map((r) => r.headers['idempotency-key']));
        const createdAt = statuses.findIndex((s) => s >= 200 && s < 300);
        expect.that(
          createdAt === own.length - 1,
          `${person.name}: POSTed after being created, or never created; statuses ${JSON.stringify(statuses)}`,
        );
        expect.that(
          keys.size === 1 && [...keys][0] !== undefined,
          `${person.name}: Idempotency-Keys ${JSON.stringify([...keys])}`,
        );
        if (person === failed)
          expect.equal(statuses.slice(0, 3), [500, 500, 500], `${person.name}'s first POST statuses (then one 2xx)`);
      }
      const allKeys = new Set(posts.map((r) => r.headers['idempotency-key']));
      expect.equal(allKeys.size, people.length, 'distinct Idempotency-Keys (one per person)');
    },
  );

  await scenario(
    'm',
    'Create Contact from Clipboard prefills the form; its company blocks Create until cleared',
    async (w, expect) => {
      const text =
        'Best,\nTomasz Nowak\nSenior Buyer\nBaltic Timber\ntomasz.nowak@baltic-timber.example\nTel. +48 22 555 01 47\n';
      await w.page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
      const since = fake.requests.length;
      const contactsBefore = fake.contacts().length;
      await w.runCommand('Lightfield: Create Contact from Clipboard');
      await waitForCapturePanel(w);
      const form = w.webview();
      await expectPrefilled(
        form,
        {
          'First name': 'Tomasz',
          'Last name': 'Nowak',
          Email: 'tomasz.nowak@baltic-timber.example',
          'Job title': 'Senior Buyer',
          Phone: '+48 22 555 01 47', // another country's: international format
          Accounts: 'Baltic Timber',
        },
        'the clipboard',
        expect,
      );
      expect.equal(
        fake.requests.slice(since).filter((r) => r.method === 'POST').length,
        0,
        'POSTs before Create Contact',
      );
      // A company neither chosen nor created is not dropped silently: it blocks Create Contact.
      await submit(w);
      const blocked =
        'Choose the company "Baltic Timber" from the list, or create it in Lightfield, or clear the field.';
      await form.getByText(blocked, { exact: true }).first().waitFor({ timeout: 10_000 });
      const accounts = accountInput(form);
      expect.that(
        (await describedBy(accounts)).split(' | ').includes(blocked),
        `"Accounts" is not described by the error: ${JSON.stringify(await describedBy(accounts))}`,
      );
      expect.equal(await accounts.getAttribute('aria-invalid'), 'true', '"Accounts" aria-invalid');
      await sleep(300);
      expect.equal(
        fake.requests.slice(since).filter((r) => r.method === 'POST').length,
        0,
        'POSTs after Create Contact with an unchosen company',
      );
      await w.screenshot('company-not-chosen');
      await accounts.fill('');
      await submit(w);
      await w.waitForNotification('Created contact Tomasz Nowak');
      const posts = await createPostsSince(fake, since);
      expect.equal(posts.length, 1, 'POST /v1/contacts');
      expect.equal(
        sentFields(posts[0]),
        {
          $name: { firstName: 'Tomasz', lastName: 'Nowak' },
          $email: ['tomasz.nowak@baltic-timber.example'],
          $phone: ['+48225550147'],
          $title: 'Senior Buyer',
        },
        'POST fields',
      );
      expect.equal(
        (posts[0]?.body as { relationships?: unknown } | undefined)?.relationships,
        undefined,
        'POST relationships (the company was cleared)',
      );
      expect.equal(fake.requests.slice(since).filter(isAccountCreate).length, 0, 'POST /v1/accounts');
      expect.equal(fake.contacts().length - contactsBefore, 1, 'new stored contacts');
    },
  );

  await scenario(
    'n',
    'markup in the selection stays text: no element made, no script run, no dialog',
    async (w, expect) => {
      const dialogs = recordDialogs(w);
      try {
        await selectWholeFile(w, FILES.xss);
        await w.runCommand(FROM_SELECTION);
        await waitForCapturePanel(w);
        const form = w.webview();
        const lastName = await filledValue(byLabel(form, 'Last name'));
        const title = await filledValue(byLabel(form, 'Job title'));
        expect.that(
          lastName.includes('<img src=x onerror=alert(1)>'),
          `Last name value ${JSON.stringify(lastName)} lacks the literal <img …>`,
        );
        expect.that(
          title.includes('<script>alert(2)</script>'),
          `Job title value ${JSON.stringify(title)} lacks the literal <script>`,
        );
        const company = 'Evil <img src=x onerror=alert(3)> Corp';
        const account = await filledValue(accountInput(form));
        expect.equal(account, company, '"Accounts" value (the literal <img …>)');
        const create = await waitForCreateCompany(w, company, expect, { prefilled: 'the selection' });
        expect.equal(
          (await create.innerText()).trim(),
          `Create Company "${company}"`,
          'the Create Company button text',
        );
        expect.equal(
          await create.evaluate((button) => button.childElementCount),
          0,
          'elements inside the Create Company button',
        );
        await w.screenshot('xss-as-text');
        await sleep(1000); // an onerror or a script would have run by now
        const content = await form.locator('html').evaluate((root) => ({
          images: root.querySelectorAll('img').length,
          withHandlers: root.querySelectorAll('[onerror], [onload]').length,
          scripts: [...root.querySelectorAll('script')].map(
            (script) => script.id || script.getAttribute('src') || script.textContent?.slice(0, 60) || '',
          ),
        }));
        const ownScripts = content.scripts.filter((script) => script !== '_vscodeApiScript'); // VS Code's acquireVsCodeApi shim
        expect.equal(content.images, 0, 'img elements in the webview content');
        expect.equal(content.withHandlers, 0, 'elements with onerror/onload in the webview content');
        expect.that(
          ownScripts.length === 1 && /\/dist\/webview\/webview\.js$/.test(ownScripts[0] ?? ''),
          `scripts in the webview content besides VS Code's: ${JSON.stringify(ownScripts)}`,
        );
        for (const frame of w.page.frames()) {
          const planted = await frame
            .evaluate(
              () =>
                [...document.querySelectorAll('img, [onerror], script:not([src])')].filter((node) =>
                  /alert\(/.test(node.outerHTML),
                ).length,
            )
            .catch(() => 0); // a frame that went away meanwhile
          expect.equal(planted, 0, `planted elements in frame ${frame.url().replace(/\?.*/, '?…')}`);
        }
        expect.equal(dialogs.seen, [], 'dialogs (or console lines about an alert)');
      } finally {
        dialogs.stop();
      }
    },
  );

  await scenario(
    'o',
    'Explorer: Import Contacts from File on an Outlook CSV lists two people and creates both',
    async (w, expect) => {
      const people = [
        { name: 'Nadia Haddad', email: 'nadia.haddad@cedar-systems.example' },
        { name: 'Oskar Lindqvist', email: 'oskar.lindqvist@fjord-data.example' },
      ];
      const contactsBefore = fake.contacts().length;
      const entry = await w.openExplorerContextMenu(FILES.csv, 'Import Contacts from File');
      await w.screenshot('explorer-import');
      await w.chooseMenuItem(entry);
      await waitForCapturePanel(w);
      const form = w.webview();
      await peopleList(form, 2, FILES.csv, expect);
      for (const person of people)
        expect.that(await byLabel(form, person.name).isChecked(), `${person.name} not checked by default`);
      const since = fake.requests.length;
      await form.getByRole('button', { name: 'Create Selected', exact: true }).click();
      await w.waitForNotification('Created 2 of 2 contacts.', 60_000);
      await requestsSince(fake, since, isCreate, 2);
      await sleep(300);
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 2, 'POST /v1/contacts');
      expect.equal(
        storedEmails(fake).slice(contactsBefore).sort(),
        people.map((p) => p.email).sort(),
        'stored contacts (emails)',
      );
      for (const person of people)
        expect.equal(await rowStatus(form, person.name), 'Created', `${person.name}'s status`);
    },
  );

  await scenario('v', 'a finished list is not brought back: Create Contact opens the empty form', async (w, expect) => {
    const people = [
      { name: 'Ines Duarte', email: 'ines.duarte@lisbon-tiles.example' },
      { name: 'Jonas Berg', email: 'jonas.berg@lisbon-tiles.example' },
      { name: 'Kemal Arslan', email: 'kemal.arslan@lisbon-tiles.example' },
    ];
    const text = `To: ${people.map((p) => `${p.name} <${p.email}>`).join(', ')}\n`;
    await w.page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
    await w.runCommand('Lightfield: Create Contact from Clipboard');
    await waitForCapturePanel(w);
    const form = w.webview();
    await peopleList(form, 3, 'the clipboard', expect);
    const since = fake.requests.length;
    await form.getByRole('button', { name: 'Create Selected', exact: true }).click();
    await w.waitForNotification('Created 3 of 3 contacts.', 60_000);
    await form.getByRole('button', { name: 'New Contact', exact: true }).waitFor({ timeout: 10_000 });
    const status = await form.locator('#status').innerText();
    expect.that(status.includes('Everyone in this list is in Lightfield now.'), `the list's status: ${status}`);
    expect.equal(
      await form.getByRole('button', { name: 'Create Selected', exact: true }).count(),
      0,
      '"Create Selected" buttons on a finished list',
    );
    await w.screenshot('people-finished');

    await w.runCommand('View: Close All Editors');
    await w.tab(PANEL_TITLE).waitFor({ state: 'detached', timeout: 10_000 });
    await openCreateContact(w); // throws on a dialog; waits for the First name field
    const empty = w.webview();
    expect.equal(await byLabel(empty, 'First name').inputValue(), '', '"First name" in the new form');
    expect.equal(await empty.locator('li.person').count(), 0, 'people shown instead of the form');
    expect.equal(fake.requests.slice(since).filter(isCreate).length, 3, 'POST /v1/contacts');
  });
  await scenario(
    'eml',
    'Explorer: Import Contacts from File on an .eml with an HTML-only body and an encoded sender name',
    async (w, expect) => {
      const contactsBefore = fake.contacts().length;
      const entry = await w.openExplorerContextMenu(FILES.eml, 'Import Contacts from File');
      const since = fake.requests.length;
      await w.chooseMenuItem(entry);
      await waitForCapturePanel(w);
      const form = w.webview();
      await expectPrefilled(
        form,
        {
          'First name': 'Inés',
          'Last name': 'Castaño',
          Email: 'ines.castano@sierra-textil.example',
          'Job title': 'Jefa de Compras',
          // Shown for reading (international: not the default country); sent as E.164 below.
          Phone: '+34 612 55 01 42',
        },
        FILES.eml,
        expect,
      );
      await w.screenshot('eml-prefilled-form');
      const submitted = fake.requests.length;
      await submit(w);
      await w.waitForNotification('Created contact Inés Castaño');
      const posts = await createPostsSince(fake, submitted);
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 1, 'POST /v1/contacts since the menu entry');
      expect.equal(
        posts[0]?.body,
        {
          fields: {
            $name: { firstName: 'Inés', lastName: 'Castaño' },
            $email: ['ines.castano@sierra-textil.example'],
            $phone: ['+34612550142'],
            $title: 'Jefa de Compras',
          },
        },
        'POST body',
      );
      expect.equal(fake.contacts().length - contactsBefore, 1, 'new stored contacts');
    },
  );

  await scenario('z3', 'a create in flight does not wipe a list captured meanwhile', async (w, expect) => {
    const people = [
      { name: 'Lena Vogel', email: 'lena.vogel@harbour-freight.example' },
      { name: 'Marek Nowak', email: 'marek.nowak@harbour-freight.example' },
    ];
    await openCreateContact(w);
    const form = w.webview();
    await byLabel(form, 'First name').fill('Rosa');
    await byLabel(form, 'Email').fill('rosa.lind@harbour-freight.example');
    fake.injectFault(CREATE_ROUTE, { kind: 'delay', ms: 8000 });
    const since = fake.requests.length;
    await submit(w);
    await requestsSince(fake, since, isCreate);
    // A create that takes long shows its progress, with Cancel (a quick one shows only its result).
    const progress = await w.waitForNotification('Creating Lightfield contact…', 5000);
    expect.that((await w.notificationButtons(progress)).includes('Cancel'), 'the progress has no Cancel button');
    const text = `To: ${people.map((p) => `${p.name} <${p.email}>`).join(', ')}\n`;
    await w.page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
    await w.runCommand('Lightfield: Create Contact from Clipboard');
    // The form being sent is unsent work: the capture asks first. The form's tab is already open, so
    // wait for the question itself before waitForCapturePanel answers it.
    await w.dialog().waitFor({ timeout: 20_000 });
    await waitForCapturePanel(w);
    await peopleList(w.webview(), 2, 'the clipboard', expect);
    // The held create ends (Rosa is stored): the list must still be there, and still work.
    await w.waitForNotification('Created contact Rosa', 20_000);
    await sleep(500);
    const list = w.webview();
    expect.equal(await list.locator('li.person').count(), 2, 'list items after the earlier create ended');
    const listed = fake.requests.length;
    await list.getByRole('button', { name: 'Create Selected', exact: true }).click();
    await w.waitForNotification('Created 2 of 2 contacts.', 30_000);
    expect.equal(fake.requests.slice(listed).filter(isCreate).length, 2, 'POST /v1/contacts for the list');
    expect.equal(
      storedEmails(fake)
        .filter((email) => email.endsWith('@harbour-freight.example'))
        .sort(),
      [
        'lena.vogel@harbour-freight.example',
        'marek.nowak@harbour-freight.example',
        'rosa.lind@harbour-freight.example',
      ],
      'stored contacts',
    );
  });

  await scenario(
    'z4',
    'closing and reopening the form during the duplicate check makes one contact',
    async (w, expect) => {
      const email = 'tomas.berg@quay-systems.example';
      // The list lags, so the slow check of the first submit cannot see a contact the second one made.
      await withIndexLag(fake, 60_000, async () => {
        await openCreateContact(w);
        const form = w.webview();
        await byLabel(form, 'First name').fill('Tomas');
        await byLabel(form, 'Email').fill(email);
        fake.injectFault('GET /v1/contacts', { kind: 'delay', ms: 6000 });
        const since = fake.requests.length;
        await submit(w);
        await requestsSince(fake, since, (r) => r.method === 'GET' && r.path === '/v1/contacts');
        await w.runCommand('View: Close All Editors');
        await w.tab(PANEL_TITLE).waitFor({ state: 'detached', timeout: 10_000 });
        await openCreateContact(w);
        const reopened = w.webview();
        expect.equal(await byLabel(reopened, 'Email').inputValue(), email, 'the reopened form holds the draft');
        // Create again, as an impatient user would; a form still waiting for its answer may refuse the click.
        await reopened
          .getByRole('button', { name: 'Create Contact', exact: true })
          .click({ timeout: 3000 })
          .catch(() => log('INFO: the reopened form is busy with the first submit'));
        await w.waitForNotification('Created contact Tomas', 30_000);
        await sleep(1500); // a second create would arrive here
        const creates = fake.requests.slice(since).filter(isCreate);
        const keys = new Set(creates.map((r) => r.headers['idempotency-key']));
        expect.equal(keys.size, 1, 'Idempotency-Keys of the POSTs');
        expect.equal(
          storedEmails(fake).filter((stored) => stored === email).length,
          1,
          'stored contacts with the email',
        );
      });
    },
  );

  await setup.close();
}
