// The extension's one entry into the parser: a list of people, one contact, or an empty list for a file.
import assert from 'node:assert/strict';
import { readContacts } from '../../../src/parse/readContacts';

/** What `text` reads as, which must be one contact. */
function singleReading(text: string) {
  const reading = readContacts(text);
  assert.equal(reading.kind, 'single', text);
  if (reading.kind !== 'single') throw new Error(`not one contact: ${text}`);
  return reading;
}

describe('readContacts', () => {
  it('reads a To: line as a list of people', () => {
    const reading = readContacts(
      'To: Ada Lovelace <ada@analytical-engines.example>, Grace Hopper <grace@navy.example>',
    );
    assert.equal(reading.kind, 'people');
    if (reading.kind !== 'people') return;
    assert.equal(reading.source, 'addressList');
    assert.deepEqual(
      reading.people.map((person) => person.email),
      ['ada@analytical-engines.example', 'grace@navy.example'],
    );
  });

  it('reads a selected CSV of one person as that contact, and the same file as a list of one', () => {
    const csv = 'Name,Email,Company\nNaomi Castellaro,naomi@quokka.example,Quokka\n';
    const { contact } = singleReading(csv);
    assert.deepEqual([contact.firstName, contact.lastName, contact.company], ['Naomi', 'Castellaro', 'Quokka']);
    const file = readContacts(csv, { format: 'csv' });
    assert.deepEqual([file.kind, file.kind === 'people' && file.people.length], ['people', 1]);
  });

  it('decodes an RFC 2047 sender name in a pasted From: header', () => {
    const { contact } = singleReading(
      'From: =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose.garcia@andes.example>\nSubject: hola\n\nGracias',
    );
    assert.deepEqual(
      [contact.firstName, contact.lastName, contact.email],
      ['José', 'García', 'jose.garcia@andes.example'],
    );
  });

  it('reads a quoted family-first display name in a From: header ("Last, First")', () => {
    const { contact } = singleReading('From: "García López, José" <jose@andes.example>\n\nThanks');
    assert.deepEqual([contact.firstName, contact.lastName], ['José', 'García López']);
  });

  it('finds nobody in a PGP clear-signed message or behind a role mailbox', () => {
    for (const text of [
      '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nPatch applied.\n-----BEGIN PGP SIGNATURE-----\n\nwsBzBAEBCAAdFiEE\n=Qm4v\n-----END PGP SIGNATURE-----',
      'Organizer: Facilities Helpdesk <facilities@ashgrove.example>\n\nA planned fire drill.',
    ]) {
      const { contact } = singleReading(text);
      assert.deepEqual([contact.firstName, contact.lastName, contact.email], [undefined, undefined, undefined], text);
    }
  });

  for (const [text, first, last] of [
    ['С уважением,\nСоколова Анастасия Игоревна\nanastasia.sokolova@veter.example', 'Анастасия', 'Соколова'],
    ['Regards,\nAnastasia Igorevna Sokolova\nanastasia.sokolova@veter.example', 'Anastasia', 'Sokolova'],
    ['Best,\nFiona Hamilton-Baird OBE FRSA\nfiona@baird.example', 'Fiona', 'Hamilton-Baird'],
    ['Regards,\nPriya Raghunathan, CPA, CGMA\npriya.r@sablecreek.example', 'Priya', 'Raghunathan'],
    ['Best regards,\nEng. Khalid al-Mansouri\nkhalid.almansouri@rimal.example', 'Khalid', 'al-Mansouri'],
    ['Mit freundlichen Grüßen\nDipl.-Kfm. Henning Osterkamp\nhenning@hanseatic.example', 'Henning', 'Osterkamp'],
    ['此致\n敬礼！\n\n冯静怡\n市场部 高级经理\n邮箱：jingyi.feng@qinglan.example', '静怡', '冯'],
    ['顺祝商祺\n\n欧阳晓峰 Xiaofeng OUYANG\n销售总监\nxf.ouyang@pczl.example', '晓峰', '欧阳'],
  ] as const)
    it(`names as the labelling rules read them: ${first} ${last}`, () => {
      const { contact } = singleReading(text);
      assert.deepEqual([contact.firstName, contact.lastName], [first, last]);
    });

  it('reads a form notification by its field labels, in any of several languages', () => {
    for (const text of [
      'New request\n\nName: Bronwen Llywelyn-Hughes\nCompany: Afon Teifi Builders Ltd\nJob title: Contracts Manager\nEmail: bronwen@afonteifi.example',
      'Nueva solicitud\n\nNombre: Bronwen Llywelyn-Hughes\nEmpresa: Afon Teifi Builders Ltd\nCargo: Contracts Manager\nCorreo: bronwen@afonteifi.example',
    ]) {
      const c = singleReading(text).contact;
      assert.deepEqual(
        [c.firstName, c.lastName, c.company, c.title],
        ['Bronwen', 'Llywelyn-Hughes', 'Afon Teifi Builders Ltd', 'Contracts Manager'],
        text,
      );
    }
  });

  it('reads a signature as one contact, without offsets', () => {
    const reading = singleReading('Thanks,\nAda Lovelace\nada@analytical-engines.example');
    assert.deepEqual(JSON.parse(JSON.stringify(reading.contact)), {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@analytical-engines.example',
      phones: [],
      fax: [],
    });
    assert.equal(reading.truncated, false);
  });

  it('reads a file as a list even when it holds nobody', () => {
    assert.deepEqual(readContacts('just prose', { format: 'csv' }), {
      kind: 'people',
      source: 'csv',
      people: [],
      skipped: 0,
      truncated: false,
    });
    const one = readContacts(
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEMAIL:ada@analytical-engines.example\nEND:VCARD\n',
      { format: 'vcard' },
    );
    assert.equal(one.kind === 'people' && one.people.length, 1);
  });
});
