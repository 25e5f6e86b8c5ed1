// Contact definitions are read before they are used or cached (issue #10, finding 7): a bad
// definition is skipped with a line saying why; with nothing usable left, nothing is kept.
import assert from 'node:assert/strict';
import fetch from 'node-fetch';
import { FormField, buildFormFields } from '../../src/contact/formFields';
import { systemFormFields } from '../../src/contact/systemFields';
import { LightfieldClient } from '../../src/lightfield/client';
import { readDefinitions } from '../../src/lightfield/definitions';
import { DefinitionsCache } from '../../src/services/definitionsCache';
import { UnexpectedResponseError } from '../../src/lightfield/errors';
import contactDefinitions from '../fixtures/contact-definitions.json';
import { DEMO_KEY, startFakeLightfield } from '../fake-lightfield/server';
import { rejection } from './lightfieldRejection';

const GOOD = contactDefinitions.fieldDefinitions;
/** The malformed definitions the review found, beside good ones. */
const MIXED = {
  objectType: 'contact',
  fieldDefinitions: {
    $name: GOOD.$name,
    $email: GOOD.$email,
    'lead-source': GOOD['lead-source'],
    nothing: null,
    numbered: { ...GOOD.$title, label: 7 },
    optionless: { ...GOOD['lead-source'], typeConfiguration: { options: 'x' } },
    'bad-option': { ...GOOD['lead-source'], typeConfiguration: { options: [{ id: 1, label: 'One' }] } },
  },
  relationshipDefinitions: {
    $account: contactDefinitions.relationshipDefinitions.$account,
    gone: null,
    counted: { ...contactDefinitions.relationshipDefinitions.$owner, cardinality: 1 },
  },
};
const ALL_BAD = { fieldDefinitions: { nothing: null, numbered: { ...GOOD.$title, label: 7 } } };

describe('readDefinitions', () => {
  it('skips each malformed definition with one line, and keeps the good ones as they were', () => {
    const reading = readDefinitions(MIXED);
    assert.ok(reading);
    assert.deepEqual(Object.keys(reading.definitions.fieldDefinitions), ['$name', '$email', 'lead-source']);
    assert.deepEqual(Object.keys(reading.definitions.relationshipDefinitions), ['$account']);
    assert.deepEqual(reading.skipped, [
      'The contact field "nothing" is skipped: its definition is not an object.',
      'The contact field "numbered" is skipped: its label is not text.',
      'The contact field "optionless" is skipped: its options are not a list.',
      'The contact field "bad-option" is skipped: an option has no text id and label.',
      'The contact relationship "gone" is skipped: its definition is not an object.',
      'The contact relationship "counted" is skipped: its cardinality is not text.',
    ]);
    assert.deepEqual(reading.definitions.fieldDefinitions['lead-source'].typeConfiguration.options, [
      ...GOOD['lead-source'].typeConfiguration.options,
    ]);
    const { fields } = buildFormFields(reading.definitions);
    assert.deepEqual(fields.map((field) => field.key).sort(), ['$account', '$email', '$name', 'lead-source']);
  });

  it('reads the documented fixture whole', () => {
    const reading = readDefinitions(contactDefinitions);
    assert.deepEqual(reading?.skipped, []);
    assert.deepEqual(Object.keys(reading.definitions.fieldDefinitions), Object.keys(GOOD));
    assert.deepEqual(buildFormFields(reading.definitions), buildFormFields(contactDefinitions as never));
  });

  it('has nothing to read without a fieldDefinitions object', () => {
    for (const raw of [null, [], {}, { fieldDefinitions: [] }, { fieldDefinitions: 'x' }])
      assert.equal(readDefinitions(raw), undefined, JSON.stringify(raw));
  });
});

describe('LightfieldClient.getContactDefinitions with malformed definitions', () => {
  it('returns the usable ones, and reports each skipped one', async () => {
    const fake = await startFakeLightfield({ definitions: MIXED });
    try {
      const warnings: string[] = [];
      const client = new LightfieldClient({
        baseUrl: fake.url,
        apiKey: DEMO_KEY,
        fetch,
        timeoutMs: 2_000,
        onWarning: (line) => warnings.push(line),
      });
      const definitions = await client.getContactDefinitions();
      assert.equal(warnings.length, 6);
      assert.doesNotThrow(() => buildFormFields(definitions));
      assert.equal(Object.keys(definitions.fieldDefinitions).length, 3);
    } finally {
      await fake.close();
    }
  });

  it('fails with a clear message when no field is usable', async () => {
    const fake = await startFakeLightfield({ definitions: ALL_BAD });
    try {
      const client = new LightfieldClient({ baseUrl: fake.url, apiKey: DEMO_KEY, fetch, timeoutMs: 2_000 });
      const error = await rejection(client.getContactDefinitions());
      assert.ok(error instanceof UnexpectedResponseError);
      assert.match(error.message, /none of the 2 contact fields it sent can be read/);
    } finally {
      await fake.close();
    }
  });
});

describe('DefinitionsCache with an entry an older version cached unchecked', () => {
  const storage = (entry: unknown) => ({
    get: <T>() => entry as T,
    update: async () => undefined,
  });

  it('serves the usable part of it', () => {
    const cached = new DefinitionsCache(storage({ definitions: MIXED, fetchedAt: 1 })).get('https://a.example', 'k');
    assert.deepEqual(Object.keys(cached?.definitions.fieldDefinitions ?? {}), ['$name', '$email', 'lead-source']);
    assert.equal(cached?.fetchedAt, 1);
  });

  it('serves nothing when none of it is usable', () => {
    assert.equal(
      new DefinitionsCache(storage({ definitions: ALL_BAD, fetchedAt: 1 })).get('https://a.example', 'k'),
      undefined,
    );
  });
});

describe('DefinitionsCache.put', () => {
  it('writes the definitions only when they differ from the cached ones', async () => {
    const stored = new Map<string, unknown>();
    const writes: unknown[] = [];
    const cache = new DefinitionsCache(
      {
        get: <T>(key: string) => stored.get(key) as T | undefined,
        update: async (key: string, value: unknown) => void (writes.push(value), stored.set(key, value)),
      },
      () => 1,
    );
    const definitions = readDefinitions(MIXED)!.definitions;
    await cache.put('https://a.example', 'k', definitions);
    await cache.put('https://a.example', 'k', structuredClone(definitions));
    assert.equal(writes.length, 1, 'the same definitions again: no write');
    const changed = structuredClone(definitions);
    delete changed.fieldDefinitions.$email;
    await cache.put('https://a.example', 'k', changed);
    assert.equal(writes.length, 2);
    assert.deepEqual(cache.get('https://a.example', 'k'), { definitions: changed, fetchedAt: 1 });
    await cache.put('https://b.example', 'k', definitions);
    assert.equal(writes.length, 3, 'another server has its own entry');
  });
});

describe('systemFormFields', () => {
  it('are the name and the email, as the fields every workspace has, in the same order', () => {
    const system = systemFormFields([]);
    const workspace = buildFormFields(contactDefinitions).fields;
    // The workspace's descriptions are its own.
    const shape = ({ key, kind, label, multiple }: FormField) => ({ key, kind, label, multiple });
    assert.deepEqual(system.map(shape), workspace.slice(0, 2).map(shape));
  });

  it('leave out what the user chose never to see, by key or by label', () => {
    assert.deepEqual(
      systemFormFields(['$email']).map((field) => field.key),
      ['$name'],
    );
    assert.deepEqual(systemFormFields(['name']), systemFormFields(['$name']));
  });
});
