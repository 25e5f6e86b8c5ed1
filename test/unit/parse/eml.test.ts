// .eml files: the sender from the headers (RFC 2047 names), the signature from the text part or
// from the HTML part turned into text; quoted-printable, base64 and charsets decoded by postal-mime.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readEmail } from '../../../src/parse/eml';
import { repoRoot } from '../../parser/corpus';

const message = (name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(repoRoot(), 'test/fixtures/eml', name)));

describe('readEmail', () => {
  it('reads an HTML-only, quoted-printable ISO-8859-1 message with an encoded sender name', async () => {
    const reading = await readEmail(message('html-only-encoded-sender.eml'));
    assert.equal(reading.kind, 'single');
    if (reading.kind !== 'single') return;
    const c = reading.contact;
    assert.equal(c.firstName, 'José');
    assert.equal(c.email, 'jose.garcia@andes-cafe.example');
    assert.equal(c.title, 'Director Comercial');
    assert.equal(c.company, 'Andes Café Ltda.');
    assert.equal(c.website, 'https://andes-cafe.example');
    assert.deepEqual(
      c.phones.map((p) => p.number),
      ['+56225550142'],
    );
  });

  it('reads the base64 text part of a multipart message, sender "Last, First" from the header', async () => {
    const reading = await readEmail(message('multipart-base64.eml'));
    assert.equal(reading.kind, 'single');
    if (reading.kind !== 'single') return;
    const c = reading.contact;
    assert.deepEqual(
      [c.firstName, c.lastName, c.email, c.title, c.company],
      ['Søren', 'Ødegård', 'soren@fjordfreight.example', 'Head of Logistics', 'Fjord Freight ApS'],
    );
    assert.deepEqual(
      c.phones.map((p) => p.number),
      ['+4533550123'],
    );
  });

  it('finds nobody in bytes that are no message, without throwing', async () => {
    const reading = await readEmail(new Uint8Array([0, 1, 2, 255]));
    assert.equal(reading.kind, 'single');
    if (reading.kind === 'single') assert.equal(reading.contact.email, undefined);
  });
});
