// A notice's contact point (`Kontaktstelle:`, `Correspondant :`) names its contact person, past `for the attention
// of` (`zu Händen Herrn`, `à l'attention de`) and honorifics, with their role after the name's comma; the buyer's
// official name is a firm's field however many lower-case words it has.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { PATTERNS } from '../../../src/parse/patterns';

const phone = 'Tel.: +49 7131 4482-310';

describe("a notice's contact point", () => {
  it('reads the contact point labels of the language versions of a notice as a name field', () => {
    for (const label of ['Kontaktstelle', 'Contact point', 'Correspondant', 'Punto de contacto', 'Contactpunt'])
      assert.equal(parseContact(`${label}: Malte Rosenkötter\n${phone}`).lastName?.value, 'Rosenkötter', label);
  });

  it('reads the name past `for the attention of` in German, French, English, Dutch and Italian', () => {
    for (const value of [
      'zu Händen Herrn Malte Rosenkötter',
      'z. Hd. Frau Dr. Malte Rosenkötter',
      "à l'attention de M. Malte Rosenkötter",
      'for the attention of Mr Malte Rosenkötter',
      't.a.v. Malte Rosenkötter',
      "all'attenzione di Malte Rosenkötter",
    ]) {
      const contact = parseContact(`Kontaktstelle: ${value}\n${phone}`);
      assert.equal(contact.firstName?.value, 'Malte', value);
      assert.equal(contact.lastName?.value, 'Rosenkötter', value);
    }
  });

  it('opens no name with those words inside a value', () => {
    assert.ok(!PATTERNS.attentionOpener.test('Malte Rosenkötter, zu Händen'));
  });

  it('reads the role after the name’s comma as the title, but not a firm or a number there', () => {
    const titled = parseContact('Correspondant : M. Hugues Péan, chargé des marchés publics\nTél. : 02 43 55 18 20');
    assert.equal(titled.title?.value, 'chargé des marchés publics');
    const numbered = parseContact('Correspondant : M. Hugues Péan, 02 43 55 18 20');
    assert.equal(numbered.title, undefined);
  });

  it("reads the buyer's official name of many lower-case words as the company", () => {
    const text =
      "Nom complet de l'acheteur : Syndicat intercommunal des eaux de la vallée du Loir\n" +
      'Correspondant : M. Hugues Péan\nTél. : 02 43 55 18 20';
    assert.equal(parseContact(text).company?.value, 'Syndicat intercommunal des eaux de la vallée du Loir');
  });

  it("reads the firm's label alone on its line as naming the line under it, not a line further down", () => {
    const text =
      'Öffentlicher Auftraggeber:\nGemeinde Oberweilach\n\nKontaktstelle: Svenja Hollerbach\nTel.: 07581 55012-40';
    assert.equal(parseContact(text).company?.value, 'Gemeinde Oberweilach');
    const apart =
      'Öffentlicher Auftraggeber:\n\nGemeinde Oberweilach\n\nKontaktstelle: Svenja Hollerbach\nTel.: 07581 55012-40';
    assert.notEqual(parseContact(apart).company?.value, 'Öffentlicher Auftraggeber:');
  });

  it("reads no name from a section's heading (`SEKCJA II – INFORMACJE PODSTAWOWE`, `Abschnitt 3`)", () => {
    for (const heading of ['SEKCJA II – INFORMACJE PODSTAWOWE', 'Section IV – Procedure', 'Abschnitt 3']) {
      const contact = parseContact(`${heading}\nE-mail: z.olender@gmina-lipno.example\n${phone}`);
      assert.equal(contact.firstName, undefined, heading);
      assert.equal(contact.lastName?.value, 'Olender', heading);
    }
  });

  it("reads the buyer's name field of the national forms as the company", () => {
    for (const label of ['Nazwa zamawiającego', 'Název zadavatele', 'Buyer name'])
      assert.equal(
        parseContact(`${label}: Gmina Lipno\nKontakt: Zofia Olender\n${phone}`).company?.value,
        'Gmina Lipno',
      );
  });
});
