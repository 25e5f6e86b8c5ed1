// Phone numbers found in a signature's segments: labels, kinds, and a switchboard's extensions.
import * as assert from 'node:assert/strict';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhones } from '../../../src/parse/phones';
import { prepare, splitSegments } from '../../../src/parse/text';

const numbersIn = (text: string, country?: CountryCode): string[] =>
  findPhones(prepare(text).lines.flatMap(splitSegments), country).phones.map((p) => p.value.number);

describe('findPhones', () => {
  it("reads no number labelled with the given name of another person who signs in full, but the sender's own", () => {
    const text = 'T: +233 30 274 8156 | Akosua: +233 24 318 6620\nKwame direct: +233 30 274 8190';
    const read = (othersGiven: string[]): string[] =>
      findPhones(prepare(text).lines.flatMap(splitSegments), 'GH', [], [], (given) =>
        othersGiven.includes(given),
      ).phones.map((p) => p.value.number);
    assert.deepEqual(read(['Akosua']), ['+233302748156', '+233302748190']);
    // No one else named, a capitalised label (`Akosua:`) is the sender's own line.
    assert.deepEqual(read([]), ['+233302748156', '+233243186620', '+233302748190']);
    // A label word names no one, whoever signs (`Mobile Lee`).
    const mobile = prepare('Mobile: +233 20 123 4567').lines.flatMap(splitSegments);
    assert.deepEqual(
      findPhones(mobile, 'GH', [], [], (given) => given === 'Mobile').phones.map((p) => p.value.number),
      ['+233201234567'],
    );
  });

  it('reads numbers written in the digits of another script, its offsets on those digits', () => {
    assert.deepEqual(numbersIn('تلفن: ۰۲۱-۵۵۵۰۱۴۲۰', 'IR'), ['+982155501420']);
    assert.deepEqual(numbersIn('هاتف: +٩٦٢ ٦ ٥٥٥ ٠١٨٤'), ['+96265550184']);
    assert.deepEqual(numbersIn('मोबाइल: +९१ ९८७६५ ५०१२३'), ['+919876550123']);
    assert.deepEqual(numbersIn('โทร. ๐๒ ๕๕๕ ๐๑๙๗', 'TH'), ['+6625550197']);
    const text = 'تلفن: ۰۲۱-۵۵۵۰۱۴۲۰';
    const [phone] = findPhones(prepare(text).lines.flatMap(splitSegments), 'IR').phones;
    assert.equal(text.slice(phone?.start, phone?.end), '۰۲۱-۵۵۵۰۱۴۲۰');
  });

  it("reads a Mexican mobile written with the old '1' after +52 without it, its offsets on the whole number", () => {
    assert.deepEqual(numbersIn('Cel. +52 1 33 2555 0187'), ['+523325550187']);
    assert.deepEqual(numbersIn('Móvil: +521 (55) 1234 5678'), ['+525512345678']);
    const text = 'Cel. +52 1 33 2555 0187';
    const [phone] = findPhones(prepare(text).lines.flatMap(splitSegments), undefined).phones;
    assert.equal(text.slice(phone?.start, phone?.end), '+52 1 33 2555 0187');
  });

  it('joins a North American number whose groups spaced dashes split, its area code alone right after its label', () => {
    assert.deepEqual(numbersIn('m \u200b 647 - 555 - 0182', 'CA'), ['+16475550182']);
    // An area code alone with no label before it opens nothing: `Suite 412 - 414` is no number.
    assert.deepEqual(numbersIn('412 - 555 - 0176', 'CA'), []);
  });

  it('reads a North American number followed by its extension as North American in any country, the extension dropped', () => {
    assert.deepEqual(numbersIn('Tel.: 809-555-0143 ext. 118', 'ES'), ['+18095550143']);
    assert.deepEqual(numbersIn('Tel.: (416) 555-0139 x 27', 'FR'), ['+14165550139']);
    // Not a number in another layout whose extension is all that follows it.
    assert.deepEqual(numbersIn('Tel.: 8095 550 143 ext. 118', 'ES'), []);
  });

  it('reads a text that implies no country in a fallback plan only for numbers written as that plan writes them', () => {
    assert.deepEqual(numbersIn('Cell 312 555 0144'), ['+13125550144']);
    assert.deepEqual(numbersIn('Tel (415) 555\u20110187'), ['+14155550187']);
    assert.deepEqual(numbersIn('T: 0117 496 0318'), ['+441174960318']);
    assert.deepEqual(numbersIn('Mobile: (852) 6385 2714'), ['+85263852714']);
    assert.deepEqual(numbersIn('Tel. +44 20 7946 0512'), ['+442079460512']);
    // An Italian mobile is no British number read without its trunk 0, a Mexican one no American number.
    assert.deepEqual(numbersIn('cell. 347 123 4567'), []);
    assert.deepEqual(numbersIn('cel 33 2876 5412'), []);
    // `09…` in 4-3-4 groups is also how Philippine mobiles are written: no Nigerian number without a cue.
    assert.ok(!numbersIn('Mobile: 0917 555 0123').includes('+2349175550123'));
  });

  it("reads a number under a language's words alone in the one kin plan that writes it in its groups as a person's line", () => {
    const read = (text: string, kin: CountryCode[]): string[] =>
      findPhones(prepare(text).lines.flatMap(splitSegments), 'GB', [], kin).phones.map((p) => p.value.number);
    // Nigeria's mobile groups; India's plan writes the same digits 080 5311 2740, New Zealand's reads them as toll-free.
    assert.deepEqual(read('0805 311 2740', ['IN', 'NZ', 'NG']), ['+2348053112740']);
    // New Zealand's mobile and South Africa's landline are written in the same groups: neither is chosen.
    assert.deepEqual(read('Ph: 021 846 3927', ['NZ', 'ZA']), []);
  });

  it('reads no reference a code of capitals opens, nor a span of years in brackets, as a number', () => {
    assert.deepEqual(numbersIn('Container: TGHU 571204-0', 'DE'), []);
    assert.deepEqual(numbersIn('Auftragsbestätigung Nr. AB 240917-03', 'DE'), []);
    assert.deepEqual(numbersIn('RAČUN br. 2026-0318-2', 'HR'), []);
    assert.deepEqual(numbersIn('Analyst, Nakuru (2018–2021)', 'KE'), []);
    // A résumé's post dated by months of years.
    assert.deepEqual(numbersIn('08/2016–03/2021  Sachbearbeiterin, Musterbau AG', 'DE'), []);
    assert.deepEqual(numbersIn('04.2019 - 12.2022 Contabile, Rossi S.r.l.', 'IT'), []);
    assert.deepEqual(numbersIn('Tirocinio, 11/2019 – 06/2024', 'IT'), []);
    // A label in capitals, or a number opening as one is dialled, is still a phone.
    assert.deepEqual(numbersIn('TEL 052-218-4472', 'JP'), ['+81522184472']);
    assert.deepEqual(numbersIn('HQ 020 7946 0321', 'GB'), ['+442079460321']);
    assert.deepEqual(numbersIn('PBX (606) 741 2288', 'CO'), ['+576067412288']);
  });

  it("reads a right-to-left line's number typed with its trunk group after the subscriber's digits, trunk group first", () => {
    assert.deepEqual(numbersIn('تلفن: ۳۶۲۷۴۴۱۰-۰۳۱', 'IR'), ['+983136274410']);
    const text = 'تلفن: ۸۸۷۶۵۴۳۲-۰۲۱';
    const [phone] = findPhones(prepare(text).lines.flatMap(splitSegments), 'IR').phones;
    assert.equal(text.slice(phone?.start, phone?.end), '۸۸۷۶۵۴۳۲-۰۲۱');
    // Written trunk group first, or on a left-to-right line, a number is read as it stands.
    assert.deepEqual(numbersIn('تلفن: ۰۲۱-۸۸۷۶۵۴۳۲', 'IR'), ['+982188765432']);
    assert.deepEqual(numbersIn('Tel. 88765432-021', 'IR'), []);
  });

  it('joins the groups of a number a padded paste split, from a calling code alone or a labelled trunk group', () => {
    assert.deepEqual(numbersIn('Tél  :  (+216)  71  555  014'), ['+21671555014']);
    assert.deepEqual(numbersIn('Tel.:  +49  40  5550142-31'), ['+4940555014231']);
    assert.deepEqual(numbersIn('T:  0113  496  0542', 'GB'), ['+441134960542']);
    assert.deepEqual(numbersIn('M 010  5550  1477', 'KR'), ['+821055501477']);
    // A trunk group under no phone label (a date's day) opens no number.
    assert.deepEqual(numbersIn('gültig  bis  03  12  2026', 'DE'), []);
  });

  it('reads the number a WhatsApp chat link opens with its calling code, the path’s slash read as its `+`', () => {
    assert.deepEqual(numbersIn('wa.me/529511234567'), ['+529511234567']);
    assert.deepEqual(numbersIn('https://api.whatsapp.com/send?phone=233245550188', 'US'), ['+233245550188']);
  });

  it('spans only the digits of a chat link’s number, not the slash or `=` read as its `+`', () => {
    for (const [text, digits] of [
      ['WhatsApp: wa.me/233245550188', '233245550188'],
      ['Chat: https://api.whatsapp.com/send?phone=529511234567&text=Hola', '529511234567'],
      ['Mobile: +44 7911 123456 · wa.me/447911123456', '+44 7911 123456'],
    ] as const) {
      const [phone] = findPhones(prepare(text).lines.flatMap(splitSegments), undefined).phones;
      assert.equal(text.slice(phone?.start, phone?.end), digits, text);
    }
  });

  it('reads a number with a trunk 0 in the UK plan when no country is implied and the US plan has none', () => {
    assert.deepEqual(numbersIn('Clinic: 020 7946 0512\nCell: (415) 555-0142'), ['+442079460512', '+14155550142']);
    assert.deepEqual(numbersIn('Tel. 020 7946 0512', 'NL'), []);
  });

  it('reads a number that is none in the implied country in the default plan, and a valid one in that country', () => {
    assert.deepEqual(numbersIn('priya.v@bellwetherfoods.example | 312-555-0144', 'JO'), ['+13125550144']);
    // Only a number laid out as the default plan writes it is read there: a bare run of digits is not.
    assert.deepEqual(numbersIn('(415) 555-0187', 'IL'), ['+14155550187']);
    assert.deepEqual(numbersIn('Ref. 2125550150', 'JO'), []);
    assert.deepEqual(numbersIn('Tel.: 06 55 48 21 07', 'FR'), ['+33655482107']);
  });

  it('reads a number labelled with the possessive of a person the text names in full as theirs', () => {
    const assistant = 'Assistant to Michael Brandt\np. 212.555.0142\n';
    assert.deepEqual(numbersIn(`${assistant}Michael's direct: 212.555.0168`, 'US'), ['+12125550142']);
    assert.deepEqual(numbersIn('Paralegal to Rahul Mehta\nRahul’s cell: +44 7700 900 461'), []);
    assert.deepEqual(numbersIn("Assistant to Liam O'Brien\nO'Brien's cell: 212-555-0150", 'US'), []);
  });

  it('reads a possessive only from a word’s start', () => {
    assert.deepEqual(numbersIn("Assistant to Brien Walsh\nMacO'Brien's cell: 212-555-0150", 'US'), ['+12125550150']);
  });

  it('keeps the number after a firm’s or place’s possessive (no one the text names in full)', () => {
    assert.deepEqual(numbersIn("Children's Hospital · Tel. (503) 555-0119", 'US'), ['+15035550119']);
    assert.deepEqual(numbersIn("Wendy's phone: (503) 555-0119", 'US'), ['+15035550119']);
    assert.deepEqual(numbersIn("Lowe's Tel: (503) 555-0119", 'US'), ['+15035550119']);
    assert.deepEqual(numbersIn("St. Mary's Office: (503) 555-0119", 'US'), ['+15035550119']);
    assert.deepEqual(numbersIn("Desai & Lowe Architects\nLowe's Tel: (503) 555-0119", 'US'), ['+15035550119']);
  });

  it('reads no tax number as a phone, whatever plan would read it', () => {
    assert.deepEqual(numbersIn('Adószám: 24681357-2-13', 'HU'), []);
    assert.deepEqual(numbersIn('CNPJ 47.218.593/0001-64\nTel. (11) 3555-0142', 'BR'), ['+551135550142']);
  });

  it("reads no trade licence's number as a phone", () => {
    assert.deepEqual(numbersIn('Licence RBQ : 8341-2697-15\nTél. : 514 555-0186', 'CA'), ['+15145550186']);
    assert.deepEqual(numbersIn('Licencia de funcionamiento 3312-4471', 'MX'), []);
  });

  it('reads a voice kind beside fax as a fax line unless joined to it as one label', () => {
    const faxes = (text: string) =>
      findPhones(prepare(text).lines.flatMap(splitSegments), 'US').fax.map((f) => f.value);
    assert.deepEqual(faxes('Office Fax: (312) 555-0163\nMain Fax: (312) 555-0164'), ['+13125550163', '+13125550164']);
    assert.deepEqual(faxes('Büro Fax: +49 30 5550 1234'), ['+493055501234']);
    assert.deepEqual(numbersIn('Tel./Fax: +49 30 5550 1234\nТел./факс: +7 495 555-01-23'), [
      '+493055501234',
      '+74955550123',
    ]);
  });

  it('reads no date as a number, day first or year first', () => {
    assert.deepEqual(numbersIn('2026.04.11 Samstag\n14.04.2026\nMobil: 0170 448 2216', 'DE'), ['+491704482216']);
  });

  it('reads a number a hard wrap broke before its last group, its offsets on its digits in the text', () => {
    const text = 'Dr. Ailsa Brodie\nT 0131 496\n0258\nailsa@brodie.example';
    const [phone] = findPhones(prepare(text).lines.flatMap(splitSegments), 'GB').phones;
    assert.equal(phone?.value.number, '+441314960258');
    assert.equal(text.slice(phone.start, phone.end), '0131 496\n0258');
  });

  it("keeps a number after the Italian relative 'cui', no register's name", () => {
    assert.deepEqual(numbersIn('Il numero a cui chiamarmi è 333 555 0147', 'IT'), ['+393335550147']);
  });

  it('composes a direct line from a switchboard and the extension below it', () => {
    assert.deepEqual(numbersIn('Zentrale: +49 234 555 270-0\nDurchwahl: -214'), ['+492345552700', '+49234555270214']);
  });

  it('reads only a direct-dial word before the extension', () => {
    assert.deepEqual(numbersIn('Tel. +49 234 555 270-0, DW -214'), ['+49234555270214']);
    assert.deepEqual(numbersIn('Tel. +49 234 555 270-0, Raum -214'), ['+492345552700']);
  });

  it('keeps the switchboard a direct line is dialled through only when it is listed as the main line', () => {
    assert.deepEqual(numbersIn('Telefon: 0711 555 46-0, Durchwahl -318', 'DE'), ['+4971155546318']);
    assert.deepEqual(numbersIn('Zentrale: 0711 555 46-0\nDurchwahl: -318', 'DE'), ['+49711555460', '+4971155546318']);
  });

  it('reads a hotline as the sender’s own line only on a mobile number', () => {
    assert.deepEqual(numbersIn('Hotline: +84 905 555 017\nHotline: +1 (800) 555-0100'), ['+84905555017']);
    assert.deepEqual(numbersIn('Support hotline: +84 905 555 017'), []);
  });

  it('reads a line answered after or out of hours as a service’s hotline', () => {
    assert.deepEqual(numbersIn('Direct: 204-555-0173\nAfter-hours claims: 1-877-555-0134'), ['+12045550173']);
    assert.deepEqual(numbersIn('Out of hours: 0161 496 0000', 'GB'), []);
  });

  it('does not give a later block’s extension to a switchboard farther up', () => {
    const text = 'Zentrale: +49 234 555 270-0\nBeispiel GmbH\nMusterweg 1\n44787 Bochum\nDurchwahl: -214';
    assert.deepEqual(numbersIn(text), ['+492345552700']);
  });

  it("skips a meeting's bridge dialled with its ID after pauses, not a line with a PBX extension after them", () => {
    assert.deepEqual(numbersIn('Join by phone: +1 646-555-0148,,771203945#'), []);
    assert.deepEqual(numbersIn('Direct: +1 212 555 0100,,4512#'), ['+12125550100']);
  });

  it("skips an unlabelled number named only by its country as a meeting's dial-in, not a labelled one", () => {
    assert.deepEqual(numbersIn('+44 20 7946 0958 United Kingdom\n+1 206 555 0133 US (Seattle)'), []);
    assert.deepEqual(numbersIn('Mobile: +254 712 345 678 Kenya'), ['+254712345678']);
    assert.deepEqual(numbersIn('Tel: +65 6123 4567 Singapore'), ['+6561234567']);
    assert.deepEqual(numbersIn('Phone: +1 404 555 0100 US'), ['+14045550100']);
  });

  it("skips a meeting's dial-in named by its country and what the call costs", () => {
    assert.deepEqual(
      numbersIn('+49 30 901820 Deutschland, Gebührenpflichtig\n+1 206 555 0133 United States Toll-Free'),
      [],
    );
    assert.deepEqual(numbersIn('Tel: +49 30 901820 Deutschland, gebührenfrei'), ['+4930901820']);
  });

  it('reads no IPv4 address as a number, but a dotted national number after its trunk 0', () => {
    assert.deepEqual(numbersIn('Sent from 198.51.100.27\nTel: 02.512.34.56', 'BE'), ['+3225123456']);
    assert.deepEqual(numbersIn('Tel. 044.668.18.00', 'CH'), ['+41446681800']);
  });

  it("skips a number to join a meeting by phone, not the sender's after another 'join'", () => {
    assert.deepEqual(numbersIn('To join by phone: +1 312 555 0147'), []);
    assert.deepEqual(numbersIn('Join us – call 0161 496 0000', 'GB'), ['+441614960000']);
    assert.deepEqual(numbersIn('Ring +44 161 496 0000 to join'), ['+441614960000']);
  });

  it('reads a label set apart after a number on its line with neither number after it', () => {
    assert.deepEqual(numbersIn('415.555.0143  Fax   415.555.0144  Mobile', 'US'), ['+14155550143', '+14155550144']);
  });

  it('reads a label set apart after a number on its line with the next number when a colon closes it', () => {
    const faxOf = (text: string): string[] =>
      findPhones(prepare(text).lines.flatMap(splitSegments), 'US').fax.map((f) => f.value);
    assert.deepEqual(faxOf('t :  504.555.0148    |    f :  504.555.0149'), ['+15045550149']);
    assert.deepEqual(faxOf('415.555.0143  Fax   415.555.0144  Mobile'), []);
  });

  it('reads a number with no country implied in the plan whose groups it is written in', () => {
    assert.deepEqual(numbersIn('06 48 27 15 93'), ['+33648271593']);
    assert.deepEqual(numbersIn('(31) 98765-1234'), ['+5531987651234']);
    assert.deepEqual(numbersIn('0423 716 905 · (02) 9634 1187'), ['+61423716905', '+61296341187']);
    assert.deepEqual(numbersIn('(212) 555-0178'), ['+12125550178']);
    assert.deepEqual(numbersIn('0161 496 0587'), ['+441614960587']);
  });

  it('reads a label in traditional Han characters as its simplified form', () => {
    const read = findPhones(prepare('電話：2817 4403　傳真：2817 4404').lines.flatMap(splitSegments), 'HK');
    assert.deepEqual(
      [read.phones.map((p) => p.value.number), read.fax.map((f) => f.value)],
      [['+85228174403'], ['+85228174404']],
    );
  });

  it('spans a number after a label set apart and over a hard wrap from its first digit', () => {
    const prepared = prepare('T    0131 496\n0258');
    const [phone] = findPhones(prepared.lines.flatMap(splitSegments), 'GB').phones;
    assert.equal(phone && prepared.text.slice(phone.start, phone.end), '0131 496\n0258');
  });

  it("reads a number after a dentist's degree or a time zone, words that also name tax ids elsewhere", () => {
    assert.deepEqual(numbersIn('Jane Roe, DDS, cell 415-555-0144', 'US'), ['+14155550144']);
    assert.deepEqual(numbersIn('Sun–Thu 9–6 GST, +971 4 555 0144'), ['+97145550144']);
  });

  it("reads the numbers in a weaker country the text implies when none is valid in its strongest one's plan", () => {
    const segments = prepare('Tel. 01 555 0187 22').lines.flatMap(splitSegments);
    const read = findPhones(segments, 'DE', ['AT']).phones.map((p) => p.value.number);
    assert.deepEqual(read, ['+431555018722']);
  });

  it("keeps the strongest country's plan when one of the numbers is valid in it, an order number read in none", () => {
    const segments = prepare('tlf. 455 50 173\nOrdre nr. 2026-0173').lines.flatMap(splitSegments);
    const read = findPhones(segments, 'NO', ['DK']).phones.map((p) => p.value.number);
    assert.deepEqual(read, ['+4745550173']);
  });

  it("reads national numbers in the one country of the language's kin whose plan reads the most of them", () => {
    const segments = prepare('Tel. (0341) 424-8830\nCel. 0341 15 612-0047').lines.flatMap(splitSegments);
    const read = findPhones(segments, 'ES', [], ['AR', 'CU', 'MX']).phones.map((p) => p.value.number);
    assert.deepEqual(read, ['+543414248830', '+5493416120047']);
  });

  it('tries the kin only over as few segments with digits as a sign-off holds (MAX_KIN_SEGMENTS)', () => {
    const kinRead = (lots: number): string[] => {
      const table = Array.from({ length: lots }, (_, i) => `Lote ${i + 1}`);
      const text = ['Tel. (0341) 424-8830', 'Cel. 0341 15 612-0047', ...table].join('\n');
      return findPhones(prepare(text).lines.flatMap(splitSegments), 'ES', [], ['AR']).phones.map((p) => p.value.number);
    };
    assert.deepEqual(kinRead(4), ['+543414248830', '+5493416120047']);
    assert.deepEqual(kinRead(5), []);
  });

  it("reads a number no country implies in the one plan grouping it as written only in a message's few segments", () => {
    const read = (rooms: number, anyCountry: boolean): string[] => {
      const text = ['Tel. 081 936 47 20', ...Array.from({ length: rooms }, (_, i) => `Room ${i + 1}`)].join('\n');
      const segments = prepare(text).lines.flatMap(splitSegments);
      return findPhones(segments, undefined, [], [], undefined, undefined, [], anyCountry).phones.map(
        (p) => p.value.number,
      );
    };
    assert.deepEqual(read(5, true), ['+41819364720']);
    // Past MAX_KIN_SEGMENTS segments with digits, each read again in all 245 plans costs seconds.
    assert.deepEqual(read(6, true), []);
    // A sheet's cell: each cell of a column would take whichever country groups it.
    assert.deepEqual(read(0, false), []);
  });

  it('reads in no kin country a number that two of them read as well', () => {
    const segments = prepare('Tel. 2345 6789').lines.flatMap(splitSegments);
    assert.deepEqual(findPhones(segments, 'ES', [], ['UY', 'SV']).phones, []);
  });

  it('reads `dial` or `No.` right after a line word as part of its label, elsewhere still as a bridge or a reference', () => {
    assert.deepEqual(numbersIn('Direct dial: 0161 496 0734', 'GB'), ['+441614960734']);
    assert.deepEqual(numbersIn('Tel. No.: (02) 8812-4456', 'PH'), ['+63288124456']);
    const faxed = findPhones(prepare('Fax No. 020 7946 0388').lines.flatMap(splitSegments), 'GB');
    assert.deepEqual(
      faxed.fax.map((f) => f.value),
      ['+442079460388'],
    );
    assert.deepEqual(numbersIn('Conference dial: 0161 496 0999', 'GB'), []);
    assert.deepEqual(numbersIn('Order No.: 0161 496 0700', 'GB'), []);
  });

  it('reads a number written with the range of lines it opens as its first line, a switchboard’s `-0` as part of it', () => {
    assert.deepEqual(numbersIn('Tel. 0-2640-7711-9 Fax. 0-2640-7720', 'TH'), ['+6626407711']);
    assert.deepEqual(numbersIn('Tel. 0711 555014-0', 'DE'), ['+497115550140']);
  });
  it("reads a line's last digits alone after a number as another line of its exchange, not a column's other number", () => {
    assert.deepEqual(numbersIn('Ph: (033) 4068 2731 / 4068 2732', 'IN'), ['+913340682731', '+913340682732']);
    assert.deepEqual(numbersIn('Tel. 0761 266 1420\n266 1421', 'IN'), ['+917612661420', '+917612661421']);
    // A bank giro beside the number, in other digit groups; a postal code under it.
    assert.deepEqual(numbersIn('Telefon  08-123 456 70  Bankgiro  123-4567', 'SE'), ['+46812345670']);
    assert.deepEqual(numbersIn('Tel. 0761 266 1420\n482001', 'IN'), ['+917612661420']);
  });

  it("reads an Argentine number labelled a mobile with the mobile's 9, unlabelled as the landline it is", () => {
    assert.deepEqual(numbersIn('Móvil 11 5678-1234', 'AR'), ['+5491156781234']);
    assert.deepEqual(numbersIn('Tel. 11 5678-1234', 'AR'), ['+541156781234']);
  });

  it("reads no assistant's line nor an invoice's number, however abbreviated or in whichever language", () => {
    assert.deepEqual(numbersIn('Asst. Phone: (617) 555-0182', 'US'), []);
    assert.deepEqual(numbersIn('Assistentin: 030 1234 5678', 'DE'), []);
    assert.deepEqual(numbersIn('Laskun numero 20251103-14', 'FI'), []);
    assert.deepEqual(numbersIn('DID 6628 4417', 'SG'), ['+6566284417']);
  });

  it("reads no number on a footer's line naming the body overseeing the firm, in several languages", () => {
    const footer = 'Regulated by the Board of Plumbing Examiners, P.O. Box 4200, Austin, TX 78711, 1-800-555-0123';
    assert.deepEqual(numbersIn(`Office (512) 555-0148\n${footer}`, 'US'), ['+15125550148']);
    assert.deepEqual(numbersIn('Beaufsichtigt durch die Kammer, Tel. 030 1234 5678', 'DE'), []);
  });

  it('reads no school or fiscal year (`2024/25`) as a short number', () => {
    assert.deepEqual(numbersIn('Schuljahr 2024/25', 'DE'), []);
  });
  it('reads no chat date in its brackets nor a sum with its cents as a number', () => {
    assert.deepEqual(numbersIn('Yael, [22.07.2024 16:05]', 'IL'), []);
    assert.deepEqual(numbersIn('2  420.00  840.00', 'NZ'), []);
  });

  it('joins a trunk group opening its line to the rest of its number after a spaced dash', () => {
    assert.deepEqual(numbersIn('020 - 624 88 13\n06 - 51 74 30 28', 'NL'), ['+31206248813', '+31651743028']);
  });

  it('joins an area code after its calling code to the rest of its number after a slash', () => {
    assert.deepEqual(numbersIn('Tel. +49 (0)89 / 23 45 67 89', 'DE'), ['+498923456789']);
    assert.deepEqual(numbersIn('+49 89 / 23 45 67 89', 'DE'), ['+498923456789']);
  });

  it('reads Irish, Welsh and Indonesian labels for a mobile and an office line', () => {
    const kinds = (text: string, country: CountryCode): string[] =>
      findPhones(prepare(text).lines.flatMap(splitSegments), country).phones.map((p) => p.value.kind);
    assert.deepEqual(kinds('Fón póca: 086 123 4567\nOifig: 021 432 7788', 'IE'), ['mobile', 'work']);
    assert.deepEqual(kinds('Ponsel 0812-4455-7831 | Kantor (0411) 362 518', 'ID'), ['mobile', 'work']);
  });

  it('reads no register or tax number of Southeast Europe, Ukraine or Greece as a phone', () => {
    assert.deepEqual(numbersIn('ЄДРПОУ 41234567\nтел. 044 234 5678', 'UA'), ['+380442345678']);
    assert.deepEqual(numbersIn('Tel: 011 318 2745\nPIB: 104528371', 'RS'), ['+381113182745']);
    assert.deepEqual(numbersIn('тел. 02 981 2345\nЕИК 204512345', 'BG'), ['+35929812345']);
    assert.deepEqual(numbersIn('ΑΦΜ 099123456\nτηλ. 210 323 4567', 'GR'), ['+302103234567']);
    // A Nordic business id, Serbia's registration number (matični broj) beside the tax id.
    assert.deepEqual(numbersIn('puh. 03 245 6610\nY-tunnus 2876543-1', 'FI'), ['+35832456610']);
    assert.deepEqual(numbersIn('Tel: 011 318 4627\nPIB: 108472365 | MB: 21736904', 'RS'), ['+381113184627']);
  });

  it("reads a switchboard's `0` or a direct line's digits a spaced dash sets apart as part of the number", () => {
    assert.deepEqual(numbersIn('Telefon: 0732 65 41 20 - 0', 'AT'), ['+437326541200']);
    assert.deepEqual(numbersIn('Tel. 0512 584317 – 12', 'AT'), ['+4351258431712']);
    // Another number after the dash is its own.
    assert.deepEqual(numbersIn('04 72 63 18 95 – 06 48 27 91 36', 'FR'), ['+33472631895', '+33648279136']);
  });

  it("reads a mobile labelled by its messenger or its plan's capitals, no reference's code", () => {
    assert.deepEqual(numbersIn('RPC 954 118 230', 'PE'), ['+51954118230']);
    assert.deepEqual(numbersIn('Zalo: 0908 362 517', 'VN'), ['+84908362517']);
  });

  it('reads a short word naming a number before one dialled with its calling code as the line, no reference', () => {
    assert.deepEqual(numbersIn('SG: +65 6318 2247 | ID: +62 812 3345 6610'), ['+6563182247', '+6281233456610']);
    assert.deepEqual(numbersIn('Meeting ID: 0161 496 0345', 'GB'), []);
    // A bridge's list brackets the country it is dialled from.
    assert.deepEqual(numbersIn('(ID) +62 21 5099 3120 PIN: 552 118 903#'), []);
  });

  it("reads no reservations desk's nor ethics line as the sender's", () => {
    assert.deepEqual(numbersIn('Direct: +47 22 83 41 57\nReservations: +47 22 83 41 00'), ['+4722834157']);
    assert.deepEqual(numbersIn('Tel. 91 555 03 87\nLínea ética: 91 555 03 99', 'ES'), ['+34915550387']);
  });

  it("reads no fault-report nor round-the-clock service line as the sender's, but a mobile so labelled", () => {
    assert.deepEqual(numbersIn('Direkt: 031-701 22 48\nFelanmälan: 031-701 22 00', 'SE'), ['+46317012248']);
    assert.deepEqual(numbersIn('Tel. 0421 398 22 10\nStörungsdienst rund um die Uhr: 0421 398 22 99', 'DE'), [
      '+494213982210',
    ]);
    assert.deepEqual(numbersIn('Vakt døgnet rundt: 22 83 41 00', 'NO'), []);
    assert.deepEqual(numbersIn('Mobil dygnet runt: 070-318 22 41', 'SE'), ['+46703182241']);
  });

  it('reads no number a register entry gives after the word registered', () => {
    assert.deepEqual(numbersIn("Agent commercial immatriculé au RSAC d'Agen sous le n° 813 447 206", 'FR'), []);
    assert.deepEqual(numbersIn('Ingeschreven onder nummer 0412 338 716', 'BE'), []);
  });
});
