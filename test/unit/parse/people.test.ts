// Several people in one text: one test per case in test/fixtures/people (an input file and its
// `.expected.json`), then focused rules, negative cases, caps, offsets and robustness.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  MAX_INPUT_CHARS,
  parseContact,
  parsePeople,
  toPlainContact,
  type ParsedContact,
  type ParsedPeople,
} from '../../../src/parse/index';
import { HEADER_SCAN_CHARS } from '../../../src/parse/csv';
import { MAX_PEOPLE } from '../../../src/parse/limits';
import { CORPORA, loadCases, repoRoot } from '../../parser/corpus';
import { PEOPLE_FORMATS, pathologicalPeople } from '../../parser/pathological';

const DIR = path.join(repoRoot(), 'test/fixtures/people');

type Format = 'auto' | 'csv' | 'vcard';

interface Expected {
  formats: Format[];
  result: unknown;
}

/** The result as the fixtures write it: people without offsets, absent fields left out. */
function plain(result: ParsedPeople | undefined): unknown {
  return result ? JSON.parse(JSON.stringify({ ...result, people: result.people.map(toPlainContact) })) : null;
}

const values = (d: ParsedContact): Array<{ start: number; end: number } | undefined> => [
  d.firstName,
  d.lastName,
  d.email,
  d.title,
  d.company,
  d.website,
  d.linkedin,
  d.twitter,
  d.address,
  ...d.phones,
  ...d.fax,
];

const squash = (s: string): string => s.toLowerCase().replaceAll('""', '"').split(/\s+/u).join(' ').trim();

/** A name decoded from RFC 2047 encoded words (`=?UTF-8?B?…?=`) points into them, not at its letters. */
function insideEncodedWords(text: string, v: { start: number; end: number }): boolean {
  return [...text.matchAll(/=\?[^?\s]+\?[bq]\?[^?\s]*\?=(?:[ \t]+=\?[^?\s]+\?[bq]\?[^?\s]*\?=)*/giu)].some(
    (m) => m.index <= v.start && v.end <= m.index + m[0].length,
  );
}

/** Every offset lies inside the text; outside vCards and encoded words, text fields are the text there. */
function assertOffsets(result: ParsedPeople, text: string): void {
  for (const person of result.people) {
    for (const v of values(person))
      if (v)
        assert.ok(
          Number.isInteger(v.start) && v.start >= 0 && v.start < v.end && v.end <= text.length,
          JSON.stringify(v),
        );
    if (person.email)
      assert.ok(
        text.slice(person.email.start, person.email.end).toLowerCase().includes(person.email.value),
        'email offsets',
      );
    if (result.source === 'vcard') continue;
    for (const key of ['firstName', 'lastName', 'email', 'title', 'company'] as const) {
      const v = person[key];
      if (v && !insideEncodedWords(text, v))
        assert.equal(squash(text.slice(v.start, v.end)), squash(v.value), `${key} offsets`);
    }
    for (const phone of person.phones) assert.match(text.slice(phone.start, phone.end), /\d/u);
  }
}

describe('parsePeople: fixture cases (test/fixtures/people)', () => {
  const inputs = fs.readdirSync(DIR).filter((f) => !f.endsWith('.json') && !f.endsWith('.md'));
  it('every input has its expected result', () => {
    assert.ok(inputs.length >= 9);
    for (const f of inputs) assert.ok(fs.existsSync(path.join(DIR, `${path.parse(f).name}.expected.json`)), f);
  });
  for (const file of inputs) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const expected = JSON.parse(
      fs.readFileSync(path.join(DIR, `${path.parse(file).name}.expected.json`), 'utf8'),
    ) as Expected;
    for (const format of expected.formats) {
      it(`${file} (format: ${format}) → ${expected.result === null ? 'not a list' : 'exactly the expected people'}`, () => {
        const result = parsePeople(text, { format });
        assert.deepEqual(plain(result), expected.result);
        if (result) assertOffsets(result, text);
      });
    }
  }
});

describe('parsePeople: address lists', () => {
  const list = (text: string): unknown => plain(parsePeople(text));
  const names = (text: string): string[] =>
    (parsePeople(text)?.people ?? []).map(
      (p) => `${p.firstName?.value ?? ''}|${p.lastName?.value ?? ''}|${p.email?.value ?? ''}`,
    );

  it('one `Name <email>` is a single contact, not a list', () => {
    assert.equal(parsePeople('Naomi Castellaro <naomi@quokka.example>'), undefined);
    assert.equal(parsePeople('To: Naomi Castellaro <naomi@quokka.example>'), undefined);
    assert.equal(
      parsePeople('naomi@quokka.example, NAOMI@quokka.example'),
      undefined,
      'one address twice is one person',
    );
  });

  it('a header block with one recipient is a message header, not a list', () => {
    assert.equal(parsePeople('From: Rhona <rhona@juniperpeak.example>\nTo: Naomi <naomi@quokka.example>'), undefined);
  });

  it('reads each entry form', () => {
    assert.deepEqual(
      names(
        '\'Maeve Brannigan\' <maeve@brightwater.example>; "Doe, Jane" <jane@doe.example>; ana.pereira@pereira.example (Ana Pereira); bo.li@li.example',
      ),
      [
        'Maeve|Brannigan|maeve@brightwater.example',
        'Jane|Doe|jane@doe.example',
        'Ana|Pereira|ana.pereira@pereira.example',
        'Bo|Li|bo.li@li.example',
      ],
    );
  });

  it('splits on `;` only when `;` separates entries, so `Last, First <addr>` keeps its comma (Outlook)', () => {
    assert.deepEqual(names('Doe, Jane <jane@doe.example>; Roe, Bob <bob@roe.example>'), [
      'Jane|Doe|jane@doe.example',
      'Bob|Roe|bob@roe.example',
    ]);
  });

  it('takes the name from the local part only without a display name', () => {
    // A display name of the given name alone takes the surname of an address of its initial and a surname.
    assert.deepEqual(names('Maeve <m.brannigan@brightwater.example>, jonah.freed@freed.example'), [
      'Maeve|Brannigan|m.brannigan@brightwater.example',
      'Jonah|Freed|jonah.freed@freed.example',
    ]);
  });

  it('counts role mailboxes as skipped and keeps duplicates once', () => {
    const result = parsePeople(
      'info@quokka.example, Naomi <naomi@quokka.example>, noreply@quokka.example, naomi@QUOKKA.example, Bo <bo@li.example>',
    );
    assert.deepEqual([result?.people.length, result?.skipped], [2, 2]);
  });

  it('takes To/Cc header lines in other languages', () => {
    assert.equal(
      parsePeople('An: Jürgen Müller <j.mueller@kaiser.example>, Oliver Brandt <oliver@brandt.example>')?.people.length,
      2,
    );
    assert.equal(
      parsePeople('À : Chloé Martin <chloe@martin.example>; Luc Bernard <luc@bernard.example>')?.people.length,
      2,
    );
    assert.equal(
      parsePeople('Para: Ines Valdés <ines@tinto.example>, Rui Costa <rui@costa.example>')?.people.length,
      2,
    );
  });

  it('is not fooled by prose that mentions addresses', () => {
    assert.equal(list('Please add naomi@quokka.example and bo@li.example to the invite, thanks.'), null);
    assert.equal(
      list(
        'Naomi <naomi@quokka.example>, Bo <bo@li.example>\n\nHi both, I have attached the catalogue we discussed on Monday and would love your thoughts before Friday.',
      ),
      null,
    );
  });
});

describe('parsePeople: vCards', () => {
  const card = (n: string, email: string): string =>
    `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${n};;;\r\nEMAIL:${email}\r\nEND:VCARD\r\n`;

  it('one card is a single contact in pasted text, a list of one from a .vcf file', () => {
    const one = card('Castellaro;Naomi', 'naomi@quokka.example');
    assert.equal(parsePeople(one), undefined);
    assert.equal(parseContact(one).firstName?.value, 'Naomi');
    assert.deepEqual(
      parsePeople(one, { format: 'vcard' })?.people.map((p) => p.lastName?.value),
      ['Castellaro'],
    );
    assert.equal(parsePeople('no card here', { format: 'vcard' }), undefined);
  });

  it('skips a card with no name and no address', () => {
    const result = parsePeople(
      card('Castellaro;Naomi', 'naomi@quokka.example') +
        'BEGIN:VCARD\r\nNOTE:empty\r\nEND:VCARD\r\n' +
        card('Li;Bo', 'bo@li.example'),
    );
    assert.deepEqual([result?.source, result?.people.length, result?.skipped], ['vcard', 2, 1]);
  });

  it('a card missing END:VCARD ends at the next BEGIN:VCARD', () => {
    const result = parsePeople('BEGIN:VCARD\nN:Castellaro;Naomi;;;\nBEGIN:VCARD\nN:Li;Bo;;;\nEND:VCARD\n');
    assert.deepEqual(
      result?.people.map((p) => p.firstName?.value),
      ['Naomi', 'Bo'],
    );
  });
});

describe('parsePeople: CSV', () => {
  it('reads RFC 4180: quotes, "" escapes, a delimiter and line breaks inside quotes, CRLF', () => {
    const text =
      'name,email,company\r\n"Castellaro, Naomi",naomi@quokka.example,"Quokka ""Q"" Analytics\r\nPty"\r\nBo Li,bo@li.example,\r\n';
    const result = parsePeople(text);
    assert.deepEqual(
      result?.people.map((p) => [p.firstName?.value, p.lastName?.value, p.company?.value]),
      [
        ['Naomi', 'Castellaro', 'Quokka "Q" Analytics Pty'],
        ['Bo', 'Li', undefined],
      ],
    );
  });

  it('detects a tab delimiter from the header and recognises headers in any order and case', () => {
    const result = parsePeople(
      'COMPANY\tE-Mail Address\tSurname\tForename\tCell\nQuokka\tnaomi@quokka.example\tCastellaro\tNaomi\t(415) 555-0111\n',
      { format: 'csv' },
    );
    assert.deepEqual(toPlainContact(result?.people[0] as ParsedContact), {
      firstName: 'Naomi',
      lastName: 'Castellaro',
      email: 'naomi@quokka.example',
      title: undefined,
      company: 'Quokka',
      phones: [{ number: '+14155550111', type: 'mobile' }],
      fax: [],
      website: undefined,
      linkedin: undefined,
      twitter: undefined,
      address: undefined,
      addressParts: undefined,
    });
  });

  it('needs a recognised name or email column, even when told the text is CSV', () => {
    assert.equal(parsePeople('Company,Phone\nQuokka,(415) 555-0111\n', { format: 'csv' }), undefined);
    assert.deepEqual(plain(parsePeople('Name,Email\n', { format: 'csv' })), {
      source: 'csv',
      people: [],
      skipped: 0,
      truncated: false,
    });
  });

  it('in pasted text, needs two columns and a first data row as wide as the header', () => {
    assert.equal(parsePeople('Name\nNaomi Castellaro\nBo Li'), undefined);
    assert.equal(parsePeople('Name\nNaomi Castellaro\nBo Li', { format: 'csv' })?.people.length, 2);
    assert.equal(parsePeople('Name,Email,Phone\nNaomi Castellaro,naomi@quokka.example\n'), undefined);
    assert.equal(parsePeople('Name, please send me the file\nBo, thanks\n'), undefined);
  });

  it('takes no first record running past the header scan for a header (a To: line of thousands)', () => {
    const wide = `Name,Email,${'Note,'.repeat((2 * HEADER_SCAN_CHARS) / 5)}\nNaomi Castellaro,naomi@quokka.example\n`;
    assert.equal(parsePeople(wide, { format: 'csv' }), undefined);
    const list = `To: ${Array.from({ length: 800 }, (_, i) => `"Bo Li" <bo${i}@li.example>`).join(', ')}`;
    assert.equal(parsePeople(list)?.source, 'addressList');
  });

  it('ignores empty rows and skips (and counts) rows with no name and no email', () => {
    const result = parsePeople('Name,Email,Company\n,,\nNaomi Castellaro,,Quokka\n,,Orphan Co\n,bo@li.example,\n');
    assert.deepEqual(
      [result?.people.map((p) => p.email?.value ?? p.firstName?.value), result?.skipped],
      [['Naomi', 'bo@li.example'], 1],
    );
  });

  it('reads a national number in the country of its row, else of the file', () => {
    const text =
      'Name,Phone,Country\nOliver Brandt,030 5550147,Germany\nKlara Vogel,030 5550148,\nLena Roth,030 5550149,DE\n';
    assert.deepEqual(
      parsePeople(text)?.people.map((p) => p.phones[0]?.value.number),
      ['+49305550147', '+49305550148', '+49305550149'],
    );
  });
});

describe('parsePeople: not a list', () => {
  it('gives undefined for empty, prose and non-string input', () => {
    for (const text of [
      '',
      '   ',
      'See you tomorrow!',
      'Best,\nNaomi Castellaro\nnaomi@quokka.example\n+1 415 555 0123',
    ])
      assert.equal(parsePeople(text), undefined);
    for (const bad of [undefined, null, 42, {}]) assert.equal(parsePeople(bad as unknown as string), undefined);
  });

  it('reads no signature of the parser corpus as a list', () => {
    for (const file of Object.values(CORPORA)) {
      for (const c of loadCases(file)) assert.equal(parsePeople(c.text), undefined, c.id);
    }
  });
});

describe('parsePeople: size', () => {
  it(`reads at most MAX_PEOPLE (${MAX_PEOPLE}) people and says so`, function () {
    this.timeout(30_000);
    const rows = Array.from({ length: MAX_PEOPLE + 5 }, (_, i) => `Person ${i},p${i}@crowd.example`);
    const csv = parsePeople(['Name,Email', ...rows].join('\n'));
    assert.deepEqual([csv?.people.length, csv?.truncated], [MAX_PEOPLE, true]);
    const list = parsePeople(rows.map((_, i) => `p${i}@crowd.example`).join(', '));
    assert.deepEqual([list?.source, list?.people.length, list?.truncated], ['addressList', MAX_PEOPLE, true]);
    const exact = parsePeople(['Name,Email', ...rows.slice(0, MAX_PEOPLE)].join('\n'));
    assert.deepEqual([exact?.people.length, exact?.truncated], [MAX_PEOPLE, false]);
  });

  it('reads only the first MAX_INPUT_CHARS, drops the row cut there, and says so', function () {
    this.timeout(30_000);
    const row = 'Naomi Castellaro,naomi@quokka.example,Quokka Analytics\n';
    const text = 'Name,Email,Company\n' + row.repeat(Math.ceil(MAX_INPUT_CHARS / row.length) + 10);
    const result = parsePeople(text, { format: 'csv' });
    assert.equal(result?.truncated, true);
    assert.ok(result.skipped === 0 && result.people.length === MAX_PEOPLE);
    const cards = 'BEGIN:VCARD\nN:Li;Bo;;;\nEND:VCARD\n'.repeat(Math.ceil(MAX_INPUT_CHARS / 30));
    assert.equal(parsePeople(cards)?.truncated, true);
  });

  it('reads pathological input (quotes, delimiters, brackets, addresses) to a sane answer', function () {
    this.timeout(120_000);
    type Summary = Pick<ParsedPeople, 'source' | 'skipped' | 'truncated'> & { people: number };
    const summary = (result: ParsedPeople | undefined): Summary | undefined =>
      result && {
        source: result.source,
        people: result.people.length,
        skipped: result.skipped,
        truncated: result.truncated,
      };
    const [quotes, commas, quotedCommas, brackets, addresses, cardHeads, separators] =
      pathologicalPeople(MAX_INPUT_CHARS);
    const nobody = { auto: undefined, csv: undefined, vcard: undefined };
    const cards = cardHeads.split('BEGIN:VCARD').length - 1;
    const emptyCards: Summary = { source: 'vcard', people: 0, skipped: cards, truncated: false };
    const cases: [string, Record<Format, Summary | undefined>][] = [
      [quotes, nobody],
      [commas, nobody],
      [brackets, nobody],
      [addresses, nobody],
      [separators, nobody],
      // A header, then one endless row of quoted commas: one person, cut at the size cap.
      [quotedCommas, { ...nobody, csv: { source: 'csv', people: 1, skipped: 0, truncated: true } }],
      // Cards that begin and never end: each one skipped, nobody read.
      [cardHeads, { ...nobody, auto: emptyCards, vcard: emptyCards }],
    ];
    for (const [input, byFormat] of cases)
      for (const format of PEOPLE_FORMATS)
        assert.deepEqual(
          summary(parsePeople(input, { format })),
          byFormat[format],
          `${JSON.stringify(input.slice(0, 12))} (${format})`,
        );
  });
});

describe('parsePeople: robustness', () => {
  const RUNS = 5000;
  const FRAGMENTS = [
    'To:',
    'Cc:',
    'From: ',
    'Name,Email,Phone',
    'First Name;Last Name;E-mail Address',
    'Phone 1 - Type,Phone 1 - Value',
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\r\n',
    '\n',
    '<',
    '>',
    '(',
    ')',
    '"Doe, Jane" <jane@doe.example>',
    'bo@li.example',
    ' ::: ',
    'BEGIN:VCARD',
    'END:VCARD',
    'VERSION:2.1',
    'N:Doe;Jane;;;',
    'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BC=',
    ' folded',
    'TEL;TYPE=CELL:+1 415 555 0100',
    'ADR:;;1 Main St;Springfield;IL;62701;USA',
    '\uFEFF',
    '(415) 555-0123',
    'info@x.example',
    '李 娜',
    'United Kingdom',
  ];
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 60 })
      .map((parts) => parts.join('')),
    fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 40 })
      .map((parts) => parts.join('\n')),
  );

  it(`never throws and keeps offsets inside the input (${RUNS} random inputs, every format)`, function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(text, fc.constantFrom<Format>('auto', 'csv', 'vcard'), (input, format) => {
        const result = parsePeople(input, { format });
        if (!result) return true;
        assert.ok(result.people.length <= MAX_PEOPLE && result.skipped >= 0);
        for (const person of result.people) {
          for (const v of values(person))
            if (v) assert.ok(v.start >= 0 && v.start <= v.end && v.end <= input.length, JSON.stringify(v));
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  });
});
