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

  it('keeps a lower-case title that only holds a short name part (finding 1)', () => {
    assert.equal(read('Mei Tan\nconsultant\n✉️ mei@tan-advisory.example\n').title, 'consultant');
    assert.equal(read('Ian Cole\nphysician\n✉️ ian@cole-clinic.example\n').title, 'physician');
    assert.equal(read('Ana Costa\nanalyst\n✉️ ana@costa-data.example\n').title, 'analyst');
  });

  it('reads a user name built from the name in reverse or with initials and digits', () => {
    assert.equal(read('Aiko Fujimoto\nfujimoto.aiko\n\n✉️ aiko@sakurarobotics.example\n').title, undefined);
    assert.equal(read('Tomasz Zieliński\nt.zielinski92\n\n✉️ tomasz@bursztyn-dev.example\n').title, undefined);
  });
});
