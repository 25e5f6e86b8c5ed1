// A firm named by its legal form only in the sender's footer (between separators, or opening a line of details)
// is their company when no line nearer their name gives one; a firm above their signature is another party's.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('a firm in the footer', () => {
  it('reads the firm between the bars of an unsigned reply’s footer', () => {
    const draft = parse(
      'From: Aino Salo <aino.salo@revontuli.example>\nSubject: Re: kiln\n\nThe kiln ships on Monday.\n\n' +
        'Revontuli Keramiikka Oy | Satamakatu 4, Kotka | www.revontuli.example\n',
    );
    assert.equal(draft.company, 'Revontuli Keramiikka Oy');
  });

  it('reads the firm opening a footer sentence with its address', () => {
    const draft = parse(
      'Regards\nOwain Pryce\nLettings Manager\nowain.pryce@glasfryn.example\n\n' +
        'Glasfryn Estates Ltd, 2 Bridge Street, Brecon LD3 7AH. Open weekdays from nine until five.\n',
    );
    assert.equal(draft.company, 'Glasfryn Estates Ltd');
  });

  it('leaves a firm in a lower-case work-history line or a department’s line alone', () => {
    const draft = parse(
      'Rasa Petrauskienė\nrasa.p@pastas.example\n\nPatirtis\n2020 – dabar: UAB Vilniaus Duomenys, analitikė\n',
    );
    assert.equal(draft.company, undefined);
    // (A mail domain spelling the firm would name it: domain-firm.test.ts.)
    const signed = parse(
      'Ďakujem.\n\nmarta@trhovisko.example\nObchodné oddelenie, Luka Mlyn s.r.o., tel. 02 555 0142\n',
    );
    assert.equal(signed.company, undefined);
  });
});
