// A writer naming themselves the owner or founder of a business in a sentence (message.ts ownerRoles): the owner's
// noun is the title and what its `of` leads to the firm.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const rolesOf = (sentence: string): [string | undefined, string | undefined] => {
  const contact = parseContact(`Marta Illescas  10:02\n${sentence}\nmarta@illescas.example\n`);
  return [contact.title?.value, contact.company?.value];
};

describe('an owner’s role and business in a sentence of their own', () => {
  it('reads the owner’s noun as the title and the business after `of` as the firm, in several languages', () => {
    assert.deepEqual(rolesOf('Hola, soy la dueña de Panadería Los Arcos (tres locales) y quería una cotización.'), [
      'dueña',
      'Panadería Los Arcos',
    ]);
    assert.deepEqual(rolesOf('Hallo, ich bin Inhaberin der Gärtnerei Lindenhof und suche ein Kassensystem.'), [
      'Inhaberin',
      'Gärtnerei Lindenhof',
    ]);
  });

  it('reads the business’s name from the bracket after a business described', () => {
    assert.deepEqual(rolesOf("Bonjour, je suis gérante d'une jardinerie (Les Serres du Lac SARL) à Annecy."), [
      'gérante',
      'Les Serres du Lac SARL',
    ]);
  });

  it('reads no firm from an owner of something that is no named business', () => {
    assert.equal(rolesOf("I'm the owner of the shared mailbox, so ping me.")[1], undefined);
  });
});
