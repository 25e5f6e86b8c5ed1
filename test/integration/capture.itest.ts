// In the real extension host: the packaged parser bundle, its worker, and the mapping of what it
// reads onto a workspace's own definitions, fetched by the real client from the stand-in.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import fetch from 'node-fetch';
import * as vscode from 'vscode';
import { encodeDraft } from '../../src/contact/draft';
import { buildFormFields } from '../../src/contact/formFields';
import { draftFromParsed } from '../../src/contact/fromParsed';
import { LightfieldClient } from '../../src/lightfield/client';
import type * as Parser from '../../src/parse/index';
import { DEMO_KEY, startFakeLightfield } from '../fake-lightfield/server';
import customDefinitions from '../fixtures/contact-definitions-custom.json';

const EXTENSION_ID = 'lightfield-community.lightfield-contact-capture';

const SIGNATURE = [
  'Thanks for the call today.',
  '',
  'Best regards,',
  'Dr. Ingrid van der Berg',
  'Head of Procurement | Meridian Freight GmbH',
  'M: +49 151 23456789 | T: +49 40 1234567 | Fax: +49 40 1234568',
  'ingrid.vanderberg@meridian-freight.example',
  'https://www.linkedin.com/in/ingrid-van-der-berg',
].join('\n');

function distFile(name: string): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return path.join(extension.extensionPath, 'dist', name);
}

describe('Capturing contacts in a real extension host', () => {
  it('maps a signature onto custom fields fetched from a workspace that lacks system fields', async () => {
    const fake = await startFakeLightfield({ definitions: customDefinitions });
    try {
      const client = new LightfieldClient({ baseUrl: fake.url, apiKey: DEMO_KEY, fetch, timeoutMs: 5000 });
      const { fields } = buildFormFields(await client.getContactDefinitions());
      // The shipped parser bundle, loaded the way the extension loads it.
      const parser = require(distFile('parser.js')) as typeof Parser;
      const reading = parser.readContacts(SIGNATURE);
      assert.equal(reading.kind, 'single');
      const { draft, unsaved } = draftFromParsed(
        reading.kind === 'single' ? reading.contact : { phones: [], fax: [] },
        fields,
      );

      const body = encodeDraft(draft, fields).body;
      assert.deepEqual(body.fields, {
        'full-name': { firstName: 'Ingrid', lastName: 'van der Berg' },
        'work-email': ['ingrid.vanderberg@meridian-freight.example'],
        mobile: ['+4915123456789'],
        office: ['+49401234567'],
        'fax-line': ['+49401234568'],
        position: 'Head of Procurement',
        employer: 'Meridian Freight GmbH',
        li: 'https://linkedin.com/in/ingrid-van-der-berg',
      });
      assert.deepEqual(unsaved, []);
      // The stand-in validates against the same definitions: the body is one it accepts.
      const created = await client.createContact(body, crypto.randomUUID());
      assert.deepEqual(created.fields['full-name'], {
        valueType: 'FULL_NAME',
        value: { firstName: 'Ingrid', lastName: 'van der Berg' },
      });
    } finally {
      await fake.close();
    }
  });

  it('reads megabytes in the parse worker while the extension host stays responsive', async () => {
    const filler = 'Notes from the quarterly planning meeting, nothing to do with anyone in particular.\n';
    const text = filler.repeat(Math.ceil((3 * 1024 * 1024) / filler.length)) + SIGNATURE;
    let longestPause = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestPause = Math.max(longestPause, Date.now() - last);
      last = Date.now();
    }, 10);
    const started = Date.now();
    const reading = await new Promise<Parser.ContactsReading>((resolve, reject) => {
      const worker = new Worker(distFile('parseWorker.js'), {
        workerData: { input: text, options: { format: 'auto' } },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    clearInterval(ticker);
    console.log(
      `parse worker: ${(text.length / 1024 / 1024).toFixed(1)} MiB in ${Date.now() - started} ms, longest extension-host pause ${longestPause} ms`,
    );
    assert.equal(reading.truncated, true, 'beyond the parser cap only the beginning is read');
    assert.ok(longestPause < 250, `the extension host paused ${longestPause} ms`);
  });
});
