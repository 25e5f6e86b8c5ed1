// Malaysian honours (`Datuk`, `Dato'`, `Datin`) and Fijian chiefly titles (`Ratu`, `Adi`) before a name are
// forms of address, not the given name; `Ratu` and `Adi` are given names too, so only before a full name.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('honours and chiefly titles before a name', () => {
  it('drops a Malaysian honour, with or without its apostrophe', () => {
    for (const honour of ['Datuk', "Dato'", 'Datin']) {
      const draft = parse(`Salam hormat,\n${honour} Aminah Rahman\nPengarah Urusan\naminah@serimutiara.example\n`);
      assert.equal(draft.firstName, 'Aminah', honour);
      assert.equal(draft.lastName, 'Rahman', honour);
    }
  });

  it('drops a Fijian chiefly title before a full name, also mid-sentence', () => {
    assert.equal(
      parse('Vinaka,\nAdi Litia Qionibaravi\nGeneral Manager\nlitia@tavuniresort.example\n').firstName,
      'Litia',
    );
    const sms = parse('SMS from +679 998 0163\n\nBula, this is Ratu Semisi Tuilevuka from Namena Reef Lodge.');
    assert.equal(sms.firstName, 'Semisi');
    assert.equal(sms.lastName, 'Tuilevuka');
  });

  it('keeps the title that is also a given name before a lone surname', () => {
    const draft = parse('Thanks,\nAdi Cohen\nProduct Lead\nadi@negevsoft.example\n');
    assert.equal(draft.firstName, 'Adi');
    assert.equal(draft.lastName, 'Cohen');
  });

  it('keeps Dato without the apostrophe as a given name before a lone surname', () => {
    const draft = toPlainContact(parseContact('Madloba,\nDato Kapanadze\nsales@mtsvane.example\n'));
    assert.equal(draft.firstName, 'Dato');
    assert.equal(draft.lastName, 'Kapanadze');
  });
});
