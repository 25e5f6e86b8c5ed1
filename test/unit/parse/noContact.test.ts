// Texts that hold no one contact (noContact.ts holdsNoContact): a team page's rows are its members',
// save the one row right under the writer's sign-off.
import * as assert from 'node:assert/strict';
import { MESSAGE_HEAD_LINES, MESSAGE_TAIL_LINES } from '../../../src/parse/limits';
import { holdsNoContact } from '../../../src/parse/noContact';
import { listFooterLines, readableLines } from '../../../src/parse/readable';
import { prepare } from '../../../src/parse/text';

const holdsNone = (text: string): boolean => holdsNoContact(readableLines(prepare(text).lines), new Set());

const crew = [
  'Hedda Moen — Site Manager — hedda@brattvag.example',
  'Jostein Lie — Logistics — jostein@brattvag.example',
  'Kari Nes — Safety Officer',
];

describe('holdsNoContact', () => {
  it('reads a team page whose rows give their members’ addresses as no contact', () => {
    assert.equal(holdsNone(['Hi all,', '', 'Here is the site crew:', '', ...crew].join('\n')), true);
  });

  it('takes a row right under a sign-off for the writer’s one-line signature', () => {
    assert.equal(holdsNone(['Hi Sven,', '', 'See you on site.', '', 'Thanks,', crew[0]].join('\n')), false);
  });

  it('takes any valediction for a sign-off, however it goes on (`Thanks again, Sven!`)', () => {
    assert.equal(holdsNone(['Hi Sven,', '', 'See you on site.', '', 'Thanks again, Sven!', ...crew].join('\n')), false);
  });

  it('does not take a sign-off ending a long text’s head for one over the first row of its tail', () => {
    const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `Item ${i + 1} of the site notes.`);
    const head = ['Hi all,', ...filler(MESSAGE_HEAD_LINES - 2), 'Thanks,'];
    const tail = [...crew, ...filler(MESSAGE_TAIL_LINES - crew.length)];
    assert.equal(holdsNone([...head, ...filler(20), ...tail].join('\n')), true);
  });
});

describe('holdsNoContact: sign-offs and numbered rows', () => {
  const partners = ['1. Tomás Ibarra — Partner — tomas@ibarra-legal.example', '2. Lucía Ferro — Associate'];

  it('reads a numbered list of members as rows', () => {
    assert.equal(
      holdsNone(['Hi all,', '', 'The new team:', ...partners, '3. Rafa Ortiz — Paralegal'].join('\n')),
      true,
    );
  });

  it('counts an address alone under a member’s row as that member’s listing', () => {
    const rows = ['Nils Aas — Director', 'nils@fjord-team.example', 'Siri Vik — Engineer', 'Ola Berg — Planner'];
    assert.equal(holdsNone(['Our crew:', '', ...rows].join('\n')), true);
  });

  it('takes an unlisted sign-off closed by a comma over a row for the writer’s signature', () => {
    const colleagues = ['Omar Haddad — Counsel', 'Lina Saleh — Analyst'];
    const signature = ['Salam,', 'Inés Montalbán — Managing Partner', 'ines@montalban-socios.example'];
    assert.equal(holdsNone(['Please meet:', ...colleagues, '', ...signature].join('\n')), false);
  });

  it('does not take a greeting closed by a comma for a sign-off', () => {
    assert.equal(holdsNone(['Hi all,', ...partners, '3. Rafa Ortiz — Paralegal'].join('\n')), true);
  });
});

describe('holdsNoContact: a meeting’s list of people', () => {
  const people = ['Karin Lechner', 'Moritz Baumgartner', 'Selin Aydın'];

  it('reads an attendee label alone over one person a line as the meeting’s list', () => {
    assert.equal(holdsNone(['Jour fixe Vertrieb', '', 'Teilnehmer:', ...people, '', 'Agenda folgt.'].join('\n')), true);
  });

  it('does not read two people under the label, or people past a blank line, as the list', () => {
    assert.equal(holdsNone(['Teilnehmer:', ...people.slice(0, 2), '', 'Selin Aydın'].join('\n')), false);
  });

  it('reads a calendar’s Required: and Who: lines as attendee lists beside a When:/Where: field', () => {
    assert.equal(holdsNone(`Board review\nWhen: Tue 10:00\nRequired: ${people.join('; ')}`), true);
    assert.equal(holdsNone(`Site walk\nWho: ${people.join(', ')}\nWhere: Room 4`), true);
  });

  it('reads a calendar’s attendee line in other languages beside its When:/Where: field (`Wann:`, `Où :`, `Gdzie:`)', () => {
    assert.equal(holdsNone(`Jour fixe\nWann: Di 10:00\nWer: ${people.join(', ')}`), true);
    assert.equal(holdsNone(`Revue\nOù : Salle 2\nQui : ${people.join(', ')}`), true);
    assert.equal(holdsNone(`Przegląd\nGdzie: Sala 3\nKto: ${people.join(', ')}`), true);
  });

  it('does not read a calendar’s attendee line in a mail its writer signs below (`Wo:`/`Wer:` … `Mira Köhler`, `+49 …`)', () => {
    const signature = ['Viele Grüße', 'Mira Köhler', 'Fischwerk GmbH', 'Tel. +49 40 555 0192'];
    assert.equal(holdsNone([`Wo: Büro Hamburg`, `Wer: ${people.join(', ')}`, '', ...signature].join('\n')), false);
    assert.equal(holdsNone([`Where: Room 4`, `Who: ${people.join(', ')}`, '', ...signature].join('\n')), false);
  });

  it('does not read Required:/Optional:/Who: without a calendar field, or skills after them, as attendees', () => {
    assert.equal(holdsNone(`Board review\nRequired: ${people.join('; ')}`), false);
    assert.equal(holdsNone('When: Monday\nRequired: Python, SQL, Docker\nOptional: Go, Rust, Kafka'), false);
  });

  it('does not read a label over a signature block (name, title, number) as attendees', () => {
    assert.equal(holdsNone(['Optional:', 'Tom Reed', 'Senior Buyer', '+1 415 555 0199'].join('\n')), false);
    assert.equal(holdsNone(['Guests:', 'Tom Reed', 'Senior Buyer', 'Acme Corp'].join('\n')), false);
  });
});

describe('holdsNoContact: message ids', () => {
  const notice = (last: string): string => ['Build 88 passed.', '', 'noreply@ci.example', last].join('\n');

  it('does not take the address-like id of a Message-ID, In-Reply-To or References line for anyone’s own address', () => {
    for (const header of ['Message-ID:', 'In-Reply-To:', 'References:', 'X-Original-Message-ID:'])
      assert.equal(holdsNone(notice(`${header} <ci/88/done@ci.example>`)), true, header);
  });

  it('still takes an address on any other line for someone’s own', () => {
    assert.equal(holdsNone(notice('Reply-To: <ana.ruiz@ci.example>')), false);
  });
});

describe('holdsNoContact: a group signing under the sign-off', () => {
  const notice = ['Dear members,', '', 'The general meeting moves to Thursday at 8 pm.', '', 'Kind regards,'];

  it('reads a board or an office signing, with or without its article, as no one’s message', () => {
    for (const signer of ['Der Vorstand', 'Styrelsen', 'HR – Kestrel Tools Ltd', 'Customer Service'])
      assert.equal(holdsNone([...notice, '', signer, 'Kestrel Tools Ltd'].join('\n')), true, signer);
  });

  it('still reads a person signing over their department, or a department that is a title, as a contact', () => {
    assert.equal(holdsNone([...notice, 'Lena Vogt', 'Customer Service', 'Kestrel Tools Ltd'].join('\n')), false);
    assert.equal(holdsNone([...notice, 'Head of Customer Service', 'Kestrel Tools Ltd'].join('\n')), false);
  });

  it('reads a department over its person and their phone, or a credential opening with a group word, as a contact', () => {
    assert.equal(holdsNone([...notice, 'HR', 'Jane Doe', '+44 20 7946 0321'].join('\n')), false);
    assert.equal(holdsNone([...notice, 'Personalabteilung', 'i.A. Anna Schmidt'].join('\n')), false);
    assert.equal(holdsNone([...notice, 'Board Certified in Family Medicine', '+1 305 555 0199'].join('\n')), false);
  });

  it('reads the address its group’s line spells, by its words or their initials, as the group’s mailbox', () => {
    for (const [signer, local] of [
      ['Accounts Payable', 'accounts.payable'],
      ['Recursos Humanos', 'rh'],
    ])
      assert.equal(
        holdsNone([...notice, signer, 'Kestrel Tools Ltd', `${local}@kestrel-tools.example`].join('\n')),
        true,
      );
  });

  it('does not read a group word signing after a person’s own address is given', () => {
    const mailed = [...notice, 'The Board', 'Questions: lena.vogt@kestrel-tools.example'];
    assert.equal(holdsNone(mailed.join('\n')), false);
  });
});

describe('holdsNoContact: a receipt', () => {
  const items = ['Flat white        2 x 4,20', 'Croissant             3,10'];

  it('reads priced item lines over a total as a receipt', () => {
    assert.equal(
      holdsNone(['Harbour Café', 'Served by: Mia', ...items, 'Total:               11,50'].join('\n')),
      true,
    );
  });

  it('does not read a total without two priced lines above it, or priced lines without a total, as one', () => {
    assert.equal(holdsNone(['Harbour Café', items[0], 'Total:   8,40'].join('\n')), false);
    assert.equal(holdsNone(['Mia Holt', 'Barista', ...items].join('\n')), false);
  });

  it('reads a quantity leading an item and dot leaders before the amounts as a receipt’s lines', () => {
    const dotted = [
      '2 x Rye loaf 750 g ...... € 7,80',
      '1 x Pretzel ........... € 1,20',
      'Total ..................  € 9,00',
    ];
    assert.equal(holdsNone(['Bakery Lind', ...dotted].join('\n')), true);
    assert.equal(holdsNone([...dotted, '', 'Mark Duffy', '+1 415 555 0134'].join('\n')), false);
  });

  it('reads a quote with a person and their phone under the total as a contact', () => {
    const quote = [...items, 'Total:               11,50', '', 'Mark Duffy', '+1 415 555 0134'];
    assert.equal(holdsNone(quote.join('\n')), false);
  });
});

describe('holdsNoContact: a team signing', () => {
  it('reads a bare `Equipe …` opening the signature as a team, not under a person’s name', () => {
    const text = ['Olá,', '', 'o seu pedido foi enviado.', '', 'Equipe Loja Azul'];
    assert.equal(holdsNone(text.join('\n')), true);
    assert.equal(holdsNone(['Ana Souza', 'Equipe Comercial', 'Loja Azul Ltda', '+55 11 5555 0101'].join('\n')), false);
  });
});

describe('holdsNoContact: two people signing one line (isSignedByPair)', () => {
  const mail = (signer: string, address: string): string =>
    ['Hi all,', '', 'the spring menu is out.', '', 'Best regards,', signer, 'Olive Grove Inn', address].join('\n');

  it('reads two names joined by `&`, `and`, `y`, `und` under a sign-off over a shared mailbox as no contact', () => {
    for (const signer of ['Rosa Vidal & Pau Serra', 'Mia und Jonas Berg', 'Ines Prado y Tomás Gil'])
      assert.equal(holdsNone(mail(signer, 'hello@olivegrove.example')), true, signer);
  });

  it('keeps a firm named after two families, and a pair whose address is one of them’s own', () => {
    assert.equal(holdsNone(mail('Baker & Lowe', 'hello@olivegrove.example')), false);
    assert.equal(holdsNone(mail('Rosa Vidal & Pau Serra', 'rosa.vidal@olivegrove.example')), false);
  });
});

describe('holdsNoContact: a bulk mailing’s link to its web copy', () => {
  const signed = [
    'Hi friends,',
    '',
    'This week: pricing pages.',
    '',
    'Cheers,',
    'Ada Morrow',
    'Editor',
    'news@morrow.example',
  ];

  it('reads a mailing linking to its web copy, in a line or a footer’s cell, as no contact, whoever signs it', () => {
    assert.equal(holdsNone(['View this email in your browser', '', ...signed].join('\n')), true);
    assert.equal(holdsNone([...signed, '', 'Unsubscribe · View in browser'].join('\n')), true);
  });

  it('does not take a person’s mail forwarding a newsletter, signed with their own address, for the mailing', () => {
    const forward = ['Hi Tom, this one is for you.', '', 'Cheers,', 'Ola Berg', 'ola.berg@harbour.example'];
    const newsletter = ['', '---------- Forwarded message ---------', 'Subject: Fieldnotes #12', '', 'View in browser'];
    assert.equal(holdsNone([...forward, ...newsletter].join('\n')), false);
  });

  it('does not take a sentence about viewing something online for the link', () => {
    assert.equal(holdsNone(['You can view online the slides from Tuesday.', '', ...signed].join('\n')), false);
  });
});

describe('holdsNoContact: a roster of roles', () => {
  it('reads consecutive lines labelled with a part, each naming a different person, as a roster', () => {
    const board = ['Chair: Ola Berg, ola@lag.example', 'Treasurer: Kari Nes', 'Secretary: Per Lund, 22 55 50 14'];
    assert.equal(holdsNone(board.join('\n')), true);
  });

  it('does not take a form’s fields or a message’s header for a roster', () => {
    const form = ['Name: Ola Berg', 'Company: Harbour Lights', 'Contact: Kari Nes', 'Email: ola@harbour.example'];
    assert.equal(holdsNone(form.join('\n')), false);
    const header = ['From: Ola Berg <ola@lag.example>', 'To: Kari Nes', 'Cc: Per Lund', '', 'Hi Kari,'];
    assert.equal(holdsNone(header.join('\n')), false);
  });

  it('does not take a record’s labelled people over its fields, or a signed mail naming whom to ask, for a roster', () => {
    const record = ['Lead: Ola Berg', 'Owner: Kari Nes', 'Created by: Per Lund', 'Email: ola@harbour.example'];
    assert.equal(holdsNone(record.join('\n')), false);
    const mail = [
      'please ask:',
      'Sales: Kari Nes',
      'Legal: Per Lund',
      'IT: Siri Dahl',
      '',
      'Thanks,',
      'Ola Berg',
      'ola.berg@harbour.example',
    ];
    assert.equal(holdsNone(mail.join('\n')), false);
  });
});

describe('holdsNoContact: a video meeting’s invitation', () => {
  const fields = ['Topic: Kickoff – Kestrel Tools', 'Time: May 4, 2026 10:00 AM', 'Meeting ID: 845 5550 1420'];

  it('reads the fields of an invitation no one signs as no contact', () => {
    assert.equal(holdsNone(fields.join('\n')), true);
  });

  it('does not read an invitation signed under its fields, or two fields alone (one its own), as one', () => {
    assert.equal(holdsNone([...fields, '', 'Best,', 'Lena Vogt', '+44 113 496 0371'].join('\n')), false);
    assert.equal(holdsNone([fields[0], fields[2]].join('\n')), false);
  });

  it('needs a field only an invitation has: three generic fields alone are not one', () => {
    const generic = ['Thema: Beratungsgespräch', 'Zeit: Dienstag', 'Uhrzeit: 14:00'];
    assert.equal(holdsNone(generic.join('\n')), false);
    assert.equal(holdsNone([...generic, 'Meeting-ID: 845 5550 1420'].join('\n')), true);
  });

  it('reads a person signing under the fields, with a title and phone, as a contact', () => {
    assert.equal(holdsNone([...fields, 'Lena Vogt', 'Product Manager', '+44 113 496 0371'].join('\n')), false);
  });

  it('takes a guest row’s address for a guest’s, not the writer’s, and `Organizer:` for a field', () => {
    const invite = ['Meeting ID: 845 5550 1420', 'Passcode: 771204', 'Organizer: office@kestrel.example'];
    assert.equal(holdsNone([...invite, 'Guests: j.moss@kestrel.example, you'].join('\n')), true);
    assert.equal(holdsNone([...invite, 'Contact: j.moss@kestrel.example'].join('\n')), false);
  });
});

describe('holdsNoContact: a chat copy', () => {
  const chat = ['[09:02] Mira Holm', 'Who has the van keys?', '[09:05] Tore Dahl', 'Reception, ext. 0142 555'];

  it('reads time-led author lines (a Teams copy) as a chat between several people', () => {
    assert.equal(holdsNone(chat.join('\n')), true);
  });

  it('reads a card typed into a message (`Name, Title, Firm`) as someone’s own details', () => {
    assert.equal(
      holdsNone([...chat, '[09:06] Mira Holm', 'Mira Holm, Fleet Manager, Holm Transport AS'].join('\n')),
      false,
    );
  });

  it('reads an address passed on for someone else (a name before it spells it) as no author’s own', () => {
    assert.equal(holdsNone([...chat, '[09:06] Mira Holm', 'ask Ola Berg: ola.berg@fjordvan.example'].join('\n')), true);
  });

  it('reads an address its author’s name spells as their own', () => {
    assert.equal(holdsNone([...chat, '[09:06] Mira Holm', 'for Ola: mira.holm@fjordvan.example'].join('\n')), false);
  });

  it('does not take an agenda’s time-led rows for authors', () => {
    const agenda = ['[09:00] Welcome', '[09:30] Site tour', '', 'Best regards,', 'Mira Holm', '+47 22 55 50 14'];
    assert.equal(holdsNone(agenda.join('\n')), false);
  });
});

describe('holdsNoContact: many sign-offs', () => {
  // Each sign-off looks only a few rows down: read from the top at every one, this many lines take minutes.
  const SIGN_OFFS = 5_000;
  const offs = Array.from({ length: SIGN_OFFS }, () => [
    'Thanks,',
    'Der Vorstand',
    'Jane Doe',
    'Head of Finance',
  ]).flat();
  const holdsNoneAll = (lines: readonly string[]): boolean =>
    holdsNoContact(prepare(lines.join('\n')).lines, new Set());

  it('reads a text of thousands of sign-offs, each over a group and its person, line by line', () => {
    assert.equal(holdsNoneAll(offs), false);
    assert.equal(holdsNoneAll([...offs, '', 'Thanks,', 'Der Vorstand']), true);
  });
});

describe('holdsNoContact: a notice sent automatically', () => {
  it('keeps a form’s notification whose submitter gives their name and own address in its fields', () => {
    const fields = ['First name: Oriane', 'Last name: Bellweather', 'Email: oriane@copperfern.example'];
    const footer = 'You’re receiving this email because you’re subscribed to form submission notifications.';
    assert.equal(holdsNone([...fields, '', footer].join('\n')), false);
    // A tracker's mailing mentions people in no name field of theirs.
    assert.equal(holdsNone(['Oriane Bellweather commented on SUP-12.', '', footer].join('\n')), true);
  });

  it('reads a send-only notice in Japanese, Korean or Indonesian as no contact where no one signs off', () => {
    for (const notice of [
      '本メールは送信専用アドレスから配信しています。',
      '본 메일은 발신전용입니다.',
      'Email ini dikirim otomatis.',
    ])
      assert.equal(holdsNone(['Order 0142 confirmed.', '', notice, 'Customer Centre'].join('\n')), true, notice);
  });

  it('does not read a person’s mail about such sending as the notice itself', () => {
    for (const line of [
      'fitur email ini dikirim otomatis setiap Senin, mohon dicek.',
      '自動送信メールの設定について相談させてください。',
    ])
      assert.equal(
        holdsNone(['Pak Budi,', '', line, '', 'Rina Wijaya', 'Staf IT', '0812 5555 0142'].join('\n')),
        false,
        line,
      );
  });

  it('does not empty a person’s mail that signs off above such a notice it quotes', () => {
    const text = [
      'See the order below.',
      '',
      'Best regards,',
      'Emi Sato',
      '',
      '本メールは送信専用アドレスから配信しています。',
    ];
    assert.equal(holdsNone(text.join('\n')), false);
  });
});

describe('holdsNoContact: a periodical’s masthead', () => {
  const body = ['Hello readers,', '', 'This month: pottery with Ingrid Holm.', 'Book: +46 31 555 0193'];

  it('reads a text opening with a masthead (`Newsletter | …`, `… DIGEST — Issue 9`) as a mailing', () => {
    assert.equal(holdsNone(['Newsletter | Solbacka Studio', ...body].join('\n')), true);
    assert.equal(holdsNone(['THE LANTERN DIGEST — Issue 9', ...body].join('\n')), true);
  });

  it('does not read a subject line or a sentence naming a newsletter as a masthead', () => {
    assert.equal(holdsNone(['Subject: Newsletter draft', ...body].join('\n')), false);
    assert.equal(
      holdsNone(['Could you check the wording of our spring newsletter before Friday?', ...body].join('\n')),
      false,
    );
  });
});

describe('holdsNoContact: a helpdesk ticket', () => {
  const fields = ['Ticket #8812', 'Requester: tariq.haddad@bluefin-dental.example', 'Status: Pending', 'Priority: Low'];

  it('reads a ticket’s fields under no one’s signature as no contact, its requester’s address not the writer’s', () => {
    assert.equal(
      holdsNone([...fields, '', '--', 'Helpdesk | support@orbis.example | +49 40 555 71 230'].join('\n')),
      true,
    );
  });

  it('reads an agent signing off under the fields as a contact', () => {
    const signed = ['', 'Best regards,', 'Wiebke Straub', 'Support Engineer, Orbis Imaging'];
    assert.equal(holdsNone([...fields, ...signed].join('\n')), false);
  });

  it('reads a customer’s own bug report, its fields over their bare name, as a contact', () => {
    const report = ['Reporter: jan.kowalski@mlynpol.example', 'Priority: High', 'Status: New', 'Category: Export'];
    assert.equal(holdsNone([...report, '', 'Jan Kowalski'].join('\n')), false);
  });

  it('needs the ticket’s party: status and priority fields alone are many forms’', () => {
    assert.equal(
      holdsNone(['Status: Pending', 'Priority: Low', 'Category: Scanner', 'Owner: Jan Smit'].join('\n')),
      false,
    );
  });
});

describe('holdsNoContact: a calendar’s account', () => {
  it('reads the address on a calendar invitation’s `Calendar:` line as the reader’s, not the writer’s', () => {
    const invitation = ['When: Wed 4 Nov 2026 14:00', 'Where: Hall B', 'Calendar: lena.vogt@porzellanhaus.example'];
    assert.equal(holdsNone([...invitation, 'Who: Lena Vogt, Matthias Brenner, Sunniva Holt'].join('\n')), true);
  });
});

describe('holdsNoContact: a video meeting organised by a department', () => {
  const invitation = (organizer: string): string =>
    [
      'Kvartalsmøte',
      `Arrangør: ${organizer}`,
      '',
      'Microsoft Teams-møde',
      'Møde-id: 318 204 775 60',
      'Adgangskode: Wq7tLm',
      '+45 32 71 55 02,,618204331#   Danmark, København',
      'Telefonkonference-id: 618 204 331#',
    ].join('\n');

  it('reads a mailbox shown under a department’s name as no one’s own', () => {
    assert.equal(holdsNone(invitation('Salgsafdelingen <salgkontor@vejlbo.example>')), true);
  });

  it('reads a person’s address shown with their department as theirs', () => {
    assert.equal(holdsNone(invitation('Mette Lund (Salgsafdelingen) <mette.lund@vejlbo.example>')), false);
  });
});

describe('holdsNoContact: a labelled list of addressed people', () => {
  const signers = [
    'Signers:',
    'Ines Brandt (ines.brandt@kaiwerk.example) – signed 02/03/2026',
    'Tomasz Lis (t.lis@poczta.example) – signed 02/03/2026',
  ];

  it('reads a list label alone over two people’s addresses as a service’s notice (`Signers:`)', () => {
    assert.equal(holdsNone(['Your document is complete.', '', ...signers, '', 'Open document'].join('\n')), true);
  });

  it('does not read one addressed row under the label as a list', () => {
    assert.equal(holdsNone(['Your document is complete.', '', ...signers.slice(0, 2)].join('\n')), false);
  });

  it('keeps a mail listing who joins when its writer signs off with their own address below', () => {
    const signature = ['Best,', 'Marit Solberg', 'marit@fjordlys.example'];
    assert.equal(
      holdsNone(['Who joins on Friday:', '', 'Attendees:', ...signers.slice(1), '', ...signature].join('\n')),
      false,
    );
  });

  it('keeps a mail listing who joins when its writer signs with a title or phone but no address of their own', () => {
    const signature = ['Thanks,', 'Marit Solberg', 'Project Manager', '+47 22 55 01 23'];
    assert.equal(holdsNone(['Confirmed for Thursday:', '', ...signers, '', ...signature].join('\n')), false);
  });
});

describe('holdsNoContact: a list digest', () => {
  const post = [
    'Fra: Ola Dahl <ola.dahl@dahlbygg.example>',
    '',
    'Ja, 12 slynger holder.',
    '',
    'Ola Dahl',
    'Dahl Bygg, 915 20 441',
  ];

  it('reads a digest closed by its list’s closing line, in the list’s language, as no contact', () => {
    const closing = 'Slutt på klatring-l Sammendrag, Vol 4, Nummer 2';
    assert.equal(holdsNone([...post, '', closing].join('\n')), true);
  });

  it('reads a journal cited in a signature, its line opening like a digest’s closing line, as naming no digest', () => {
    const cited = ['Ola Dahl', 'Redaktør', 'End of Life Care Review, Vol. 8, No. 2', 'ola.dahl@dahlbygg.example'];
    assert.equal(holdsNone(['Takk for innsendingen.', '', ...cited].join('\n')), false);
  });

  it('reads a reader’s reply whose subject names the digest as theirs', () => {
    const subject = 'Emne: Re: klatring-l Sammendrag, Vol 4, Nummer 2';
    assert.equal(holdsNone([subject, '', ...post].join('\n')), false);
  });
});

describe('holdsNoContact: a notice no one signs', () => {
  // The mailing-list footer is found as parseContact finds it.
  const holdsNoneWithFooter = (text: string): boolean => {
    const ends = readableLines(prepare(text).lines);
    return holdsNoContact(ends, listFooterLines(ends));
  };
  const notice = ['Beste klant,', '', 'Uw pakket 88-214 is onderweg.', '', 'Bloemenhuis De Linde B.V.'];

  it('reads a team’s bare name under the sign-off of a notice asking not to be answered as no signer', () => {
    const signed = (signer: string): string =>
      ['Hai Dewi,', '', 'Pesanan kamu sudah dikirim.', 'Mohon tidak membalas email ini.', '', 'Salam,', signer].join(
        '\n',
      );
    assert.equal(holdsNone(signed('Tim Kirimku')), true);
    assert.equal(holdsNone(signed('Team Kirimku')), true);
    assert.equal(holdsNone(signed('Dewi Kartikasari')), false);
  });

  it('reads a notice closed by an unsubscribe line or asking not to be answered as no contact', () => {
    assert.equal(holdsNoneWithFooter([...notice, 'Afmelden'].join('\n')), true);
    assert.equal(holdsNoneWithFooter([...notice, 'Не отвечайте на это письмо.'].join('\n')), true);
  });

  it('reads the same notice signed by a person on a line of their own as theirs', () => {
    const signature = ['Met vriendelijke groet,', 'Sanne de Wit', 'Bloemenhuis De Linde B.V.', '+31 20 555 0142'];
    const signed = [...notice.slice(0, 4), ...signature, '', 'Afmelden'];
    assert.equal(holdsNoneWithFooter(signed.join('\n')), false);
  });

  it('reads a heading or a list of speakers above the foot as naming no signer', () => {
    const speakers = [
      'Sprekers:',
      'Dr. Ilse Verbeek – Hoogleraar Energietechniek',
      'Ruud Maas – Directeur, Maas Solar B.V.',
    ];
    const webinar = [
      'Webinar Zonne-energie',
      '',
      ...speakers,
      '',
      'Aanmelden: maassolar.example/webinar',
      '',
      'Afmelden',
    ];
    assert.equal(holdsNoneWithFooter(webinar.join('\n')), true);
  });

  it('reads a signature under a sign-off as signing, though a P.S. follows it', () => {
    const signature = ['Groet,', 'Sanne de Wit', 'Bloemenhuis De Linde B.V.', '+31 20 555 0142'];
    const signed = [...notice.slice(0, 4), ...signature, '', 'P.S. Zaterdag zijn we open.', '', 'Afmelden'];
    assert.equal(holdsNoneWithFooter(signed.join('\n')), false);
  });
});

describe('holdsNoContact: a mailing signed by a person (review)', () => {
  const holdsNoneWithFooter = (text: string): boolean => {
    const ends = readableLines(prepare(text).lines);
    return holdsNoContact(ends, listFooterLines(ends));
  };

  it('reads a signer whose name leads their title on the line as signing it', () => {
    const mail = ['Hi everyone,', '', 'Registrations open Monday.', '', 'Cheers,'];
    const signer = ['Dan Roe – Principal, Roe Advisory', '+353 1 555 0142', '', 'Unsubscribe | Manage preferences'];
    assert.equal(holdsNoneWithFooter([...mail, ...signer].join('\n')), false);
  });

  it('reads a family and a given name written as one word as a signer', () => {
    const mail = [
      '新商品のご案内をお送りいたします。',
      '',
      '株式会社サクラ商事',
      '営業部',
      '山田太郎',
      'TEL: 03-5555-0142',
    ];
    assert.equal(holdsNoneWithFooter([...mail, '', '配信停止をご希望の方はご連絡ください。'].join('\n')), false);
  });
});

describe('holdsNoContact: a notice signed by a group (groupSignature)', () => {
  const notice = ['Dear residents,', '', 'The lift will be serviced on Tuesday from 9:00 to 12:00.'];

  it('reads a possessive and a management’s word under a sign-off as a group signing', () => {
    assert.equal(holdsNone([...notice, '', 'Kind regards,', 'Your Management'].join('\n')), true);
  });

  it('reads a group’s word opening the foot of a notice with no valediction, an elided article cut off', () => {
    assert.equal(holdsNone([...notice, '', "L'Amministrazione"].join('\n')), true);
    assert.equal(holdsNone([...notice, '', 'The Secretariat', 'Harbour Court Residents'].join('\n')), true);
  });

  it('does not read a firm’s name at the foot of a signed text as its signer', () => {
    const signed = ['Kind regards,', 'Priya Nair', 'Senior Consultant', '', 'The Management Partnership LLP'];
    assert.equal(holdsNone([...notice, '', ...signed].join('\n')), false);
  });

  it('does not read a department’s name at a foot as a group: a firm’s footer holds one too', () => {
    assert.equal(holdsNone([...notice, '', 'Nordwind Logistik GmbH · Kaistraße 9 · 24103 Kiel'].join('\n')), false);
  });

  it('reads a chat copy of three authors as a group’s chat, and two authors as a conversation', () => {
    const lines = [
      '[3/2/26, 9:01 AM] Lotte Brink: Meeting moved to 11',
      '[3/2/26, 9:03 AM] +31 6 12345678: ok',
      '[3/2/26, 9:04 AM] Sem de Wit: Same room?',
    ];
    assert.equal(holdsNone(lines.join('\n')), true);
    assert.equal(holdsNone(lines.slice(0, 2).join('\n')), false);
  });

  it('reads an office signing after its article under a valediction as a group, unless its holder signs below', () => {
    const notice = ['Estimado cliente:', '', 'Actualizamos nuestra política de privacidad.', '', 'Atentamente,'];
    const office = ['El Delegado de Protección de Datos', 'Energía Solar Norte S.A.'];
    assert.equal(holdsNone([...notice, ...office].join('\n')), true);
    assert.equal(holdsNone([...notice, office[0], 'Marta Llorens Vidal', 'Tel. 963 412 588'].join('\n')), false);
  });

  it('reads a Thai department, its word written first, signing under a valediction as a group', () => {
    assert.equal(holdsNone(['เรียน ลูกค้า', '', 'ใบแจ้งหนี้พร้อมแล้ว', '', 'ขอแสดงความนับถือ', 'ฝ่ายบริการลูกค้า'].join('\n')), true);
  });
});

describe('holdsNoContact: a group chat copied without time stamps', () => {
  const chat = ['Ana: running late, start without me', 'Bruno: no worries', 'Cleo: saved you a seat', 'Ana: thanks!'];

  it('reads consecutive turns of three speakers, one speaking again after another answered, as a group chat', () => {
    assert.equal(holdsNone(chat.join('\n')), true);
  });

  it('needs one speaker to speak again: labels that never take turns are an imprint’s or a form’s', () => {
    assert.equal(holdsNone(chat.slice(0, 3).join('\n')), false);
  });

  it('reads turns only on consecutive lines: a form’s labels repeated a block apart are no conversation', () => {
    assert.equal(holdsNone([...chat.slice(0, 3), '', chat[3]].join('\n')), false);
  });

  it('needs three speakers: two taking turns are a conversation with its writer', () => {
    assert.equal(holdsNone(['Ana: running late', 'Bruno: no worries', 'Ana: thanks!'].join('\n')), false);
  });
});

describe('holdsNoContact: a notice giving a reference number', () => {
  it('reads an unsigned notice over an order’s or parcel’s number as no contact, with or without a colon', () => {
    assert.ok(holdsNone('[Web발신]\n[바다택배] 주문하신 물건이 오늘 도착 예정입니다.\n▶ 운송장번호: 5120-7734-2218'));
    assert.ok(holdsNone('[한결몰] 고객님의 주문이 접수되었습니다.\n주문번호 2026-0412-5531'));
  });
  it('does not read a notice that a person signs at its foot as no contact', () => {
    assert.ok(
      !holdsNone('Order number: 88213-442\nYour unit ships today.\n\nMaja Lindqvist\nCustomer Success Manager'),
    );
  });

  it("reads a stack trace's frames as code, however its heading and exception line read", () => {
    const trace = [
      'Gateway Error',
      'Traceback (most recent call last):',
      '  File "/srv/app/main.py", line 12, in run',
      '    raise Timeout(host)',
      '  File "/srv/app/net.py", line 40, in call',
      '    return sock.read()',
      'net.Timeout: Mara Quint',
    ];
    assert.equal(holdsNone(trace.join('\n')), true);
  });

  it('reads an item table pasted alone, under its heading row, as no contact', () => {
    const table = ['Item\tDescription\tPrice', 'A-1\tLinen Napkin Ivory\t4.20', 'orders@linen.example'];
    assert.equal(holdsNone(table.join('\n')), true);
  });

  it("takes the address Google Calendar answers for as the reader's (`Répondre pour`), no one's own", () => {
    const invitation = (line: string): boolean => {
      const text = [
        'Invitation : Point projet',
        '',
        line,
        'Oui   Non',
        '',
        'Vous recevez cet e-mail, car vous êtes invité.',
      ];
      const ends = readableLines(prepare(text.join('\n')).lines);
      return holdsNoContact(ends, listFooterLines(ends));
    };
    assert.equal(invitation('Répondre pour ines.duval@example.com'), true);
    assert.equal(invitation('ines.duval@example.com'), false);
  });

  it('reads a thread of author lines as its newest writer’s message when they sign it with their given name', () => {
    const thread = [
      'Ana Brito  Mar 4, 1:58 PM',
      'Hi Jo, the files are up.',
      '',
      'Best,',
      '{signer}',
      '',
      'Jo Park  Mar 3, 9:40 AM',
      'Hi Ana, any news?',
    ];
    const read = (signer: string) => holdsNone(thread.join('\n').replace('{signer}', signer));
    assert.equal(read('Ana'), false);
    // A team's sign-off names no one author: the thread stays a record of several people.
    assert.equal(read('The Support Team'), true);
  });

  it('reads the numbers under a dial-in heading as an unsigned invitation’s bridge, not a signer’s', () => {
    const invitation = ['Ops sync', 'Meeting ID: 847 2210 5936', 'Passcode: 884120', '', 'Dial by your location'];
    assert.equal(holdsNone([...invitation, '+64 4 886 0026 New Zealand'].join('\n')), true);
    assert.equal(holdsNone([...invitation.slice(0, 4), 'Dana Reyes', '+64 4 886 0026'].join('\n')), false);
  });

  it('reads a calendar invitation’s answer buttons, alone or after its sentence, as the calendar’s mail', () => {
    const invitation = ['Board day', 'When: Wed 18 June, 9:00am', '', 'Venue desk: +61 2 9555 0148'];
    assert.equal(holdsNone([...invitation, 'Accept | Tentative | Decline'].join('\n')), true);
    assert.equal(
      holdsNone([...invitation, 'Sent from a shared calendar. Zusagen | Mit Vorbehalt | Absagen'].join('\n')),
      true,
    );
    assert.equal(holdsNone([...invitation, 'Yes, maybe we should decline'].join('\n')), false);
  });

  it('reads answer buttons in more languages, after a label, the refusal before the doubt, as the calendar’s', () => {
    const invitation = ['Przegląd kwartalny', 'czwartek, 9 października 2025 ⋅ 14:00', 'Goście: 5'];
    for (const answers of ['Odpowiedz: Tak · Nie · Może', 'Balas: Ya · Tidak · Mungkin', 'Svara: Ja · Nej · Kanske'])
      assert.equal(holdsNone([...invitation, answers].join('\n')), true, answers);
  });
});

describe('holdsNoContact: auto-replies', () => {
  const away =
    'I am on leave until 3 March. For urgent matters please contact my colleague Dev Sharma (dev.sharma@brackwater.example).';

  it('reads an auto-reply no one signs as no one’s: the person it names is whom to turn to', () => {
    for (const heading of ['Automatic reply: Q4 budget', 'Betreff: Abwesenheitsnotiz: Angebot', '自动回复：休假'])
      assert.equal(holdsNone([heading, '', away].join('\n')), true, heading);
  });

  it('keeps an auto-reply its writer signs, by a sign-off or a line of their name', () => {
    const heading = 'Automatic reply: Q4 budget';
    assert.equal(holdsNone([heading, '', away, '', 'Kind regards,', 'Marta'].join('\n')), false);
    assert.equal(holdsNone([heading, '', away, '', 'Marta Grabowiecka | Finance Manager'].join('\n')), false);
  });
});

describe('holdsNoContact: notifications', () => {
  it('reads a social network’s notification of someone’s comment as no one’s message, a signed mail as its writer’s', () => {
    const notice = ['Ravindra Kulkarni · 2nd', '{activity}', '"Thanks for the write-up, very useful."', 'Reply · Like'];
    for (const activity of ['commented on your post', 'hat Ihren Beitrag kommentiert', 'a réagi à votre publication'])
      assert.equal(holdsNone(notice.join('\n').replace('{activity}', activity)), true, activity);
    const mail = ['Hi Ana,', '', 'Ravi commented on your post, worth a look.', '', 'Best,', 'Lena Fischer', 'Analyst'];
    assert.equal(holdsNone(mail.join('\n')), false);
  });

  it('reads a notice saying it was sent automatically in Hindi, Thai, Vietnamese or Hungarian as no one’s', () => {
    for (const line of [
      'यह एक स्वचालित ईमेल है।',
      'อีเมลนี้ส่งโดยระบบอัตโนมัติ',
      'Đây là email tự động.',
      'Ez egy automatikusan generált üzenet.',
    ])
      assert.equal(holdsNone(['Order 2291 has shipped.', '', line, 'Harbour Goods Ltd'].join('\n')), true, line);
  });

  it('reads a notice saying its mailbox is read by no one, or a bill made by machine, as no one’s', () => {
    for (const line of [
      'This mailbox is not monitored.',
      'Esta caixa de correio não é monitorizada.',
      'Dieses Postfach wird nicht überwacht.',
      'Diese Rechnung wurde maschinell erstellt und ist ohne Unterschrift gültig.',
      'קבלה זו הופקה באופן ממוחשב.',
    ])
      assert.equal(holdsNone(['Order 2291 has shipped.', '', line, 'Harbour Goods Ltd'].join('\n')), true, line);
  });
});

describe('holdsNoContact: directories, legal footers and automatic notices', () => {
  const branches = [
    'Branch        Phone             Hours',
    'Harbour St    0161 496 0731     9–5',
    'Mill Lane     0161 496 0802     9–1',
  ];

  it('reads a table with a phone column as a directory, unless its writer signs off', () => {
    assert.equal(holdsNone(branches.join('\n')), true);
    const signed = ['Hi all,', '', ...branches, '', 'Thanks,', 'Gareth Pellow', 'Transport Coordinator'];
    assert.equal(holdsNone(signed.join('\n')), false);
  });

  it("reads no directory from a table whose columns a signature's labels merely share (`Work`, `Office`)", () => {
    const rota = ['Task      Work        Hours', 'Sorting   Bay 2       9–5', 'Packing   Bay 4       9–1'];
    assert.equal(holdsNone(rota.join('\n')), false);
  });

  it('reads a confidentiality footer selected alone as no one’s, in the Nordic and Dutch words too', () => {
    for (const notice of [
      'Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet til modtageren.',
      'Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.',
    ])
      assert.equal(
        holdsNone([notice, '', 'Fjeldsted Revision ApS · CVR 38416207 · Tlf. 70 26 13 59'].join('\n')),
        true,
      );
  });

  it('reads an automatic notice signed in its own block as a service’s, a person’s sign-off apart from it as theirs', () => {
    const notice = ['Din pakke er afsendt.', '', 'Venlig hilsen'];
    assert.equal(holdsNone([...notice, 'Pakkeløberen', 'Dette er en automatisk besked.'].join('\n')), true);
    assert.equal(holdsNone([...notice, 'Mette', '', 'Dette er en automatisk besked.'].join('\n')), false);
  });
});
