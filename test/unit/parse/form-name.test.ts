// A web form's name field holds the visitor's name however they typed it, lower case included.
import assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { typedName } from '../../../src/parse/names';

describe('form name fields', () => {
  it('capitalises a name typed all in lower case, particles left lower, length kept', () => {
    assert.equal(typedName('lucía fernández de la vega'), 'Lucía Fernández de la Vega');
    assert.equal(typedName("tom o'reilly"), "Tom O'Reilly");
    assert.equal(typedName('jean-marc dupuis'), 'Jean-Marc Dupuis');
    assert.equal(typedName('Anna di Marco'), 'Anna di Marco');
  });

  it("reads a lower-case name under a form's name label as the contact", () => {
    const got = toPlainContact(
      parseContact(
        'Nombre: lucía fernández de la vega\nCorreo: lucia@vegaasesores.example\nEmpresa: Vega Asesores S.L.\n',
      ),
    );
    assert.equal(got.firstName, 'Lucía');
    assert.equal(got.lastName, 'Fernández de la Vega');
    assert.equal(got.company, 'Vega Asesores S.L.');
  });

  it("reads the full name before a comma in a document's contact field, whatever details follow", () => {
    const name = (text: string): [string | undefined, string | undefined] => {
      const got = toPlainContact(parseContact(text));
      return [got.firstName, got.lastName];
    };
    assert.deepEqual(name('Contact: Imogen Tallis-Ward, Office Manager\n'), ['Imogen', 'Tallis-Ward']);
    assert.deepEqual(name('Kontaktperson: Jan Ekdahl, 0701 555 019\n'), ['Jan', 'Ekdahl']);
    // a given name alone before the comma is no full name to read
    assert.deepEqual(name('Contact: Imogen, Office Manager\n'), [undefined, undefined]);
  });

  it("reads a form's given and family name fields as one name, whichever comes first", () => {
    const read = (text: string): [string | undefined, string | undefined] => {
      const got = toPlainContact(parseContact(text));
      return [got.firstName, got.lastName];
    };
    assert.deepEqual(read('Vorname: Wiebke\nNachname: von Ahlen\n'), ['Wiebke', 'von Ahlen']);
    assert.deepEqual(read('Nom : Lefort-Ba\nPrénom : Anne-Sophie\n'), ['Anne-Sophie', 'Lefort-Ba']);
    assert.deepEqual(read('Nombre: María José\nApellidos: Ruiz de Alda\n'), ['María José', 'Ruiz de Alda']);
  });

  it("pairs a form's given and family fields, not a plain name field holding another person's full name", () => {
    const got = toPlainContact(
      parseContact('Kontaktperson: Mikael Strand\nFörnamn: Sofia\nEfternamn: Lind\nE-post: sofia.lind@x.example\n'),
    );
    assert.deepEqual([got.firstName, got.lastName], ['Sofia', 'Lind']);
  });

  it("reads a Brazilian form's Apelido (nickname) as no family name", () => {
    const got = toPlainContact(parseContact('Nome: Luana Ribeiro Costa\nApelido: Lu\n'));
    assert.notEqual(got.lastName, 'Lu');
  });

  it('reads no sentence under a name label as a name', () => {
    const got = toPlainContact(parseContact('Contact: please call our office tomorrow\nCompany: Acme Ltd\n'));
    assert.equal(got.firstName, undefined);
    assert.equal(got.lastName, undefined);
  });

  it("reads a CJK document's name field around its department, title and rank and past its contact aside", () => {
    const read = (field: string): [string | undefined, string | undefined, string | undefined, string | undefined] => {
      const got = toPlainContact(parseContact(`株式会社サンプル工業\nTEL 06-6555-0170\n${field}\n`));
      return [got.lastName, got.firstName, got.title, got.email];
    };
    // the title before the name
    assert.deepEqual(read('担当：課長 森田 結衣\nE-mail: morita@sample.example'), [
      '森田',
      '結衣',
      '課長',
      'morita@sample.example',
    ]);
    // the department keeps to the title beside it, and the contact aside gives the address, no part of the name
    assert.deepEqual(read('担当：営業部 主任 森田 結衣（morita@sample.example）'), [
      '森田',
      '結衣',
      '営業部 主任',
      'morita@sample.example',
    ]);
    // a rank after the name leaves the department before it out of the title
    assert.deepEqual(read('담당자: 기술지원팀 한가람 과장 (010-2345-6789, garam.han@sample.example)'), [
      '한',
      '가람',
      '과장',
      'garam.han@sample.example',
    ]);
  });
});
