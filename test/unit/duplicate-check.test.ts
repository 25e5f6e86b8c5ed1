// The form's duplicate check while typing, against the local stand-in over real HTTP: it searches
// once typing pauses, shows what it found, hands Create the answer it has, and an edit cancels it.
import assert from 'node:assert/strict';
import fetch from 'node-fetch';
import { LightfieldClient } from '../../src/lightfield/client';
import { ContactFormDeps } from '../../src/services/contactFormDeps';
import { RecentContact, RecentContacts } from '../../src/services/recentContacts';
import { DuplicateCheck } from '../../src/webview/duplicateCheck';
import { DEMO_KEY, FakeLightfield, startFakeLightfield } from '../fake-lightfield/server';

const ADA = 'ada@analytical-engines.example';
const GRACE = 'grace@navy.example';
/** Longer than the check's typing pause. */
const PAUSE_MS = 600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('duplicate check while typing, against the stand-in', () => {
  let fake: FakeLightfield;
  let check: DuplicateCheck;
  let formId: string;
  /** What the form was told to show, in order. */
  let shown: (RecentContact | null)[];
  /** How long reading the form's key takes. */
  let keyReadMs: number;

  before(async () => {
    fake = await startFakeLightfield();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.reset();
    fake.seedContact({ $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: [ADA] });
    formId = 'form-1';
    shown = [];
    keyReadMs = 0;
    const stored = new Map<string, unknown>();
    const access = {
      baseUrl: () => fake.url,
      client: (apiKey: string) =>
        new LightfieldClient({ baseUrl: fake.url, apiKey, fetch, timeoutMs: 2000, sleep: async () => undefined }),
      log: { warn: () => undefined },
    };
    const recent = new RecentContacts({
      get: <T>(key: string) => stored.get(key) as T | undefined,
      update: async (key: string, value: unknown) => void stored.set(key, value),
    });
    const deps = { access, recent } as unknown as ContactFormDeps;
    check = new DuplicateCheck(deps, {
      formId: () => formId,
      apiKey: () => sleep(keyReadMs).then(() => DEMO_KEY),
      showExisting: (existing) => shown.push(existing),
    });
  });
  afterEach(() => check.dispose());

  const searches = () => fake.requests.filter((r) => r.method === 'GET' && r.path === '/v1/contacts');

  it('searches once typing pauses and shows the contact before Create is pressed', async () => {
    check.emailsChanged([ADA]);
    assert.equal(searches().length, 0, 'not while typing');
    await sleep(PAUSE_MS);
    assert.equal(searches().length, 1);
    assert.deepEqual(
      shown.map((contact) => contact?.name),
      ['Ada Lovelace'],
    );
  });

  it('hands Create the answer it has: no second search', async () => {
    check.emailsChanged([ADA]);
    await sleep(PAUSE_MS);
    const existing = await check.existingContact(DEMO_KEY, [ADA.toUpperCase()]);
    assert.equal(existing?.name, 'Ada Lovelace');
    assert.equal(searches().length, 1);
  });

  it('Create pressed before the pause is over searches once, at once', async () => {
    check.emailsChanged([GRACE]);
    assert.equal(await check.existingContact(DEMO_KEY, [GRACE]), undefined);
    await sleep(PAUSE_MS);
    assert.equal(searches().length, 1);
  });

  it('an edit cancels the check of the emails before it and takes back what it showed', async () => {
    check.emailsChanged([ADA]);
    await sleep(PAUSE_MS);
    check.emailsChanged(['ada@analytical-engines.exampl']);
    check.emailsChanged([GRACE]);
    await sleep(PAUSE_MS);
    assert.deepEqual(
      shown.map((contact) => contact?.name ?? null),
      ['Ada Lovelace', null],
    );
    const searched = searches().map((r) => new URLSearchParams(r.query).get('$email[contains]'));
    assert.deepEqual(searched, [ADA, GRACE]);
    assert.equal(await check.existingContact(DEMO_KEY, [GRACE]), undefined);
    assert.equal(searches().length, 2, 'the answer for Grace is reused');
  });

  it('a new form checks again', async () => {
    check.emailsChanged([ADA]);
    await sleep(PAUSE_MS);
    formId = 'form-2';
    assert.equal((await check.existingContact(DEMO_KEY, [ADA]))?.name, 'Ada Lovelace');
    assert.equal(searches().length, 2);
  });

  it('typing elsewhere in the form does not postpone the check of the same emails', async () => {
    check.emailsChanged([ADA]);
    await sleep(200);
    check.emailsChanged([ADA]);
    await sleep(200);
    assert.equal(searches().length, 1, 'checked 300 ms after the email was typed');
  });

  it('an edit while the key is read: the earlier emails are not checked, the edited ones are', async () => {
    check.emailsChanged([ADA]);
    keyReadMs = 200;
    await sleep(400);
    check.emailsChanged([GRACE]);
    await sleep(PAUSE_MS + 200);
    const searched = searches().map((r) => new URLSearchParams(r.query).get('$email[contains]'));
    assert.deepEqual(searched, [GRACE]);
    assert.deepEqual(shown, []);
  });
});
