// A writer naming themselves in a sentence (`this is Abena from …`): when one word is their name.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const read = (text: string): { firstName?: string; lastName?: string; company?: string } => {
  const { firstName, lastName, company } = toPlainContact(parseContact(text));
  return { firstName, lastName, company };
};

describe('a one-word self-introduction', () => {
  it("is the given name when the writer's firm follows it", () => {
    assert.deepEqual(read('Hello Mr. Osei, this is Abena from Sankofa Print Works. Your banners are ready.\n'), {
      firstName: 'Abena',
      lastName: undefined,
      company: 'Sankofa Print Works',
    });
  });

  it("is the given name when the writer's firm follows its comma", () => {
    assert.deepEqual(read('Hello Mr. Osei, this is Abena, Sankofa Print Works Ltd. Your banners are ready.\n'), {
      firstName: 'Abena',
      lastName: undefined,
      company: 'Sankofa Print Works Ltd',
    });
  });

  it('reads past an honorific, and an em dash ends the firm', () => {
    assert.deepEqual(read('Hi, this is Dr. Imogen from Larkspur Vets — your dog is due next week.\n'), {
      firstName: 'Imogen',
      lastName: undefined,
      company: 'Larkspur Vets',
    });
  });

  it('is the given name when the address spells it', () => {
    // The address joins given name and surname, so only the introduction tells where the given name ends.
    const text = 'Hola, soy Ximena, te escribo por la cotización.\nximenarojas@taller.example\n';
    assert.equal(read(text).firstName, 'Ximena');
  });

  it('is no name with neither a firm after it nor an address spelling it', () => {
    assert.equal(read("Hi there, I'm Sorry to bother you again about the invoice.\n").firstName, undefined);
  });

  it('is no name when it is what the writer is to the firm, or no name word', () => {
    for (const text of [
      'Buenos días, soy Cliente de Banco Austral y tengo una duda.\n',
      'Olá, sou Cliente da Rede Aurora há anos.\n',
      'Bonjour, je suis Client de Lumière Télécom depuis 2010.\n',
      'Hello, this is Part of Fennel Works, as discussed.\n',
      'Hello, this is Regarding from Fennel Works.\n',
    ])
      assert.deepEqual(read(text), { firstName: undefined, lastName: undefined, company: undefined }, text);
  });

  it('yields to the full name the writer gives further on', () => {
    const chat = '[13/11/2026, 11:02] +971 55 555 0142: ';
    const text =
      `${chat}Hello, this is Arjun from Gulfstar Marine. My colleague will send the quotation.\n` +
      `${chat.replace('11:02', '11:03')}Arjun Menon, Sales Executive, Gulfstar Marine Trading L.L.C., Dubai\n`;
    assert.deepEqual([read(text).firstName, read(text).lastName], ['Arjun', 'Menon']);
  });
});

describe("a self-introduced writer's firm", () => {
  it("ends before the sentence's full stop, but keeps a legal form's", () => {
    assert.equal(read('Hi, this is Kenji Sato from Sakura Dental.\n').company, 'Sakura Dental');
    assert.equal(read('Bonjour, je suis Maëlle de Atelier Brindille.\n').company, 'Atelier Brindille');
    assert.equal(read('Hi, this is Kofi Boateng from Kente Crafts Co.\n').company, 'Kente Crafts Co.');
  });
});

describe('a presentative (`it is`, `c’est`, `hier ist`) as a self-introduction', () => {
  it('names the writer right after a greeting', () => {
    assert.deepEqual(read("Hi Lena, it's Marco Rossi from Rossi Impianti. Call me back on +39 02 5555 0142.\n"), {
      firstName: 'Marco',
      lastName: 'Rossi',
      company: 'Rossi Impianti',
    });
  });

  it('names nobody further into a sentence, nor in a cleft sentence about someone else', () => {
    const nobody = { firstName: undefined, lastName: undefined, company: undefined };
    assert.deepEqual(
      read(
        "Bonjour, c'est Paris Expo qui gère les badges : écrivez à badges@parisexpo.example ou au 01 40 68 22 22.\n",
      ),
      nobody,
    );
    assert.notEqual(
      read('Guten Tag,\n\nfür Ihre Reklamation hier ist Herr Jürgen Vogt zuständig, Tel. 0421 555 0190.\n').lastName,
      'Vogt',
    );
  });
});
