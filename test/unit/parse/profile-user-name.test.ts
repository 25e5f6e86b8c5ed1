// A code-hosting profile copied whole: the user name under the person's name is no title.
import assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const read = (text: string) => toPlainContact(parseContact(text));

describe('profile user names', () => {
  it('takes no lower-case word holding a word of the name for the title', () => {
    assert.equal(read('Tomasz Zieliński\ntzielinski\n\n✉️ tomasz@bursztyn-dev.example\n').title, undefined);
    assert.equal(read('Aiko Fujimoto\naiko-fujimoto\n\n✉️ aiko@sakurarobotics.example\n').title, undefined);
  });

  it('still reads the title written below the user name', () => {
    const got = read('Nomvula Dlamini\nnomvula_d\nProduct Designer\n✉️ nomvula@umhlanga-studio.example\n');
    assert.equal(got.title, 'Product Designer');
  });
});
