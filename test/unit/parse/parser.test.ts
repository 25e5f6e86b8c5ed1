// Focused behaviour the corpus shows only in passing: reply-chain cutting, vCard, the CLI shape.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

describe('parseContact', () => {
  it("keeps a title's country after a dash with the company on the same line ('Country Manager – Uganda | Acme Ltd')", () => {
    const d = parseContact('Best regards,\nAkua Boateng\nCountry Manager – Uganda | Acme Ltd\nakua@acme.example\n');
    assert.equal(d.title?.value, 'Country Manager – Uganda');
    assert.equal(d.company?.value, 'Acme Ltd');
    assert.equal(d.address, undefined);
  });

  it("keeps the sender's own line opening with the greeted name ('Hi Austin,' … 'Austin, TX …')", () => {
    // A blank line between the sender's name and details keeps the details the sender's.
    for (const gap of ['\n', '\n\n']) {
      const d = parseContact(
        `Hi Austin,\n\nSee you Monday.\n\nBest,\nDana Whitfield\nWhitfield Surveying LLC${gap}` +
          'Austin, TX 78701 | T +1 512 555 0139\ndana@whitfield-survey.example',
      );
      assert.deepEqual(
        d.phones.map((p) => p.value.number),
        ['+15125550139'],
      );
      assert.equal(d.address?.value.line, 'Austin, TX 78701');
    }
  });

  it('reads a Māori sign-off written without macrons as New Zealand English', () => {
    const d = parseContact(
      'Nga mihi\n\nAroha Tane\nTe Ara Consulting\nMob 021 555 0148\naroha@tearaconsulting.example',
    );
    assert.deepEqual(
      d.phones.map((p) => p.value.number),
      ['+64215550148'],
    );
  });

  it('returns an empty draft for text without a person', () => {
    for (const text of ['', '   \n\n', 'See you tomorrow!', 'info@company.example', '+1 415 555 0100']) {
      assert.deepEqual(JSON.parse(JSON.stringify(toPlainContact(parseContact(text)))), { phones: [], fax: [] });
    }
  });

  it('returns an empty draft for a firm’s signature giving only its role mailbox, no person', () => {
    const text = ['Cordiali saluti,', '', 'Cartiera Valtrompia S.r.l.', 'amministrazione@cartiera.example'];
    assert.deepEqual(JSON.parse(JSON.stringify(toPlainContact(parseContact(text.join('\n'))))), {
      phones: [],
      fax: [],
    });
  });

  it('takes the top sender of a thread, not the quoted one', () => {
    const d = parseContact(
      'Thanks!\n\nAna Pereira\nana@pereira.example\n\nOn Tue, 1 Apr 2025, Bo Li <bo@li.example> wrote:\n> Bo Li\n> +1 415 555 0199',
    );
    assert.equal(d.email?.value, 'ana@pereira.example');
    assert.deepEqual(d.phones, []);
  });

  it('ends the newest message at a verb-first attribution wrapped before its address', () => {
    const d = parseContact(
      'Passt, danke!\n\nLena Brandt\nlena@brandt.example\n\n' +
        'Am Di., 3. März 2026 um 10:12 Uhr schrieb Jonas Weber\n<jonas@weber.example>:\n\nJonas Weber\n+49 30 5550 1234',
    );
    assert.equal(d.email?.value, 'lena@brandt.example');
    assert.deepEqual(d.phones, []);
  });

  it('drops a title wrapped past twice a role length with the line it wraps onto, not reading that line as a role', () => {
    const d = parseContact(
      'Best wishes,\n\nMarguerite Ellory-Voss\nSenior Vice President for Strategic Planning and\n' +
        'Development of International Partnerships and\nRegional Programmes across the Northern Territories and\n' +
        'Western Islands of the Federation\nKestrelmoor Holdings Ltd\nmarguerite@ellory.example',
    );
    assert.equal(d.title, undefined);
    assert.equal(d.company?.value, 'Kestrelmoor Holdings Ltd');
  });

  it("reads a scan's capital I inside a top-level domain as l, but not a capital that opens it", () => {
    const email = (address: string) => parseContact(`Marco Bellini\n${address}`).email?.value;
    assert.equal(email('marco@levantbuild.exampIe'), 'marco@levantbuild.example');
    assert.equal(email('Marco@Azienda.It'), 'marco@azienda.it');
    assert.equal(email('marco@studio.Info'), 'marco@studio.info');
  });

  it('keeps a number valid only in the second fallback country whole, not joined to a digit group below it', () => {
    // Without a country, 020 7946 0512 is no US number but a British one: no wrapped number to complete.
    const d = parseContact('Jane Doe\nHarbour Lane Studio\n020 7946 0512\n1998\njane@harbourlane.example');
    assert.deepEqual(
      d.phones.map((phone) => phone.value.number),
      ['+442079460512'],
    );
  });

  it("keeps a legal form after its comma in a one-line '-- ' signature", () => {
    const d = parseContact('Running late.\n-- Sam Okoro, Okoro & Daughters, Inc., (267) 555-0149');
    assert.equal(d.company?.value, 'Okoro & Daughters, Inc.');
    assert.equal(d.lastName?.value, 'Okoro');
  });

  it("keeps Spain's Mª with the name after it, and with a devotional name after a particle", () => {
    const name = (text: string) => {
      const contact = toPlainContact(parseContact(text));
      return [contact.firstName, contact.lastName];
    };
    assert.deepEqual(name('Saludos,\nMª Carmen Ortega\nmcortega@ejemplo.example'), ['Mª Carmen', 'Ortega']);
    assert.deepEqual(name('Saludos,\nMª del Carmen López Ruiz\nmcarmen.lopez@ejemplo.example'), [
      'Mª del Carmen',
      'López Ruiz',
    ]);
  });

  it('keeps a Spanish or Portuguese compound given name together before the family name, not a middle name', () => {
    const name = (text: string) => {
      const contact = toPlainContact(parseContact(text));
      return [contact.firstName, contact.lastName];
    };
    assert.deepEqual(name('Saludos,\nJuan Pablo Ordóñez\nGerente'), ['Juan Pablo', 'Ordóñez']);
    assert.deepEqual(name('Abraços,\nAna Paula Moreira Lins\nGerente'), ['Ana Paula', 'Moreira Lins']);
    assert.deepEqual(name('Saludos,\nValeria Ignacia Ortega\nGerente'), ['Valeria', 'Ortega']);
  });

  it('never takes a company from the email domain', () => {
    const d = parseContact('Best,\nAna Pereira\nana@globex-industries.example');
    assert.equal(d.company, undefined);
  });

  it('keeps fax numbers apart and drops extensions', () => {
    const d = parseContact('Ana Pereira\nT (415) 555-0100 ext. 12\nF (415) 555-0101\nana@p.example');
    assert.deepEqual(
      d.phones.map((p) => p.value),
      [{ number: '+14155550100', kind: 'work' }],
    );
    assert.deepEqual(
      d.fax.map((f) => f.value),
      ['+14155550101'],
    );
  });

  it('reads a folded vCard 3.0 line', () => {
    const d = parseContact(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pereira;Ana;;;\r\nTITLE:Head of Re\r\n search\r\nEND:VCARD\r\n',
    );
    assert.equal(d.title?.value, 'Head of Research');
    assert.equal(d.firstName?.value, 'Ana');
  });

  it('reads several people’s vCards as an address book, no one contact, and one person’s among desks’ cards as theirs', () => {
    const card = (n: string, email: string): string => `BEGIN:VCARD\nVERSION:3.0\nFN:${n}\nEMAIL:${email}\nEND:VCARD\n`;
    const maja = card('Maja Hellström', 'maja@fjellmyr.example');
    const desk = card('Fjellmyr Bookings', 'bookings@fjellmyr.example');
    assert.equal(parseContact(maja + card('Oskar Lindmyr', 'oskar@fjellmyr.example')).firstName, undefined);
    assert.equal(parseContact(maja).firstName?.value, 'Maja');
    assert.equal(parseContact(desk + maja).email?.value, 'maja@fjellmyr.example');
    assert.equal(parseContact(maja + desk).email?.value, 'maja@fjellmyr.example');
  });

  it('prints exactly the CLI keys', () => {
    const plain = toPlainContact(parseContact('Ana Pereira\nana@p.example\n1 Main St, Springfield, IL 62701'));
    const keys = [
      'firstName',
      'lastName',
      'email',
      'title',
      'company',
      'phones',
      'fax',
      'website',
      'linkedin',
      'twitter',
      'address',
      'addressParts',
    ];
    assert.deepEqual(Object.keys(plain), keys);
    assert.equal(plain.addressParts?.postalCode, '62701');
  });

  it("joins an address line's hyphenated word with its rest when the joined line reads as an address once its phone is cut", () => {
    const d = parseContact(
      'Best,\nPriya Raman\nSenior Analyst, Kestrel Data Pvt Ltd\nSarjapur Main Road, Kaikon-\n' +
        'drahalli, Bengaluru 560035, Tel +91 80 5555 0163\npriya@kestrel.example',
    );
    assert.equal(toPlainContact(d).address, 'Sarjapur Main Road, Kaikondrahalli, Bengaluru 560035');
  });
});
