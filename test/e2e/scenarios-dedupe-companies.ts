// UI end-to-end, issue 5: duplicates and companies. A stand-in of its own (seeded per scenario), a
// browser of its own, a workspace of its own:
//   p. the same email in another case exists (no phone, no title) → "… already exists in Lightfield",
//      nothing created → Add Missing Details → one POST /v1/contacts/{id} with only phone and title
//   q. the same, Create Anyway → exactly one POST; two stored contacts with that email
//   r. an email at a company's domain → the picker suggests that account → Use → linked in the create
//      body; then a free-mail address: no suggestion, no $website[contains] lookup
//   s. Create Company with its first POST dropped after storing → the client's retry (same key) →
//      exactly one account, linked in the contact's create body
//   t. with the list index lagging 60 s, creating the same email again still finds the duplicate
// and issue 12, the form before the network and no wait after Create:
//   w. the first time ever (nothing cached for this stand-in), with the definitions held 8 s, the
//      form opens at once with the name and the email; Create pressed meanwhile waits for the
//      definitions, then creates the contact once with what was typed
//   x. with the definitions cached, held 8 s: the form is there at once, no progress notification
//   y. the email of an existing contact, typed: "… already exists" shows before Create is pressed;
//      an edited email takes it back, and Create then sends the POST with no search after the click
import type { FrameLocator } from 'playwright-core';
import {
  API_VERSION,
  DEMO_KEY,
  type FakeLightfield,
  type LightfieldRecord,
  type RecordedRequest,
} from '../fake-lightfield/server';
import { sleep } from '../host/tools';
import type { Workbench } from '../host/workbench';
import {
  UUID_V4,
  createPostsSince,
  isCreate,
  openCreateContact,
  requestsSince,
  startScenarioFile,
  submit,
  watchToasts,
  withIndexLag,
  type Expectations,
  type ScenarioEnv,
} from './harness';
import {
  accountInput,
  createCompany,
  createCompanyButton,
  isAccountCreate,
  isAccountList,
  listFilters,
  waitForPickerStatus,
} from './picker';

const LETTERS = ['w', 'x', 'p', 'q', 'r', 's', 't', 'y'];
const DEFINITIONS_ROUTE = 'GET /v1/contacts/definitions';
const PROGRESS_TITLE = 'Loading Lightfield contact fields';

interface Person {
  first?: string;
  last?: string;
  email: string;
  title?: string;
  phone?: string;
  company?: string;
}

type Fields = Record<string, unknown>;

const isUpdate = (r: RecordedRequest): boolean =>
  r.method === 'POST' && /^\/v1\/contacts\/[^/]+$/.test(r.path) && r.path !== '/v1/contacts/definitions';
const sentBody = (request: RecordedRequest | undefined): { fields?: Fields; relationships?: Fields } =>
  (request?.body ?? {}) as { fields?: Fields; relationships?: Fields };
const value = (record: LightfieldRecord | undefined, key: string): unknown => record?.fields[key]?.value ?? null;
const emailsOf = (record: LightfieldRecord): string[] =>
  ((value(record, '$email') as string[] | null) ?? []).map((email) => email.toLowerCase());
const withEmail = (fake: FakeLightfield, email: string): LightfieldRecord[] =>
  fake.contacts().filter((contact) => emailsOf(contact).includes(email.toLowerCase()));

/** Opens Create Contact and fills what `person` has (other inputs are left as they are: empty). */
async function fillForm(w: Workbench, person: Person): Promise<FrameLocator> {
  await openCreateContact(w);
  const form = w.webview();
  const inputs: [string, string | undefined][] = [
    ['First name', person.first],
    ['Last name', person.last],
    ['Email', person.email],
    ['Job title', person.title],
    ['Phone', person.phone],
    ['Accounts', person.company],
  ];
  for (const [label, text] of inputs) if (text !== undefined) await form.getByLabel(label, { exact: true }).fill(text);
  return form;
}

/** Waits for "<name> already exists in Lightfield", found by the email typed, and checks its three buttons. */
async function duplicateBanner(form: FrameLocator, name: string, email: string, expect: Expectations): Promise<void> {
  const banner = form.locator('#duplicate');
  const text = `${name} already exists in Lightfield: a contact there has the email ${email}.`;
  await banner.getByText(text, { exact: true }).waitFor({ timeout: 15_000 });
  const buttons = (await banner.getByRole('button').allInnerTexts()).map((text) => text.trim());
  expect.equal(buttons, ['Open in Lightfield', 'Add Missing Details', 'Create Anyway'], 'the duplicate banner buttons');
}

/** Seeds someone who is already in Lightfield: a name and an email, nothing else. */
function seedExisting(fake: FakeLightfield, first: string, last: string, email: string): LightfieldRecord {
  return fake.seedContact({ $name: { firstName: first, lastName: last }, $email: [email] });
}

export async function runDedupeCompanyScenarios(env: ScenarioEnv): Promise<void> {
  const setup = await startScenarioFile(env, {
    letters: LETTERS,
    name: 'dedupe',
    files: { 'people.md': '# People to add\n' },
    expectFile: 'people.md',
    // w and x hold the definitions 8 s: one attempt must outlast that, not be retried meanwhile.
    settings: { 'lightfield.requestTimeoutSeconds': 30 },
  });
  if (!setup) return;
  const { fake, scenario } = setup;
  /**
   * True when a definitions request after `since` reached the stand-in (waited for: it may leave after
   * the panel opens) and none has been answered yet.
   */
  const isDefinitions = (r: RecordedRequest) => r.path === '/v1/contacts/definitions';
  const definitionsHeld = async (since: number): Promise<boolean> => {
    const sent = await requestsSince(fake, since, isDefinitions);
    return sent.length > 0 && fake.requests.slice(since).every((r) => !isDefinitions(r) || r.status === 0);
  };

  await scenario(
    'w',
    "the first time ever, the form opens at once with the name and the email; what is typed stays when fetching the workspace's fields fails and when they come, and Create waits for them",
    async (w, expect) => {
      // Lightfield is down while the form opens (a 503 and its two retries, 5 s apart), then slow.
      // Retry-After 5 s: the form must show (its page loads, on a busy CI seconds) while the fetch still fails.
      fake.injectFault(DEFINITIONS_ROUTE, { kind: 'status', status: 503, retryAfterMs: 5000 }, 3);
      fake.injectFault(DEFINITIONS_ROUTE, { kind: 'delay', ms: 8000 });
      const toasts = await watchToasts(w);
      const since = fake.requests.length;
      await w.runCommand('Lightfield: Create Contact');
      const form = w.webview();
      const firstName = form.getByLabel('First name', { exact: true });
      const lastName = form.getByLabel('Last name', { exact: true });
      const email = form.getByLabel('Email', { exact: true });
      const status = form.locator('#status');
      await firstName.waitFor({ timeout: 20_000 });
      const definitionsAnswered = fake.requests.slice(since).filter((r) => isDefinitions(r) && r.status === 200);
      expect.equal(definitionsAnswered.length, 0, "the form showed only after the workspace's fields came");
      const noJobTitle = async (when: string) =>
        expect.equal(await form.getByLabel('Job title', { exact: true }).count(), 0, `a Job title ${when}`);
      await noJobTitle('before the definitions');
      expect.equal(
        (await status.innerText()).trim(),
        "Fetching your workspace's contact fields… You can fill in these meanwhile.",
        "the status while the workspace's fields are fetched",
      );
      await w.screenshot('form-before-definitions');
      await firstName.pressSequentially('Ada');
      await lastName.pressSequentially('Lovelace');
      await email.pressSequentially('ada.w@analytical-engines.example');
      await form
        .locator('#status', { hasText: "Your workspace's contact fields could not be fetched." })
        .waitFor({ timeout: 20_000 });
      expect.equal(
        (await status.innerText()).trim(),
        "Your workspace's contact fields could not be fetched. Create Contact fetches them again.",
        'the status once fetching them failed',
      );
      expect.equal(
        [await firstName.inputValue(), await lastName.inputValue(), await email.inputValue()],
        ['Ada', 'Lovelace', 'ada.w@analytical-engines.example'],
        'what was typed, after the failed fetch',
      );
      await noJobTitle('after the failed fetch');
      const beforeCreate = fake.requests.length;
      await submit(w);
      await sleep(1000);
      expect.that(
        await definitionsHeld(beforeCreate),
        'Create fetched the definitions and they came within a second (the scenario proves nothing)',
      );
      expect.equal(
        fake.requests.slice(since).filter(isCreate).length,
        0,
        'POST /v1/contacts before the definitions came',
      );
      // The definitions come (8 s after they were asked for): the form has all its fields, the contact is created once.
      await w.waitForNotification('Created contact Ada Lovelace', 20_000);
      const definitions = fake.requests.slice(beforeCreate).find(isDefinitions);
      const posts = await createPostsSince(fake, since);
      expect.equal(posts.length, 1, 'POST /v1/contacts');
      expect.equal(
        (posts[0]?.body as { fields?: Fields } | undefined)?.fields,
        { $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: ['ada.w@analytical-engines.example'] },
        'what was typed before the definitions came, as sent',
      );
      expect.that(
        definitions !== undefined && posts[0] !== undefined && posts[0].at - definitions.at >= 7000,
        'the POST went only once the definitions had come',
      );
      const progress = (await toasts()).filter((text) => text.includes(PROGRESS_TITLE));
      expect.equal(progress, [], 'progress notifications');
    },
  );

  await scenario(
    'x',
    'with the fields cached, the form opens at once, with no progress notification, while Lightfield is slow',
    async (w, expect) => {
      await openCreateContact(w); // the fields are cached by now (w, or this first open)
      await w.resetUi();
      fake.injectFault(DEFINITIONS_ROUTE, { kind: 'delay', ms: 8000 });
      const toasts = await watchToasts(w);
      const since = fake.requests.length;
      await openCreateContact(w);
      expect.that(await definitionsHeld(since), 'the form waited for the definitions');
      const progress = (await toasts()).filter((text) => text.includes(PROGRESS_TITLE));
      expect.equal(progress, [], 'progress notifications');
      await sleep(8500); // the refresh behind the form ends before the next scenario
    },
  );

  await scenario(
    'p',
    'the same email in another case exists: banner, nothing created; Add Missing Details adds only phone and title',
    async (w, expect) => {
      const existing = seedExisting(fake, 'Grace', 'Hopper', 'Grace.Hopper@Cobol-Systems.example');
      const since = fake.requests.length;
      const form = await fillForm(w, {
        email: 'grace.hopper@cobol-systems.example',
        phone: '+1 415 555 0176',
        title: 'Rear Admiral',
      });
      await submit(w);
      await duplicateBanner(form, 'Grace Hopper', 'grace.hopper@cobol-systems.example', expect);
      await w.screenshot('duplicate-banner');
      await sleep(300); // a create that went ahead anyway would show up here
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 0, 'POST /v1/contacts with a duplicate');
      const search = fake.requests.slice(since).find((r) => r.method === 'GET' && r.path === '/v1/contacts');
      expect.equal(
        search && listFilters(search)['$email[contains]'],
        'grace.hopper@cobol-systems.example',
        'the duplicate search filter',
      );
      const beforeUpdate = fake.requests.length;
      await form.getByRole('button', { name: 'Add Missing Details', exact: true }).click();
      const headline = form.locator('section.created .done'); // one line; the buttons are on the notification
      await headline.waitFor({ timeout: 15_000 });
      const text = (await headline.innerText()).trim();
      expect.that(
        /^Added .+ to Grace Hopper$/.test(text) && text.includes('Phone') && text.includes('Job title'),
        `the panel says ${JSON.stringify(text)}`,
      );
      expect.that(
        !/\b(Name|Email)\b/.test(text),
        `the panel says a name or an email was added: ${JSON.stringify(text)}`,
      );
      await sleep(300); // a second update would show up here
      const updates = fake.requests.slice(beforeUpdate).filter(isUpdate);
      expect.equal(
        updates.map((r) => r.path),
        [`/v1/contacts/${existing.id}`],
        'POST /v1/contacts/{id}',
      );
      expect.equal(
        updates[0]?.body,
        { fields: { $phone: ['+14155550176'], $title: 'Rear Admiral' } },
        'the update body',
      );
      expect.that(
        UUID_V4.test(updates[0]?.headers['idempotency-key'] ?? ''),
        `the update's Idempotency-Key: ${updates[0]?.headers['idempotency-key']}`,
      );
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 0, 'POST /v1/contacts');
      const stored = fake.contacts().find((contact) => contact.id === existing.id);
      expect.equal(value(stored, '$name'), { firstName: 'Grace', lastName: 'Hopper' }, 'stored name');
      expect.equal(value(stored, '$email'), ['Grace.Hopper@Cobol-Systems.example'], 'stored email');
      expect.equal(value(stored, '$phone'), ['+14155550176'], 'stored phone');
      expect.equal(value(stored, '$title'), 'Rear Admiral', 'stored title');
      expect.equal(withEmail(fake, 'grace.hopper@cobol-systems.example').length, 1, 'stored contacts with that email');
    },
  );

  await scenario(
    'q',
    'the same email in another case exists: Create Anyway creates exactly one more',
    async (w, expect) => {
      const email = 'katherine.johnson@langley-research.example';
      seedExisting(fake, 'Katherine', 'Johnson', 'Katherine.Johnson@Langley-Research.example');
      const since = fake.requests.length;
      const form = await fillForm(w, { email, phone: '+1 757 555 0134', title: 'Mathematician' });
      await submit(w);
      await duplicateBanner(form, 'Katherine Johnson', email, expect);
      await sleep(300);
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 0, 'POST /v1/contacts before Create Anyway');
      expect.equal(withEmail(fake, email).length, 1, 'stored contacts with that email before Create Anyway');
      const anyway = fake.requests.length;
      await form.getByRole('button', { name: 'Create Anyway', exact: true }).click();
      await w.waitForNotification(`Created contact ${email}`);
      const posts = await createPostsSince(fake, anyway);
      expect.equal(posts.length, 1, 'POST /v1/contacts after Create Anyway');
      expect.equal(
        posts[0]?.body,
        { fields: { $email: [email], $phone: ['+17575550134'], $title: 'Mathematician' } },
        'the create body',
      );
      expect.equal(fake.requests.slice(since).filter(isUpdate).length, 0, 'POST /v1/contacts/{id}');
      expect.equal(withEmail(fake, email).length, 2, 'stored contacts with that email after Create Anyway');
    },
  );

  await scenario(
    'r',
    "the email's domain suggests its company, Use links it; a free-mail address suggests nothing",
    async (w, expect) => {
      const acme = fake.seedAccount({ $name: 'Acme Rockets', $website: ['https://www.acme-rockets.example'] });
      const since = fake.requests.length;
      const form = await fillForm(w, { first: 'Wile', last: 'Coyote', email: 'wile.coyote@acme-rockets.example' });
      const use = form.getByRole('button', { name: 'Use Acme Rockets', exact: true });
      await use.waitFor({ timeout: 10_000 });
      const suggestion = (await form.locator('.suggestion').innerText()).replace(/\s+/g, ' ').trim();
      expect.equal(
        suggestion,
        "Suggested by the email's domain acme-rockets.example: Use Acme Rockets",
        'the suggestion',
      );
      const lookups = fake.requests.slice(since).filter(isAccountList).map(listFilters);
      expect.that(
        lookups.some((filters) => filters['$website[contains]'] === 'acme-rockets.example'),
        `no GET /v1/accounts?$website[contains]=acme-rockets.example: ${JSON.stringify(lookups)}`,
      );
      await w.screenshot('company-suggested');
      await use.click();
      await waitForPickerStatus(form, 'Linked to Acme Rockets.');
      expect.equal(await accountInput(form).inputValue(), 'Acme Rockets', '"Accounts" once linked');
      const submitted = fake.requests.length;
      await submit(w);
      await w.waitForNotification('Created contact Wile Coyote');
      const [post] = await createPostsSince(fake, submitted);
      expect.equal(sentBody(post).relationships, { $account: [acme.id] }, 'the create body relationships');
      expect.equal(fake.requests.slice(since).filter(isAccountCreate).length, 0, 'POST /v1/accounts');

      await w.resetUi();
      const freeMail = fake.requests.length;
      const again = await fillForm(w, { first: 'Road', last: 'Runner', email: 'road.runner@gmail.com' });
      await sleep(2000); // the suggestion is looked up 400 ms after typing stops
      expect.equal(await again.locator('.suggestion').count(), 0, 'suggestions for a gmail.com address');
      const website = fake.requests
        .slice(freeMail)
        .filter(isAccountList)
        .map(listFilters)
        .filter((filters) => '$website[contains]' in filters);
      expect.equal(website, [], 'GET /v1/accounts?$website[contains] for a gmail.com address');
      await submit(w);
      await w.waitForNotification('Created contact Road Runner');
      const [plain] = await createPostsSince(fake, freeMail);
      expect.equal(sentBody(plain).relationships, undefined, 'relationships of the gmail.com contact');
    },
  );

  await scenario(
    's',
    'Create Company with a dropped response: the retry keeps the key, exactly one account, linked',
    async (w, expect) => {
      const company = 'Zephyr Turbines';
      const since = fake.requests.length;
      const form = await fillForm(w, {
        first: 'Ines',
        last: 'Ortega',
        email: 'ines.ortega@zephyr-turbines.example',
        company,
      });
      const button = createCompanyButton(form, company);
      await button.waitFor({ timeout: 10_000 });
      fake.injectFault('POST /v1/accounts', { kind: 'dropAfterStore' }, 1);
      await createCompany(w, button, company, 'https://zephyr-turbines.example', expect, 30_000);
      const posts = await requestsSince(fake, since, isAccountCreate, 2);
      await sleep(300);
      const all = fake.requests.slice(since).filter(isAccountCreate);
      expect.equal(
        all.map((r) => r.status),
        [0, 200],
        'POST /v1/accounts statuses (dropped, then the replay)',
      );
      const keys = new Set(posts.map((r) => r.headers['idempotency-key']));
      expect.that(
        keys.size === 1 && UUID_V4.test([...keys][0] ?? ''),
        `Idempotency-Keys of the account POSTs: ${JSON.stringify([...keys])}`,
      );
      for (const r of all)
        expect.equal(
          r.body,
          { fields: { $name: company, $website: ['https://zephyr-turbines.example'] } },
          'POST /v1/accounts body',
        );
      const named = fake.accounts().filter((account) => value(account, '$name') === company);
      expect.equal(named.length, 1, `stored accounts named "${company}"`);
      const submitted = fake.requests.length;
      await submit(w);
      await w.waitForNotification('Created contact Ines Ortega');
      const [post] = await createPostsSince(fake, submitted);
      expect.equal(
        sentBody(post).relationships,
        { $account: [named[0]?.id ?? '(none stored)'] },
        'the create body relationships',
      );
      expect.equal(
        fake.accounts().filter((account) => value(account, '$name') === company).length,
        1,
        `stored accounts named "${company}" at the end`,
      );
    },
  );

  await scenario(
    't',
    'with the list index 60 s behind, the same email again still shows the duplicate',
    async (w, expect) => {
      const email = 'hedy.lamarr@frequency-hopping.example';
      await withIndexLag(fake, 60_000, async () => {
        const since = fake.requests.length;
        await fillForm(w, { first: 'Hedy', last: 'Lamarr', email });
        await submit(w);
        await w.waitForNotification('Created contact Hedy Lamarr');
        await createPostsSince(fake, since);
        await w.resetUi();
        const form = await fillForm(w, {
          first: 'Hedy',
          last: 'Lamarr',
          email: 'Hedy.Lamarr@Frequency-Hopping.example',
        });
        await submit(w);
        await duplicateBanner(form, 'Hedy Lamarr', 'Hedy.Lamarr@Frequency-Hopping.example', expect);
        await sleep(300);
        expect.equal(
          fake.requests.slice(since).filter(isCreate).length,
          1,
          'POST /v1/contacts (the first create only)',
        );
        expect.equal(withEmail(fake, email).length, 1, 'stored contacts with that email');
        // The lag was real: the list does not show the contact yet.
        const listed = await fetch(`${fake.url}/v1/contacts?${new URLSearchParams({ '$email[contains]': email })}`, {
          headers: {
            authorization: `Bearer ${DEMO_KEY}`,
            'lightfield-version': API_VERSION,
            accept: 'application/json',
          },
        }).then((response) => response.json() as Promise<{ data?: unknown[] }>);
        expect.equal(listed.data?.length, 0, 'contacts the lagging list shows for that email');
      });
    },
  );

  await scenario(
    'y',
    'an existing email shows "already exists" before Create is pressed; after an edit, Create sends the POST at once',
    async (w, expect) => {
      seedExisting(fake, 'Mary', 'Jackson', 'Mary.Jackson@Langley-Research.example');
      const since = fake.requests.length;
      const form = await fillForm(w, {
        first: 'Mary',
        last: 'Jackson',
        email: 'mary.jackson@langley-research.example',
      });
      await duplicateBanner(form, 'Mary Jackson', 'mary.jackson@langley-research.example', expect);
      expect.equal(fake.requests.slice(since).filter(isCreate).length, 0, 'POST /v1/contacts before Create');
      await w.screenshot('duplicate-before-create');

      const email = 'mary.jackson@nasa-langley.example';
      await form.getByLabel('Email', { exact: true }).fill(email);
      await form.locator('#duplicate').waitFor({ state: 'hidden', timeout: 15_000 });
      const searched = (r: RecordedRequest) =>
        r.method === 'GET' && r.path === '/v1/contacts' && listFilters(r)['$email[contains]'] === email;
      const [search] = await requestsSince(fake, since, searched, 1, 15_000);
      expect.that(search !== undefined, `no search for ${email} while typing`);
      const clicked = fake.requests.length;
      await submit(w);
      await w.waitForNotification('Created contact Mary Jackson');
      const after = fake.requests.slice(clicked).filter((r) => r.path === '/v1/contacts');
      expect.equal(
        after.map((r) => r.method),
        ['POST'],
        'requests to /v1/contacts after the click (the search was done while typing)',
      );
    },
  );

  await setup.close();
}
