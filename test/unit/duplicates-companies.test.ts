// The duplicate check, the memory of recent creates, list/update/account calls of the client, and
// the free-mail rule, against the local stand-in over real HTTP.
import assert from 'node:assert/strict';
import fetch from 'node-fetch';
import { LightfieldClient } from '../../src/lightfield/client';
import { findDuplicate } from '../../src/services/duplicates';
import { RecentContacts } from '../../src/services/recentContacts';
import { storedWorkspace } from '../../src/services/workspaceStorage';
import { isFreeMailDomain } from '../../src/parse/freemail';
import { DEMO_KEY, FakeLightfield, startFakeLightfield } from '../fake-lightfield/server';
import { memoryStorage } from './memoryStorage';

describe('duplicates, updates and companies against the stand-in', () => {
  let fake: FakeLightfield;
  let client: LightfieldClient;
  let recent: RecentContacts;
  const workspace = () => ({ baseUrl: fake.url, apiKey: DEMO_KEY });

  before(async () => {
    fake = await startFakeLightfield();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.reset();
    client = new LightfieldClient({
      baseUrl: fake.url,
      apiKey: DEMO_KEY,
      fetch,
      timeoutMs: 2000,
      sleep: async () => undefined,
    });
    recent = new RecentContacts(memoryStorage());
  });

  it('finds an existing contact by email, exactly and case-insensitively', async () => {
    const ada = fake.seedContact({
      $name: { firstName: 'Ada', lastName: 'Lovelace' },
      $email: ['Ada@Analytical-Engines.example'],
    });
    fake.seedContact({ $name: { firstName: 'Adam', lastName: 'Smith' }, $email: ['xada@analytical-engines.example'] });

    const found = await findDuplicate(client, recent, workspace(), ['ada@analytical-engines.EXAMPLE']);
    assert.equal(found?.id, ada.id);
    assert.equal(found?.name, 'Ada Lovelace');
    const [search] = fake.requests;
    assert.equal(search.path, '/v1/contacts');
    assert.equal(new URLSearchParams(search.query).get('$email[contains]'), 'ada@analytical-engines.EXAMPLE');
    assert.equal(new URLSearchParams(search.query).get('limit'), '25');

    assert.equal(
      await findDuplicate(client, recent, workspace(), ['da@analytical-engines.example']),
      undefined,
      'a partial match is no duplicate',
    );
    assert.equal(await findDuplicate(client, recent, workspace(), []), undefined);
  });

  it('counts a contact created moments ago, which the lagging index does not list yet', async () => {
    fake.setIndexLag(60_000);
    const record = await client.createContact({ fields: { $email: ['grace@navy.example'] } }, crypto.randomUUID());
    assert.equal(await findDuplicate(client, recent, workspace(), ['grace@navy.example']), undefined, 'the index lags');
    await recent.remember(fake.url, DEMO_KEY, {
      id: record.id,
      name: 'Grace Hopper',
      emails: ['Grace@Navy.example'],
      httpLink: null,
    });
    assert.equal((await findDuplicate(client, recent, workspace(), ['GRACE@navy.example']))?.id, record.id);
    assert.equal(
      recent.find(fake.url, 'sk_lf_other_workspace', ['grace@navy.example']),
      undefined,
      'kept per workspace',
    );
    assert.equal(
      recent.findIn(storedWorkspace({ baseUrl: fake.url, apiKey: DEMO_KEY }), ['GRACE@navy.example'])?.id,
      record.id,
      "found by the key's fingerprint, as the lightbulb asks (it keeps no key)",
    );
  });

  it('forgets a remembered contact that no longer exists', async () => {
    await recent.remember(fake.url, DEMO_KEY, {
      id: 'con_deleted',
      name: 'Gone',
      emails: ['gone@example.com'],
      httpLink: null,
    });
    assert.equal(await findDuplicate(client, recent, workspace(), ['gone@example.com']), undefined);
    assert.equal(recent.find(fake.url, DEMO_KEY, ['gone@example.com']), undefined);
  });

  it('keeps the memory bounded, newest first', async () => {
    for (let i = 0; i < 205; i++)
      await recent.remember(fake.url, DEMO_KEY, {
        id: `con_${i}`,
        name: `P${i}`,
        emails: [`p${i}@example.com`],
        httpLink: null,
      });
    assert.equal(recent.find(fake.url, DEMO_KEY, ['p0@example.com']), undefined);
    assert.equal(recent.find(fake.url, DEMO_KEY, ['p204@example.com'])?.id, 'con_204');
    assert.equal(recent.find(fake.url, DEMO_KEY, ['p5@example.com'])?.id, 'con_5');
  });

  it('updates a contact with an idempotency key and relationship operations', async () => {
    const acme = fake.seedAccount({ $name: 'Acme Robotics', $website: ['https://acme-robotics.example'] });
    const ada = fake.seedContact({ $email: ['ada@acme-robotics.example'] });
    const key = crypto.randomUUID();
    const updated = await client.updateContact(
      ada.id,
      { fields: { $title: 'CTO' }, relationships: { $account: { add: acme.id } } },
      key,
    );
    assert.deepEqual(updated.fields.$title, { valueType: 'TEXT', value: 'CTO' });
    assert.deepEqual(updated.relationships.$account.values, [acme.id]);
    const [request] = fake.requests;
    assert.equal(request.path, `/v1/contacts/${ada.id}`);
    assert.equal(request.headers['idempotency-key'], key);
    assert.deepEqual((await client.getContact(ada.id)).fields.$title, { valueType: 'TEXT', value: 'CTO' });
  });

  it('searches accounts by name and by website, and creates one exactly once', async () => {
    fake.seedAccount({ $name: 'Acme Robotics', $website: ['https://acme-robotics.example'] });
    fake.seedAccount({ $name: 'Acme Foods' });
    assert.deepEqual(
      (await client.listAccounts([{ key: '$name', operator: 'startsWith', value: 'Acme R' }], 10)).data.length,
      1,
    );
    assert.equal(
      (await client.listAccounts([{ key: '$website', operator: 'contains', value: 'acme-robotics.example' }])).data
        .length,
      1,
    );

    fake.injectFault('POST /v1/accounts', { kind: 'dropAfterStore' });
    const key = crypto.randomUUID();
    const created = await client.createAccount(
      { fields: { $name: 'Babbage & Co', $website: ['https://babbage.example'] } },
      key,
    );
    assert.equal(
      fake.accounts().filter((account) => account.fields.$name?.value === 'Babbage & Co').length,
      1,
      'the retried create made one account',
    );
    assert.equal(created.id, fake.accounts().find((account) => account.fields.$name?.value === 'Babbage & Co')?.id);
  });

  it('knows free-mail domains from the well-kept list, subdomains included', () => {
    for (const domain of [
      'gmail.com',
      'GMX.de',
      'yahoo.co.uk',
      'mail.yahoo.co.uk',
      'web.de',
      'hotmail.fr',
      'icloud.com',
      'qq.com',
    ])
      assert.equal(isFreeMailDomain(domain), true, domain);
    for (const domain of [
      'acme-robotics.example',
      'analytical-engines.example',
      'example.com',
      'gmail.com.evil.example',
    ])
      assert.equal(isFreeMailDomain(domain), false, domain);
  });
});
