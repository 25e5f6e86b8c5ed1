// What belongs to the firm's line in a signature (roles.ts): a room after its comma does not, a partner's surname
// or the name in another language after a dash or slash does; a footnote and a degree line name no firm.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { PATTERNS } from '../../../src/parse/patterns';

describe('findRoles: the parts of a firm line', () => {
  it('drops the room or suite after an institute’s or firm’s comma', () => {
    for (const [line, firm] of [
      ['Marine Sciences Institute, Room 3.14', 'Marine Sciences Institute'],
      ['Kestrel Consulting, Suite 4', 'Kestrel Consulting'],
    ]) {
      const contact = parseContact(`Dr Ruth Amos\nSenior Lecturer\n${line}\nr.amos@coast.example\n`);
      assert.equal(contact.company?.value, firm, line);
    }
  });

  it('keeps a firm named after partners or in two languages whole across a dash or slash', () => {
    for (const line of ['Studio Legale Brancaccio – Lodigiani', 'Waterkloof Tandheelkunde / Dental Care']) {
      const contact = parseContact(`Annelie du Toit\nPartner\n${line}\nannelie@waterkloofdental.example\n`);
      assert.equal(contact.company?.value, line, line);
    }
  });

  it('parts a firm from the town after its dash, and a title no list holds from the firm after it', () => {
    const contact = parseContact(
      'Lucia Brancaccio\nPartner\nStudio Legale Brancaccio – Milano\nl.brancaccio@brancaccio.example\n',
    );
    assert.equal(contact.company?.value, 'Studio Legale Brancaccio');
    const titled = parseContact('Rocío Paz\nArquitecta – Estudio Sur Arquitectura\nrocio@estudiosur.example\n');
    assert.equal(titled.company?.value, 'Estudio Sur Arquitectura');
  });

  it('reads no company from a degree line naming its subject and awarding school', () => {
    const contact = parseContact(
      'Lwandile Mkhabela\nBSc Podiatry (UJ)\nPodiatrist\nParkview Foot Clinic\nlwandile@parkviewfoot.example\n',
    );
    assert.equal(contact.title?.value, 'Podiatrist');
    assert.equal(contact.company?.value, 'Parkview Foot Clinic');
  });

  it('keeps a firm whose name opens with a degree’s letters, a town in brackets after it', () => {
    const contact = parseContact('Rhys Morgan\nFirst Officer\nBA Skyferry (Glasgow)\nrhys.morgan@flymail.example\n');
    assert.ok(contact.company?.value.startsWith('BA Skyferry'), contact.company?.value);
  });
});

describe('PATTERNS.footnoteLine', () => {
  it('knows a footnote by its mark before a word, not emphasis or a bullet’s item', () => {
    for (const line of ['*Personal Real Estate Corporation', '† Licensed in Oregon', '¹ Not admitted in Ontario'])
      assert.ok(PATTERNS.footnoteLine.test(line), line);
    for (const line of ['*Fraser Peak Realty*', 'Fraser Peak Realty', '** 2024 award', '* Head of Sales'])
      assert.ok(!PATTERNS.footnoteLine.test(line), line);
  });
});
