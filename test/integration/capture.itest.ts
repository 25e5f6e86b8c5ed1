// In the real extension host: the packaged parser bundle, its worker, and the mapping of what it
// reads onto a workspace's own definitions, fetched by the real client from the stand-in.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fetch from 'node-fetch';
import * as vscode from 'vscode';
import { encodeDraft } from '../../src/contact/draft';
import { buildFormFields } from '../../src/contact/formFields';
import { draftFromParsed } from '../../src/contact/fromParsed';
import { LightfieldClient } from '../../src/lightfield/client';
import type * as Parser from '../../src/parse/index';
import { WarmParseWorker } from '../../src/services/warmParseWorker';
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

/** A line of prose, repeated into long input. */
const FILLER = 'Notes from the quarterly planning meeting, nothing to do with anyone in particular.\n';

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
    const text = FILLER.repeat(Math.ceil((3 * 1024 * 1024) / FILLER.length)) + SIGNATURE;
    let longestPause = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestPause = Math.max(longestPause, Date.now() - last);
      last = Date.now();
    }, 10);
    const worker = new WarmParseWorker(distFile('parseWorker.js'));
    const started = Date.now();
    const reading = await worker.read({ text }, { format: 'auto' });
    const coldMs = Date.now() - started;
    const warmStarted = Date.now();
    const again = await worker.read({ text }, { format: 'auto' });
    const warmMs = Date.now() - warmStarted;
    clearInterval(ticker);
    console.log(
      `parse worker: ${(text.length / 1024 / 1024).toFixed(1)} MiB in ${coldMs} ms (a new worker), ${warmMs} ms (the same worker again), longest extension-host pause ${longestPause} ms`,
    );
    assert.equal(reading?.truncated, true, 'beyond the parser cap only the beginning is read');
    assert.deepEqual(again, reading);
    // Read on the host thread, 3 MiB would stall it for seconds; a loaded 2-core machine alone can
    // add a few hundred milliseconds of scheduling delay, which this must not take for a failure.
    assert.ok(longestPause < 1000, `the extension host paused ${longestPause} ms`);
  });

  it('keeps its parse worker between reads, and stops it when a read is cancelled or it is idle', async () => {
    const idleStopMs = 200;
    const worker = new WarmParseWorker(distFile('parseWorker.js'), idleStopMs);
    const first = await worker.read({ text: SIGNATURE }, { format: 'auto' });
    assert.equal(first?.kind, 'single');
    const thread = worker.threadId;
    assert.ok(thread !== undefined, 'a worker runs after a read');
    assert.deepEqual(await worker.read({ text: SIGNATURE }, { format: 'auto' }), first);
    assert.equal(worker.threadId, thread, 'the second read is answered by the same worker');
    // Text crosses to the worker as UTF-8 bytes: every script arrives as it was.
    const parser = require(distFile('parser.js')) as typeof Parser;
    const manyScripts = 'Saludos,\nJosé Ñúñez Øvergård\n김민준 · 王小明 · Αλέξης · Ілля 👋\njose@ejemplo.example';
    assert.deepEqual(await worker.read({ text: manyScripts }, { format: 'auto' }), parser.readContacts(manyScripts));
    // A file's bytes are decoded in the worker: an export in Windows-1252 keeps its accents.
    const csv = 'Name,E-mail Address\r\nJosé Müller-Lüdenscheidt,jose@ejemplo.example\r\n';
    assert.deepEqual(
      await worker.read({ file: Buffer.from(csv, 'latin1') }, { format: 'csv' }),
      parser.readContacts(csv, { format: 'csv' }),
    );

    const source = new vscode.CancellationTokenSource();
    const long = worker.read(
      { text: FILLER.repeat(Math.ceil((1024 * 1024) / FILLER.length)) },
      { format: 'auto' },
      source.token,
    );
    source.cancel();
    assert.equal(await long, undefined, 'a cancelled read answers nothing');
    assert.equal(worker.threadId, undefined, 'and stops its worker');
    assert.deepEqual(
      await worker.read({ text: SIGNATURE }, { format: 'auto' }),
      first,
      'the next read starts a new one',
    );
    assert.notEqual(worker.threadId, thread);

    await new Promise((resolve) => setTimeout(resolve, idleStopMs * 3));
    assert.equal(worker.threadId, undefined, 'an idle worker is stopped');
  });
});
