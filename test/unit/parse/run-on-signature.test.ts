// A paragraph of one line that opens with a full name, a comma and a role and carries contact details is a
// signature written on one line (message.ts runOnNameComma): its parts stand between commas and dashes
// (text.ts splitRunOnSignature), the name and its role staying one segment.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { prepare, splitRunOnSignature } from '../../../src/parse/text';

const segmentsOf = (line: string): string[] =>
  prepare(line)
    .lines.flatMap((l) => splitRunOnSignature(l, l.text.indexOf(', ')))
    .map((s) => s.text);

describe('a run-on signature line', () => {
  it('parts the line at commas and spaced dashes, keeping the name with its role and a legal form with its firm', () => {
    assert.deepEqual(segmentsOf('Ana Lima, gerente na Serra Clara, Ltda., Rua Augusta 12, São Paulo — 11 5555 0142'), [
      'Ana Lima, gerente na Serra Clara, Ltda.',
      'Rua Augusta 12',
      'São Paulo',
      '11 5555 0142',
    ]);
  });

  it('keeps the name comma given past a sign-off, parting the sign-off at its dash', () => {
    assert.deepEqual(segmentsOf('Gracias! — Ana Soto Vera, Jefa de Compras, Ferretería Los Andes S.A., 11 5555 0142'), [
      'Gracias!',
      'Ana Soto Vera, Jefa de Compras',
      'Ferretería Los Andes S.A.',
      '11 5555 0142',
    ]);
  });

  it('reads the name, role and details of a closing line', () => {
    const contact = parseContact(
      'Merci pour votre retour.\n\nOdile Brun, cheffe de projet chez Atelier Brume SAS, 3 rue Colbert, 69002 Lyon — 04 78 55 01 42\n',
    );
    assert.equal(contact.firstName?.value, 'Odile');
    assert.equal(contact.lastName?.value, 'Brun');
    assert.equal(contact.title?.value, 'cheffe de projet');
    assert.equal(contact.company?.value, 'Atelier Brume SAS');
  });

  it('reads the signature after a sign-off opening the line', () => {
    const contact = parseContact(
      'Gracias! — Ana Soto Vera, Jefa de Compras, Ferretería Los Andes S.A., asoto@losandes.example\n',
    );
    assert.equal(contact.firstName?.value, 'Ana');
    assert.equal(contact.lastName?.value, 'Soto Vera');
    assert.equal(contact.title?.value, 'Jefa de Compras');
  });

  it('leaves a line after the signature delimiter to its own reading, a short title its own part', () => {
    const contact = parseContact(
      'Hi Sam,\n\nPlease forward the contract.\n\n-- David Chen, CFO, Pacific Rim Trading Co., 200 Market St, San Francisco, CA 94105, +1 415 555 0199\n',
    );
    assert.equal(contact.title?.value, 'CFO');
  });

  it('leaves a sentence about someone in a body paragraph as prose', () => {
    const contact = parseContact(
      'Hello,\nOdile Brun, our project lead, will call you on 04 78 55 01 42 tomorrow\nabout the site visit.\n\nBest,\nMarc\n',
    );
    assert.notEqual(contact.lastName?.value, 'Brun');
  });
});

describe('a run-on signature line in Catalan', () => {
  it('keeps a middle dot between two l’s inside a word (the ela geminada), parting only at a spaced dot', () => {
    assert.deepEqual(
      segmentsOf('Martí Gil·labert, cap de projectes, Col·legi d’Enginyers · Instal·lacions Vallès, 93 555 01 42'),
      ['Martí Gil·labert, cap de projectes', 'Col·legi d’Enginyers', 'Instal·lacions Vallès', '93 555 01 42'],
    );
  });
});
