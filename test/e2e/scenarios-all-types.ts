// UI end-to-end, issue 5: the form offers every writable value type of the workspace's definitions.
// A second stand-in serves test/fixtures/contact-definitions-all-types.json; the user settings point
// `lightfield.baseUrl` at it and set `lightfield.defaultPhoneCountry`; a second browser (another
// user, in a time zone with a half-hour offset and summer time) opens the same code-server.
//   g. every type filled like a user → one POST, the stored record checked field by field
//   h. inline validation of a number and a social handle; nothing is sent until they are fixed
//   i. keyboard only: Tab order through the whole form, Enter in a text input submits
import type { FrameLocator, Locator } from 'playwright-core';
import allTypesDefinitions from '../fixtures/contact-definitions-all-types.json';
import { type ContactRecord, type FakeLightfield, type RecordedRequest } from '../fake-lightfield/server';
import { log, sleep } from '../host/tools';
import { Workbench } from '../host/workbench';
import {
  createPostsSince,
  describedBy,
  openCreateContact,
  startScenarioFile,
  submit,
  type Expectations,
  type ScenarioEnv,
} from './harness';

const LETTERS = ['g', 'h', 'i'];
/** Newfoundland: UTC−03:30, and UTC−02:30 in summer; an offset a whole-hour shortcut would get wrong. */
const TIME_ZONE = 'America/St_Johns';
const PHONE_COUNTRY = 'GB';
/** Fields the definitions hold that the form must not offer nor send. */
const NOT_OFFERED = ['summary', 'profile-html', 'hologram', '$lastInteractionAt'];

/** What run.ts hands over; the run's user settings are restored afterwards. */
export type AllTypesEnv = ScenarioEnv;

type Form = FrameLocator;

const byLabel = (scope: Form | Locator, label: string): Locator => scope.getByLabel(label, { exact: true });
const group = (form: Form, legend: string): Locator => form.getByRole('group', { name: legend, exact: true });

/** What a user does in a text box: click it, type. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.pressSequentially(text);
}

/** The visible labels of a select's options. */
function optionLabels(select: Locator): Promise<string[]> {
  return select.locator('option').allInnerTexts();
}

/** The accessible name of the focused control in the form: its <label>, aria-label or text. */
function focusedName(form: Form): Promise<string> {
  return form.locator('body').evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '(body)';
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    return (element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? element.tagName).trim();
  });
}

/** The form, after Create Contact; the all-types definitions are in when Nickname shows. */
async function openAllTypesForm(w: Workbench): Promise<Form> {
  await openCreateContact(w, true);
  const form = w.webview();
  await byLabel(form, 'Nickname').waitFor({ timeout: 20_000 });
  return form;
}

/** The one POST of a create (expects exactly one) and the record it stored. */
async function theCreate(
  fake: FakeLightfield,
  since: number,
  contactsBefore: number,
  expect: Expectations,
): Promise<{ post?: RecordedRequest; stored?: ContactRecord }> {
  const posts = await createPostsSince(fake, since);
  expect.equal(posts.length, 1, 'number of POST /v1/contacts');
  const contacts = fake.contacts();
  expect.equal(contacts.length - contactsBefore, 1, 'new stored contacts');
  return { post: posts[0], stored: contacts[contactsBefore] };
}

/** True when the element is inside the panel's viewport and on top there (nothing covers its centre). */
function isInView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.top >= 0 && box.bottom <= window.innerHeight && (onTop === node || node.contains(onTop));
  });
}

/** The form is taller than the panel, and Create Contact stays in view wherever it is scrolled to. */
async function expectSubmitAlwaysInView(form: Form, expect: Expectations): Promise<void> {
  const overflow = await form.locator('body').evaluate((body) => body.scrollHeight - window.innerHeight);
  expect.that(overflow > 200, `the form is only ${overflow} px taller than the panel`);
  const button = form.getByRole('button', { name: 'Create Contact', exact: true });
  for (const label of ['First name', 'Nickname', 'Email']) {
    await byLabel(form, label).scrollIntoViewIfNeeded();
    expect.that(await isInView(button), `Create Contact out of view with "${label}" scrolled into view`);
  }
}

/** A full-height screenshot of the form: the window grows to the form's height for the shot. */
async function screenshotWholeForm(w: Workbench, form: Form, name: string): Promise<string> {
  const viewport = w.page.viewportSize() ?? { width: 1400, height: 900 };
  const formHeight = await form.locator('body').evaluate((body) => body.scrollHeight);
  await w.page.setViewportSize({ width: viewport.width, height: Math.min(formHeight + 200, 4000) });
  await sleep(500); // the workbench lays out again
  try {
    return await w.screenshot(name);
  } finally {
    await w.page.setViewportSize(viewport);
  }
}

// g: one value per field, as typed and as it must reach Lightfield (lightfield-api.md §6) and be stored (§3).
interface Row {
  key: string;
  valueType: string;
  sent: unknown;
  /** When the record shows another form of the value (DATETIME is stored as UTC). */
  stored?: unknown;
}

function expectedRows(firstMetSent: string): Row[] {
  const options = (key: keyof typeof allTypesDefinitions.fieldDefinitions, ...labels: string[]): string[] => {
    const all = (
      allTypesDefinitions.fieldDefinitions[key].typeConfiguration as { options: Array<{ id: string; label: string }> }
    ).options;
    return labels.map((label) => all.find((option) => option.label === label)!.id);
  };
  return [
    { key: '$name', valueType: 'FULL_NAME', sent: { firstName: 'Ada', lastName: 'Lovelace' } },
    {
      key: '$email',
      valueType: 'EMAIL',
      sent: ['ada@analytical-engines.example', 'ada.lovelace@royal-society.example'],
    },
    { key: '$phone', valueType: 'TELEPHONE', sent: ['+442079460958'] },
    { key: '$title', valueType: 'TEXT', sent: 'Head of Engineering' },
    { key: '$profilePhotoUrl', valueType: 'URL', sent: 'https://analytical-engines.example/ada.png' },
    { key: '$linkedIn', valueType: 'SOCIAL_HANDLE', sent: 'https://linkedin.com/in/ada-lovelace' },
    { key: '$twitter', valueType: 'SOCIAL_HANDLE', sent: 'https://x.com/ada_lovelace' },
    { key: '$instagram', valueType: 'SOCIAL_HANDLE', sent: 'https://www.instagram.com/ada.codes' },
    { key: '$doNotContact', valueType: 'CHECKBOX', sent: true },
    { key: 'lead-source', valueType: 'SINGLE_SELECT', sent: options('lead-source', 'Referral')[0] },
    { key: 'interests', valueType: 'MULTI_SELECT', sent: options('interests', 'API', 'Security') },
    { key: 'icp-score', valueType: 'NUMBER', sent: 8.5 },
    { key: 'annual-budget', valueType: 'CURRENCY', sent: 125000.75 },
    {
      key: '$primaryAddress',
      valueType: 'ADDRESS',
      sent: {
        street: 'Unter den Linden 6',
        street2: 'Building 3',
        city: 'Berlin',
        state: 'Berlin',
        postalCode: '10117',
        country: 'DE',
      },
    },
    { key: '$facebook', valueType: 'SOCIAL_HANDLE', sent: 'https://facebook.com/ada.lovelace' },
    {
      key: 'personal-site',
      valueType: 'URL',
      sent: ['https://ada.example', 'https://analytical-engines.example/notes'],
    },
    { key: 'first-met', valueType: 'DATETIME', sent: firstMetSent, stored: new Date(firstMetSent).toISOString() },
    { key: 'region', valueType: 'SINGLE_SELECT', sent: options('region', 'EMEA')[0] },
    { key: 'territory', valueType: 'SINGLE_SELECT', sent: options('territory', 'DACH')[0] },
    { key: 'nickname', valueType: 'TEXT', sent: 'Enchantress of Numbers' },
  ];
}

/** "+05:30" / "-02:30" for a `getTimezoneOffset()` (minutes behind UTC). */
function isoOffset(timezoneOffset: number): string {
  const ahead = -timezoneOffset;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${ahead >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(ahead) / 60))}:${pad(Math.abs(ahead) % 60)}`;
}

/** Clicks the "Add <label> 2" button of a multi-value field; what was typed in `label` must stay. */
async function addAnother(form: Form, label: string, button: string, expect: Expectations): Promise<void> {
  const typed = await byLabel(form, label).inputValue();
  await form.getByRole('button', { name: button, exact: true }).click();
  await byLabel(form, `${label} 2`).waitFor({ timeout: 5000 });
  expect.equal(await byLabel(form, label).inputValue(), typed, `"${label}" after clicking "${button}"`);
}

async function fillEveryType(form: Form, expect: Expectations): Promise<void> {
  await typeInto(byLabel(form, 'First name'), 'Ada');
  await typeInto(byLabel(form, 'Last name'), 'Lovelace');
  await typeInto(byLabel(form, 'Email'), 'ada@analytical-engines.example');
  await addAnother(form, 'Email', 'Add Email 2', expect);
  await typeInto(byLabel(form, 'Email 2'), 'ada.lovelace@royal-society.example');
  await typeInto(byLabel(form, 'Phone'), '020 7946 0958'); // national format: GB from lightfield.defaultPhoneCountry
  await typeInto(byLabel(form, 'Job title'), 'Head of Engineering');
  await typeInto(byLabel(form, 'Profile photo'), 'https://analytical-engines.example/ada.png');
  await typeInto(byLabel(form, 'LinkedIn'), 'ada-lovelace'); // a bare handle
  await typeInto(byLabel(form, 'Twitter'), '@ada_lovelace');
  await typeInto(byLabel(form, 'Instagram'), 'instagram.com/ada.codes');
  await byLabel(form, 'Do not contact').check();
  await byLabel(form, 'Lead source').selectOption({ label: 'Referral' });
  const interests = group(form, 'Interests');
  await byLabel(interests, 'API').check();
  await byLabel(interests, 'Security').check();
  await typeInto(byLabel(form, 'ICP score'), '8.5');
  await typeInto(byLabel(form, 'Annual budget'), '125000.75');
  expect.that(await form.getByText('USD', { exact: true }).isVisible(), 'Annual budget does not show its currency USD');
  const address = group(form, 'Address');
  await typeInto(byLabel(address, 'Street'), 'Unter den Linden 6');
  await typeInto(byLabel(address, 'Street line 2'), 'Building 3');
  await typeInto(byLabel(address, 'City'), 'Berlin');
  await typeInto(byLabel(address, 'State or region'), 'Berlin');
  await typeInto(byLabel(address, 'Postal code'), '10117');
  await byLabel(address, 'Country').selectOption({ label: 'Germany' });
  await typeInto(byLabel(form, 'Facebook'), 'https://www.facebook.com/ada.lovelace/');
  await typeInto(byLabel(form, 'Personal websites'), 'https://ada.example');
  await addAnother(form, 'Personal websites', 'Add Personal websites 2', expect);
  await typeInto(byLabel(form, 'Personal websites 2'), 'https://analytical-engines.example/notes');
  await byLabel(form, 'First met').fill('2026-07-14T09:30');
  // The dependent select: Territory offers a region's territories once the region is chosen.
  const territory = byLabel(form, 'Territory');
  expect.equal(await optionLabels(territory), ['—'], 'Territory options before a Region is chosen');
  await byLabel(form, 'Region').selectOption({ label: 'EMEA' });
  await territory.locator('option', { hasText: 'DACH' }).waitFor({ state: 'attached', timeout: 5000 });
  expect.equal(await optionLabels(territory), ['—', 'United Kingdom', 'DACH'], 'Territory options with Region EMEA');
  await territory.selectOption({ label: 'DACH' });
  await typeInto(byLabel(form, 'Nickname'), 'Enchantress of Numbers');
  for (const label of ['Summary', 'Profile', 'Hologram', 'Last interaction']) {
    expect.equal(await byLabel(form, label).count(), 0, `controls labelled "${label}" (not offered)`);
  }
}

export async function runAllTypesScenarios(env: AllTypesEnv): Promise<void> {
  log(`all-types: browser time zone ${TIME_ZONE}, lightfield.defaultPhoneCountry ${PHONE_COUNTRY}`);
  const setup = await startScenarioFile(env, {
    letters: LETTERS,
    name: 'all-types',
    fake: { definitions: allTypesDefinitions },
    expectFile: 'notes.md',
    settings: { 'lightfield.defaultPhoneCountry': PHONE_COUNTRY },
    browser: { timezoneId: TIME_ZONE },
  });
  if (!setup) return;
  const { fake, scenario } = setup;

  await scenario('g', 'every value type filled like a user reaches Lightfield exactly', async (w, expect) => {
    const form = await openAllTypesForm(w);
    await fillEveryType(form, expect);
    await expectSubmitAlwaysInView(form, expect);
    const offset = await byLabel(form, 'First met').evaluate(() => new Date('2026-07-14T09:30').getTimezoneOffset());
    log(`browser offset on 2026-07-14: ${isoOffset(offset)}`);
    await screenshotWholeForm(w, form, 'form-all-types');
    const rows = expectedRows(`2026-07-14T09:30:00${isoOffset(offset)}`);
    const since = fake.requests.length;
    await submit(w);
    await w.waitForNotification('Created contact Ada Lovelace');
    const { post, stored } = await theCreate(fake, since, 0, expect);
    const sentFields = ((post?.body ?? {}) as { fields?: Record<string, unknown> }).fields ?? {};
    for (const row of rows) expect.equal(sentFields[row.key], row.sent, `POST fields["${row.key}"]`);
    for (const key of NOT_OFFERED)
      expect.that(!(key in sentFields), `POST body holds "${key}", which the form does not offer`);
    expect.equal(Object.keys(sentFields).sort(), rows.map((row) => row.key).sort(), 'POST field keys');
    expect.equal(Object.keys((post?.body ?? {}) as object), ['fields'], 'POST body top-level keys');
    const storedFields = stored?.fields ?? {};
    for (const row of rows) {
      expect.equal(
        storedFields[row.key],
        { valueType: row.valueType, value: row.stored ?? row.sent },
        `stored fields["${row.key}"]`,
      );
    }
    expect.equal(Object.keys(storedFields).sort(), rows.map((row) => row.key).sort(), 'stored field keys');
  });

  await scenario(
    'h',
    'an invalid number and social handle are shown at their fields, nothing is sent until fixed',
    async (w, expect) => {
      const form = await openAllTypesForm(w);
      const contactsBefore = fake.contacts().length;
      const since = fake.requests.length;
      await typeInto(byLabel(form, 'First name'), 'Grace');
      await typeInto(byLabel(form, 'Last name'), 'Hopper');
      const score = byLabel(form, 'ICP score');
      const twitter = byLabel(form, 'Twitter');
      await typeInto(score, '7.125');
      await typeInto(twitter, '@grace hopper!');
      await byLabel(form, 'Nickname').click(); // leave the handle: inline checks run when focus leaves
      await submit(w);
      await sleep(800);
      expect.equal(
        fake.requests.slice(since).filter((r) => r.method === 'POST').length,
        0,
        'POSTs while two fields are invalid',
      );
      for (const [input, label, mentions] of [
        [score, 'ICP score', /decimals/i],
        [twitter, 'Twitter', /handle/i],
      ] as const) {
        const description = await describedBy(input);
        expect.that(
          mentions.test(description),
          `${label}: no error about ${mentions} in its aria-describedby text: ${JSON.stringify(description)}`,
        );
        expect.equal(await input.getAttribute('aria-invalid'), 'true', `${label} aria-invalid`);
      }
      await score.fill('');
      await typeInto(score, '7.25');
      await twitter.fill('');
      await typeInto(twitter, '@gracehopper');
      await byLabel(form, 'Nickname').click();
      for (const [input, label] of [
        [score, 'ICP score'],
        [twitter, 'Twitter'],
      ] as const) {
        expect.equal(await input.getAttribute('aria-invalid'), null, `${label} aria-invalid after the fix`);
      }
      await submit(w);
      await w.waitForNotification('Created contact Grace Hopper');
      const { post } = await theCreate(fake, since, contactsBefore, expect);
      expect.equal(
        post?.body,
        {
          fields: {
            $name: { firstName: 'Grace', lastName: 'Hopper' },
            'icp-score': 7.25,
            $twitter: 'https://x.com/gracehopper',
          },
        },
        'POST body after the fix',
      );
    },
  );

  await scenario(
    'i',
    'keyboard only: Tab reaches every control up to Create Contact, Enter submits',
    async (w, expect) => {
      const form = await openAllTypesForm(w);
      const contactsBefore = fake.contacts().length;
      const since = fake.requests.length;
      const keyboard = w.page.keyboard;
      // The form puts the cursor in its first field once VS Code gives the panel the keyboard.
      let focused = await focusedName(form);
      for (let i = 0; i < 30 && focused !== 'First name'; i++, await sleep(100)) focused = await focusedName(form);
      expect.equal(focused, 'First name', 'focus when the form opens');
      await keyboard.type('Katherine');
      await keyboard.press('Tab');
      await keyboard.type('Johnson');
      await keyboard.press('Tab');
      await keyboard.type('katherine@langley.example');
      const visited = ['First name', 'Last name', 'Email'];
      for (let presses = 0; presses < 80 && visited.at(-1) !== 'Create Contact'; presses++) {
        await keyboard.press('Tab');
        const name = await focusedName(form);
        if (name === visited.at(-1)) continue; // the date-time input takes a Tab per part
        visited.push(name);
        if (name === 'Do not contact') await keyboard.press('Space');
      }
      expect.equal(
        visited,
        [
          'First name',
          'Last name',
          'Email',
          'Add Email 2',
          'Phone',
          'Add Phone 2',
          'Job title',
          'Accounts',
          'Profile photo',
          'LinkedIn',
          'Twitter',
          'Instagram',
          'Do not contact',
          'Lead source',
          'API',
          'Analytics',
          'Security',
          'ICP score',
          'Annual budget',
          'Street',
          'Street line 2',
          'City',
          'State or region',
          'Postal code',
          'Country',
          'Facebook',
          'Personal websites',
          'Add Personal websites 2',
          'First met',
          'Region',
          'Territory',
          'Nickname',
          'Create Contact',
        ],
        'Tab order from First name',
      );
      await keyboard.press('Shift+Tab');
      expect.equal(await focusedName(form), 'Nickname', 'focus after Shift+Tab from Create Contact');
      await keyboard.type('Katie');
      await keyboard.press('Enter');
      await w.waitForNotification('Created contact Katherine Johnson');
      const { post } = await theCreate(fake, since, contactsBefore, expect);
      expect.equal(
        post?.body,
        {
          fields: {
            $name: { firstName: 'Katherine', lastName: 'Johnson' },
            $email: ['katherine@langley.example'],
            $doNotContact: true,
            nickname: 'Katie',
          },
        },
        'POST body',
      );
    },
  );

  await setup.close();
}
