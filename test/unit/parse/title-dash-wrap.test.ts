// A title line ending in a spaced dash goes on with the next line, the field the dash leads to
// (roles.ts joinBrokenRoleLines); not when the next line is the firm, a wrapped `Title – Company`.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

describe('joinBrokenRoleLines: a title line ending in a spaced dash', () => {
  it('goes on with a field on the next line', () => {
    const contact = parseContact(
      'Pozdrawiam,\nEwa Nowak\nKierownik Zakupów –\nSurowce i Opakowania\nNowak Chemia Sp. z o.o.\newa.nowak@nowakchemia.example\n',
    );
    assert.equal(contact.title?.value, 'Kierownik Zakupów – Surowce i Opakowania');
    assert.equal(contact.company?.value, 'Nowak Chemia Sp. z o.o.');
  });

  it('leaves a firm on the next line to be the company', () => {
    const contact = parseContact(
      'Cordialement,\nLuc Garnier\nResponsable Export —\nGarnier Vignobles SAS\nluc@garnier-vignobles.example\n',
    );
    assert.equal(contact.title?.value, 'Responsable Export');
    assert.equal(contact.company?.value, 'Garnier Vignobles SAS');
  });
});
