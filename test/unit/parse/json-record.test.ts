// A person's JSON record (a CRM's or a lead form's export) is read as its `key: value` lines; other JSON is not.
import assert from 'node:assert/strict';
import { restoreRecordLines } from '../../../src/parse/record';
import { prepare } from '../../../src/parse/text';

const linesOf = (text: string): string[] => restoreRecordLines(prepare(text)).lines.map((line) => line.text.trim());

describe('JSON records', () => {
  it('reads each pair of a one-line record as a labelled line, at its offsets in the input', () => {
    const text = '{"navn": "Mette Lund", "firma": "Fjordlys ApS", "email": "mette@fjordlys.example"}';
    const doc = restoreRecordLines(prepare(text));
    assert.deepEqual(
      doc.lines.map((line) => line.text.trim()),
      ['navn :  Mette Lund', 'firma :  Fjordlys ApS', 'email :  mette@fjordlys.example'],
    );
    const firm = doc.lines[1];
    assert.equal(text.slice(firm?.start, (firm?.start ?? 0) + (firm?.text.length ?? 0)), '"firma": "Fjordlys ApS"');
  });

  it('leaves a JSON object whose keys name no person as it is', () => {
    const manifest = '{\n  "name": "@acme/utils",\n  "version": "1.0.0",\n  "homepage": "https://acme.example"\n}';
    assert.deepEqual(
      linesOf(manifest),
      manifest.split('\n').map((line) => line.trim()),
    );
  });

  it("leaves a payload holding several people's records (a webhook's owner and assignee) as it is", () => {
    const payload =
      '{\n  "event": "deal.updated",\n  "owner": {"name": "Rune Aasgard", "email": "rune@tindvik.example", "phone": "+47 400 11 222"},\n  "assignee": {"name": "Kari Holm", "email": "kari@tindvik.example", "title": "Account Manager"}\n}';
    assert.deepEqual(
      linesOf(payload),
      payload.split('\n').map((line) => line.trim()),
    );
  });
});
