// A chat message's line that closes as something said (a stop, or an emoji for one) is no title or firm.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { PATTERNS } from '../../../src/parse/patterns';

describe('an emoji closing a chat line', () => {
  it('reads an emoji or its shortcode closing a line', () => {
    assert.ok(PATTERNS.closingEmoji.test('gracias por todo 🙌'));
    assert.ok(PATTERNS.closingEmoji.test('see you there :wave:'));
    assert.ok(!PATTERNS.closingEmoji.test('Head of Sales'));
  });
});

describe('the lines of a chat copy under its author lines', () => {
  it('take no title or firm from a message said without a stop', () => {
    const contact = parseContact(
      'Inés Carrasco  9:02 AM\n¡Buenas! Ya lo vimos con el equipo y nos encanta la propuesta 🙌\n' +
        'Inés Carrasco  9:03 AM\nte aviso apenas tenga la orden firmada\n',
    );
    assert.equal(contact.firstName?.value, 'Inés');
    assert.equal(contact.title, undefined);
    assert.equal(contact.company, undefined);
  });

  it('take the role a writer says they work as, at their firm', () => {
    const contact = parseContact(
      'Inés Carrasco  9:02 AM\nte cuento que ahora trabajo como jefa de proyectos en Obras Cordillera SpA, ' +
        'escribime a ines.carrasco@obrascordillera.example\n',
    );
    assert.equal(contact.title?.value, 'jefa de proyectos');
    assert.equal(contact.company?.value, 'Obras Cordillera SpA');
  });
});
