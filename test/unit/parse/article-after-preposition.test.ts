// A word for `at` that also joins names (`la`, Romanian `Director la SC …`) is an article after a preposition
// (`Directrice de la recherche, Institut …`): the title is not cut there.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const roles = (line: string): [string | undefined, string | undefined] => {
  const contact = parseContact(`Intervenante\nDr Awa Sissoko\n${line}\n`);
  return [contact.title?.value, contact.company?.value];
};

describe('an article after a preposition in a title', () => {
  it('keeps `de la` and `à la` inside the title and parts the firm at the comma', () => {
    assert.deepEqual(roles('Directrice de la recherche, Institut Sahel Horizon (ISH)'), [
      'Directrice de la recherche',
      'Institut Sahel Horizon (ISH)',
    ]);
    assert.deepEqual(roles('Chargée de mission à la direction, Groupe Baobab Conseil'), [
      'Chargée de mission à la direction',
      'Groupe Baobab Conseil',
    ]);
  });

  it('still parts a title from its firm at Romanian `la`', () => {
    assert.deepEqual(roles('Director Vânzări la SC Carpatica Grup SRL'), ['Director Vânzări', 'SC Carpatica Grup SRL']);
  });
});
