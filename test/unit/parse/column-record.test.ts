// A CRM's record page laid out in columns (`Lead Owner        Dara Okafor`) is read as its `key: value` lines.
import assert from 'node:assert/strict';
import { restoreColumnRecordLines } from '../../../src/parse/record';
import { prepare, sourceOffset } from '../../../src/parse/text';

const linesOf = (text: string): string[] =>
  restoreColumnRecordLines(prepare(text)).lines.map((line) => line.text.trim());

describe('record pages in columns', () => {
  it('closes each label in a named field’s column with a colon, its value keeping its offsets', () => {
    const text =
      'Record Owner    Ana Ruiz\nFull Name       Kofi Mensah\nEmail           kofi@lagoon.example\nMobile          +233 24 555 0199';
    const doc = restoreColumnRecordLines(prepare(text));
    assert.deepEqual(
      doc.lines.map((line) => line.text.trim()),
      ['Record Owner: Ana Ruiz', 'Full Name: Kofi Mensah', 'Email: kofi@lagoon.example', 'Mobile: +233 24 555 0199'],
    );
    const name = doc.lines[1] as (typeof doc.lines)[number];
    const at = name.start + name.text.indexOf('Kofi');
    assert.equal(text.slice(sourceOffset(doc, at), sourceOffset(doc, at) + 4), 'Kofi');
  });

  it('leaves a signature in two columns as it is', () => {
    const text = 'Ana Ruiz        Kofi Mensah\nDirector        Engineer\nLagoon Ltd      Lagoon Ltd';
    assert.deepEqual(linesOf(text), text.split('\n'));
  });

  it('closes each tabbed label of a record copied with tabs, whatever its length', () => {
    const text = 'Title\tHead of Sales\nCompany\tLagoon Ltd\nLead Owner\tAna Ruiz\nEmail\tkofi@lagoon.example';
    assert.deepEqual(linesOf(text), [
      'Title: Head of Sales',
      'Company: Lagoon Ltd',
      'Lead Owner: Ana Ruiz',
      'Email: kofi@lagoon.example',
    ]);
  });

  it('leaves a field whose value wraps onto the next line in its columns, closing the others', () => {
    const text =
      'Name          Kofi Mensah\nEmail         kofi@lagoon.example\nAddress       12 Ring Road\n              Accra\nAsst. Phone   +233 24 555 0198';
    assert.deepEqual(linesOf(text), [
      'Name: Kofi Mensah',
      'Email: kofi@lagoon.example',
      'Address       12 Ring Road',
      'Accra',
      'Asst. Phone: +233 24 555 0198',
    ]);
  });

  it('measures a CJK label by the columns it takes on screen, each kanji and kana two', () => {
    const text =
      '姓                  中村\n名                  優子\n役職                課長\n会社名              株式会社サクラ工機\nメール              yuko@sakura.example';
    assert.deepEqual(linesOf(text), [
      '姓: 中村',
      '名: 優子',
      '役職: 課長',
      '会社名: 株式会社サクラ工機',
      'メール: yuko@sakura.example',
    ]);
  });
});
