// Role mailboxes (email.ts isRoleMailbox): a function's address in any language is nobody's own.
import * as assert from 'node:assert/strict';
import {
  isFunctionLedMailbox,
  isGroupLedMailbox,
  isOfficerMailbox,
  isNoReply,
  isRoleLedOnly,
  isRoleMailbox,
} from '../../../src/parse/email';
import { parseContact } from '../../../src/parse/index';

describe('isRoleMailbox', () => {
  it('reads the robot a site or form tool sends its notifications from as a role', () => {
    for (const local of ['wordpress', 'webform', 'kontaktformular', 'formulaire'])
      assert.ok(isRoleMailbox(`${local}@site.example`), local);
  });

  it('reads a department word in any language, written without marks, as a department mailbox', () => {
    for (const local of ['kundeservice', 'kundtjanst', 'mantenimiento', 'manutencao', 'customer-success'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('leaves a surname that also names a crew desk or a parents’ association (`manning@`, `apel@`) to its owner', () => {
    for (const local of ['manning', 'apel']) assert.equal(isRoleMailbox(`${local}@firma.example`), false, local);
    assert.ok(isRoleMailbox('crewing@firma.example'));
  });

  it('leaves a short department word that is a family name too, and a person beside a department word', () => {
    for (const local of ['key', 'anna.einkauf', 'lucia.ventas'])
      assert.equal(isRoleMailbox(`${local}@firma.example`), false, local);
  });

  it('reads help, newsletter, tender and administration mailboxes in other languages as roles', () => {
    for (const local of ['ayuda', 'hilfe', 'nieuwsbrief', 'lettre', 'vergabe', 'contractacio', 'administracion'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a procurement office’s tenders mailbox in more languages as a role', () => {
    for (const local of ['tenders', 'przetargi', 'zakazky', 'ihale', 'upphandling', 'ausschreibung'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a public-contracts and procurement desk’s mailbox as a role', () => {
    for (const local of ['marches', 'beschaffung', 'contratos', 'contratacao', 'aanbestedingen'])
      assert.ok(isRoleMailbox(`${local}@gemeinde.example`), local);
  });

  it('reads Indonesian help and hello mailboxes and an international office’s as roles', () => {
    for (const local of ['bantuan', 'halo', 'intl', 'international'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a conference’s chairs and organisers and a boardroom as roles, one chair or a practice’s rooms not', () => {
    assert.ok(isRoleMailbox('organisers@nwsa2027.example'));
    assert.ok(isRoleMailbox('boardroom4@harlow-group.example'));
    assert.ok(!isRoleMailbox('chair@acdr.example'));
    assert.ok(!isRoleMailbox('rooms@nkosimahlangu-md.example'));
  });

  it('reads a shop’s, an event’s, a box office’s and an editorial office’s mailbox in other languages as roles', () => {
    for (const local of ['sklep', 'tienda', 'event', 'tickets', 'redaktion', 'tougao', 'hoadon', 'ugyfelszolgalat'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads conference, registration and readers’ mailboxes as roles', () => {
    for (const local of ['tagung', 'colloque', 'anmeldung', 'inscripciones', 'reader', 'subscribers'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads notification and shareholders’ mailboxes in other languages as roles', () => {
    for (const local of ['notificari', 'meddelanden', 'benachrichtigungen', 'actionnaires', 'acionistas', 'register'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads Turkish, Finnish, Hungarian, South Slavic, Indonesian and Vietnamese notification mailboxes as roles', () => {
    for (const local of [
      'bildirim',
      'ilmoitukset',
      'ertesites',
      'obavijesti',
      'obvestila',
      'pemberitahuan',
      'thongbao',
    ])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a function’s word behind an electronic `e` as a role, not a given name opening with `e`', () => {
    for (const local of ['efatura', 'e-tax', 'e-invoice', 'ebilling', 'e-payments'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
    for (const local of ['erin', 'eva', 'emma', 'elena.sales'])
      assert.ok(!isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads rates, human resources and appointments mailboxes as roles', () => {
    for (const local of ['rates', 'rh', 'termine', 'citas', 'appointments', 'forum'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a board’s own mailbox as a role, not the board words that are surnames too', () => {
    for (const local of ['styrelsen', 'vorstand', 'bestuur', 'board'])
      assert.ok(isRoleMailbox(`${local}@verein.example`), local);
    assert.ok(!isRoleMailbox('consiglio@studioconsiglio.example'));
  });

  it('reads an address led by a board’s or committee’s word as a group’s, not two-letter initials', () => {
    assert.ok(isGroupLedMailbox('comite.etica@hospital.example'));
    assert.ok(isGroupLedMailbox('vorstand-kasse@verein.example'));
    assert.ok(!isGroupLedMailbox('rh.lim@firma.example'));
    assert.ok(!isGroupLedMailbox('consiglio@studioconsiglio.example'));
  });

  it('keeps such an address for a person who signs with it (the word is a surname too)', () => {
    assert.ok(!isRoleMailbox('junta.ramon@juntavelasco.example'));
    const text =
      'Adjunto el contrato.\n\nSaludos cordiales,\nRamón Junta Velasco\nAbogado\njunta.ramon@juntavelasco.example\n';
    assert.equal(parseContact(text).email?.value, 'junta.ramon@juntavelasco.example');
  });

  it('leaves a text signed only by such a mailbox empty', () => {
    const contact = parseContact('The deadline is extended to 3 March.\n\nBest wishes,\norganisers@nwsa2027.example\n');
    assert.equal(contact.email, undefined);
    assert.equal(contact.firstName, undefined);
  });

  it('reads an orders desk and a greeting in other languages as roles, not the given name `ola@`', () => {
    for (const local of ['ordini', 'bestellung', 'commande', 'pedido', 'hola', 'ciao', 'hej'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
    assert.ok(!isRoleMailbox('ola@firma.example'));
  });

  it('keeps an address led by a role word that spells the sender’s surname (lettre-jd@ for Julien Lettre)', () => {
    assert.ok(isRoleLedOnly('lettre-jd@atelier.example'));
    assert.ok(!isRoleLedOnly('lettre@atelier.example'));
    const text = 'Julien Lettre\nChargé d’affaires\nlettre-jd@atelier.example\n';
    assert.equal(parseContact(text).email?.value, 'lettre-jd@atelier.example');
    assert.equal(parseContact('Bien à vous,\nAnne Morel\nlettre-jd@atelier.example\n').email?.value, undefined);
  });
});

describe('isNoReply', () => {
  it('reads "do not reply" mailboxes in other languages, however the words are parted, as a system’s', () => {
    for (const local of [
      'no-responder',
      'nao_responda',
      'ne.pas.repondre',
      'nicht-antworten',
      'nonrispondere',
      'no-reponse',
      'pas-de-reponse',
      'no-contestar',
      'do-not-respond',
      'svara-inte',
      'ej-svar',
      'ikke-svar',
      'geen-antwoord',
    ])
      assert.ok(isNoReply(`${local}@firma.example`), local);
  });

  it('does not read a person’s address as one', () => {
    assert.ok(!isNoReply('noemi.reyes@firma.example'));
  });

  it('does not join the end of one piece to the next into the word (`bruno.reply`, `lino.responder`)', () => {
    for (const email of ['bruno.reply@ferramenta.example', 'lino.responder@firma.example', 'ana@bruno-reply.example'])
      assert.ok(!isNoReply(email), email);
  });

  it('still reads the word inside one piece or in the domain (`hr-portalnoreply`, `users.noreply`)', () => {
    for (const email of ['hr-portalnoreply@firma.example', 'octo@users.noreply.example', 'do-not-reply@firma.example'])
      assert.ok(isNoReply(email), email);
  });
});

describe('role mailboxes of practices, data protection, the press and contact desks', () => {
  it('reads a practice’s, a data protection officer’s, a press office’s and a contact desk’s mailbox as roles', () => {
    for (const local of [
      'praxis',
      'kanzlei',
      'cabinet',
      'iod',
      'datenschutz',
      'rgpd',
      'pers',
      'imprensa',
      'contato',
      'iletisim',
      'bok',
    ])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads recruitment, orders, help-desk and data-protection mailboxes in other languages as roles', () => {
    for (const local of [
      'recrutement',
      'bewerbung',
      'vacatures',
      'rekrutacja',
      'auftrag',
      'mesadeayuda',
      'atencionalcliente',
      'servizioclienti',
      'kvkk',
      'lgpd',
    ])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads an initialism joined to a role word as a role, not a name opening with those letters', () => {
    for (const local of ['itdesk', 'hrteam', 'itsupport']) assert.ok(isRoleMailbox(`${local}@firma.example`), local);
    for (const local of ['italo', 'irene', 'hiroshi', 'prisca'])
      assert.ok(!isRoleMailbox(`${local}@firma.example`), local);
  });
});

describe('isFunctionLedMailbox', () => {
  it('reads a department’s word filing a person’s address (`compras.mcruiz@`, `purchase.sd@`)', () => {
    for (const email of ['compras.mcruiz@firma.example', 'purchase.sd@firma.example', 'einkauf.jk@firma.example'])
      assert.ok(isFunctionLedMailbox(email), email);
  });

  it('leaves initials (`hr.lim@`), a role-led tag (`lettre-jd@`) and a person’s own address', () => {
    for (const email of ['hr.lim@firma.example', 'lettre-jd@firma.example', 'anna.einkauf@firma.example'])
      assert.ok(!isFunctionLedMailbox(email), email);
  });

  it('spells no name from such an address', () => {
    const contact = parseContact('Bitte an:\nverkauf.tm@hafenlicht.example\nTel. 040 3344 5566');
    assert.equal(contact.firstName, undefined);
    assert.equal(contact.lastName, undefined);
  });
});

describe('isOfficerMailbox', () => {
  it('reads a club officer’s mailbox, in English, Irish and Welsh, led by the office', () => {
    for (const email of ['secretary@club.example', 'runai.naomhpadraig@club.example', 'trysorydd-cpd@club.example'])
      assert.ok(isOfficerMailbox(email), email);
    assert.ok(!isOfficerMailbox('ciaran.secretary@club.example'));
  });

  it('keeps the officer’s address but spells no name from it', () => {
    const contact = parseContact('Le meas,\n\nSiobhán Ní Bhriain\nCisteoir\ncisteoir.cumannlaoch@club.example');
    assert.equal(contact.firstName?.value, 'Siobhán');
    assert.equal(contact.lastName?.value, 'Ní Bhriain');
    assert.equal(contact.email?.value, 'cisteoir.cumannlaoch@club.example');
  });
});

describe('isRoleMailbox: sales, reception and associations in more languages', () => {
  it('reads sales and reception desks written without marks as departments’ mailboxes', () => {
    for (const local of ['vanzari', 'prodej', 'prodaja', 'myynti', 'rezeption', 'recepcion', 'recepcja', 'resepsjon'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a school’s parents’ association and a shipping firm’s crewing desk as roles', () => {
    for (const local of ['pa', 'pta', 'ampa', 'elternbeirat', 'crewing'])
      assert.ok(isRoleMailbox(`${local}@school.example`), local);
  });
});
