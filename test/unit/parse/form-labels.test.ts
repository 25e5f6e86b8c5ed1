// A form's labelled lines (text.ts blankFormBullets, splitSegments; message.ts nameBeforeTitle): bullets listing
// its fields are no part of them, a spaced slash inside a label joins its words, and a name field may give the
// person's title after the name.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { PATTERNS } from '../../../src/parse/patterns';
import { prepare, splitSegments } from '../../../src/parse/text';

const linesOf = (text: string): string[] => prepare(text).lines.map((line) => line.text.trim());
const segmentsOf = (line: string): string[] =>
  prepare(line)
    .lines.flatMap(splitSegments)
    .map((s) => s.text);

describe('form labels', () => {
  it('reads one field for given and family name together as the name field, in many languages', () => {
    for (const label of ['Jméno a příjmení', 'Nome e cognome', 'Vor- und Nachname', 'Nombre y apellidos'])
      assert.equal(
        parseContact(`${label}: Radek Vondráček\nE-mail: rv@pivotech.example`).lastName?.value,
        'Vondráček',
        label,
      );
  });

  it('reads a bilingual name-part label by its half naming the part (`Last name / Nom`)', () => {
    const contact = parseContact(
      'First name / Prénom: Léa\nLast name / Nom: Côté-Roy\nEmail / Courriel: lea@erable.example',
    );
    assert.equal(contact.firstName?.value, 'Léa');
    assert.equal(contact.lastName?.value, 'Côté-Roy');
  });

  it("reads a task's field of its related contact (`Contact title:`) as that field", () => {
    const contact = parseContact(
      'Name: Owen Price (Contact)\nContact title: Operations Manager\nContact email: owen@joinery.example',
    );
    assert.equal(contact.title?.value, 'Operations Manager');
  });

  it('blanks the bullets of a list of labelled fields, keeping offsets', () => {
    const text = '■ 会社名：株式会社さくら工房\n■ お名前：森 結衣';
    assert.deepEqual(linesOf(text), ['会社名：株式会社さくら工房', 'お名前：森 結衣']);
    assert.equal(prepare(text).lines[1]?.text.length, '■ お名前：森 結衣'.length);
    assert.deepEqual(linesOf('- Firma: Beispiel GmbH\n- Telefon: 030 1234567'), [
      'Firma: Beispiel GmbH',
      'Telefon: 030 1234567',
    ]);
  });

  it("blanks a notice's section numbers, each beside another, labelled or not, keeping offsets", () => {
    const text =
      '2.1) Nazwa: Gmina Zielonka\n2.1.1.) Ulica: ul. Lipowa 3\nII.3) Kontaktní osoba požadavků na dokumentaci';
    assert.deepEqual(linesOf(text), [
      'Nazwa: Gmina Zielonka',
      'Ulica: ul. Lipowa 3',
      'Kontaktní osoba požadavků na dokumentaci',
    ]);
    assert.equal(prepare(text).lines[1]?.text.length, '2.1.1.) Ulica: ul. Lipowa 3'.length);
  });

  it('keeps a number that is a quantity or stands alone (`1.5 kg`, one numbered line)', () => {
    assert.deepEqual(linesOf('1.5 kg flour\n2.5 l milk'), ['1.5 kg flour', '2.5 l milk']);
    assert.deepEqual(linesOf('Hi Ana,\n2.1) Pricing: see the sheet'), ['Hi Ana,', '2.1) Pricing: see the sheet']);
  });

  it('keeps a bulleted label alone among other bullets (a note)', () => {
    assert.deepEqual(linesOf('- Anna: sends the plan\n- two chairs'), ['- Anna: sends the plan', '- two chairs']);
  });

  it('does not part a label at a spaced slash between its words', () => {
    assert.deepEqual(segmentsOf('PLZ / Ort: 10115 Berlin'), ['PLZ / Ort: 10115 Berlin']);
    assert.deepEqual(segmentsOf('Vertrieb / Export'), ['Vertrieb', 'Export']);
  });

  it('reads a name field holding the name then the title into both', () => {
    const contact = parseContact(
      '회사명 : 푸른바다 주식회사\n담당자 : 윤서연 대리\n이메일 : seoyeon@pureunbada.example',
    );
    assert.equal(contact.lastName?.value, '윤');
    assert.equal(contact.firstName?.value, '서연');
    assert.equal(contact.title?.value, '대리');
  });

  it('reads a contact label naming the department as a name field (`Contacto compras:`)', () => {
    for (const label of ['Contacto compras', 'Ansprechpartner Einkauf', 'Contact person sales']) {
      const contact = parseContact(
        `Bestellung 2291\n${label}: Lorena Quintanilla\nTel. +49 30 1234 5678\nbestellung@hafen.example`,
      );
      assert.equal(contact.firstName?.value, 'Lorena', label);
      assert.equal(contact.lastName?.value, 'Quintanilla', label);
    }
  });

  it('reads no name under a label followed by words naming no department (`Ansprechpartner Blau:`)', () => {
    const contact = parseContact(
      'Bestellung 2291\nAnsprechpartner Blau: Lorena Quintanilla\nTel. +49 30 1234 5678\nbestellung@hafen.example',
    );
    assert.equal(contact.firstName, undefined);
  });

  it('reads a label longer than a short one when it opens with a known label, and a plural letter in brackets', () => {
    const label = (line: string): string | undefined => PATTERNS.labelPrefix.exec(line)?.[1];
    assert.equal(
      label('Osoba do kontaktu w sprawach technicznych: Ewa Lis'),
      'Osoba do kontaktu w sprawach technicznych',
    );
    assert.equal(label('Endereço para correspondência: Rua Nova 3'), 'Endereço para correspondência');
    assert.equal(label('Point(s) de contact : Mme Roux'), 'Point(s) de contact');
    // A long line opening with no known label stays prose.
    assert.equal(label('We will be closed over the holidays and back on: Monday'), undefined);
  });

  it("reads a name before a comma and the person's own address, under a contact label or none", () => {
    for (const text of ['Kontakt: Ewa Lis, ewa.lis@przyklad.example', 'Ewa Lis, ewa.lis@przyklad.example'])
      assert.equal(parseContact(text).firstName?.value, 'Ewa', text);
    // Under another label (a colleague covering a team) the person is someone else: the signer below is the contact.
    const covered = parseContact('Invoices: Ewa Lis, ewa.lis@przyklad.example\n\nBest regards,\nAnna Nowak');
    assert.equal(covered.firstName?.value, 'Anna');
  });

  it("reads a person's field whose role after the name's comma runs on in lower case as the person's line", () => {
    const contact = parseContact(
      'Point(s) de contact : Mme Anne Roy, service de la commande publique et des affaires juridiques\n' +
        'Courriel : a.roy@ville.example',
    );
    assert.equal(contact.firstName?.value, 'Anne');
  });
});
