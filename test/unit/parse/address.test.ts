// Postal addresses found in a signature's segments: where an address ends and what it keeps.
import * as assert from 'node:assert/strict';
import { addressFromFields, addressKind, findAddress, isCompoundStreet, openingFirm } from '../../../src/parse/address';
import { PATTERNS } from '../../../src/parse/patterns';
import { prepare, splitSegments, type Line, type Segment } from '../../../src/parse/text';
import type { PostalAddress } from '../../../src/parse/types';

const addressIn = (text: string) => findAddress(prepare(text).lines.flatMap(splitSegments));
const lineIn = (text: string): string | undefined => addressIn(text)?.value.line;
/** The address line with the separators of one line as written (`#305 – 1122 …`), as the message reader joins them. */
const writtenLineIn = (text: string): string | undefined => {
  const { lines } = prepare(text);
  const between = (left: Segment, right: Segment): string => {
    const line = lines[left.line] as Line;
    return line.text.slice(left.end - line.start, right.start - line.start);
  };
  return findAddress(lines.flatMap(splitSegments), between)?.value.line;
};

describe('findAddress', () => {
  it("gives each labelled locality field's value as its part, and the unlabelled lines as the street", () => {
    const { line, ...parts } = addressIn(
      'Street: 4471 Larkspur Avenue\nCity: Millbrook\nState: OR\nZIP: 97399\nCountry: United States',
    )?.value ?? { line: undefined };
    assert.equal(line, '4471 Larkspur Avenue, Millbrook, OR, 97399, United States');
    // The street's number is no postal code, its name no town.
    assert.deepEqual(parts, {
      street: '4471 Larkspur Avenue',
      city: 'Millbrook',
      region: 'OR',
      postalCode: '97399',
      country: 'US',
    });
    const mailing = addressIn('Street: 16 Harrow Mews\nMailing City: Oakvale\nState/Province: Nova Scotia')?.value;
    assert.deepEqual([mailing?.street, mailing?.city, mailing?.region], ['16 Harrow Mews', 'Oakvale', 'Nova Scotia']);
    const french = addressIn('Adresse : 8 chemin des Saules\nCode postal : 71990\nVille : Saint-Prest-sur-Loir')?.value;
    assert.deepEqual(
      { street: french?.street, postalCode: french?.postalCode, city: french?.city },
      { street: '8 chemin des Saules', postalCode: '71990', city: 'Saint-Prest-sur-Loir' },
    );
  });

  it('parts an address by its last locality: the street keeps every comma part before it, or after it when it opens the line', () => {
    const parts = (text: string) => {
      const found: Partial<PostalAddress> = { ...addressIn(text)?.value };
      delete found.line;
      return found;
    };
    assert.deepEqual(parts('880 Tidewater Crescent, Nanaimo, BC V9R 2K7'), {
      street: '880 Tidewater Crescent',
      city: 'Nanaimo',
      region: 'BC',
      postalCode: 'V9R 2K7',
      country: 'CA',
    });
    assert.deepEqual(parts('Lindenweiher Straße 73, 34117 Kassel'), {
      street: 'Lindenweiher Straße 73',
      postalCode: '34117',
      city: 'Kassel',
    });
    assert.deepEqual(parts('6720 Szeged, Fecske utca 19.'), {
      postalCode: '6720',
      city: 'Szeged',
      street: 'Fecske utca 19.',
    });
    // A box number's digits before the town are no postcode, nor `P.O. Box` a town.
    assert.deepEqual(parts('P.O. Box 55128, Irbid 21110, Jordan'), {
      country: 'JO',
      street: 'P.O. Box 55128',
      city: 'Irbid',
      postalCode: '21110',
    });
    assert.deepEqual(parts('Calle Nogal 41, Col. Las Arboledas, C.P. 76148, Santiago de Querétaro'), {
      street: 'Calle Nogal 41, Col. Las Arboledas',
      postalCode: '76148',
      city: 'Santiago de Querétaro',
    });
    // Written without spaces, town and street are one: the postcode alone is parted off.
    assert.deepEqual(parts('40743 台中市西屯區文心路三段77號9樓'), {
      postalCode: '40743',
      street: '台中市西屯區文心路三段77號9樓',
    });
  });

  it("keeps a labelled postal code as long as a phone's number (a CEP, a ZIP+4), not a labelled mobile", () => {
    assert.deepEqual(
      [addressIn('Endereço: Rua das Acácias 318, sala 4\nCidade: Itapeva\nCEP: 18409-722')?.value.postalCode],
      ['18409-722'],
    );
    assert.equal(
      addressIn('Street: 77 Quarry Lane\nCity: Dunmore\nZIP: 18512-3307')?.value.line,
      '77 Quarry Lane, Dunmore, 18512-3307',
    );
    assert.equal(lineIn('Adres: Çınar Sok. No: 9\nŞehir: Kütahya\nCep: 0532 555 14 90'), 'Çınar Sok. No: 9, Kütahya');
  });

  it('reads a Quito house number (quadrant letter and block) as a street line, and a ZIP+4 after FL as a locality', () => {
    assert.equal(
      lineIn('Av. Amazonas N24-196 y Luis Cordero\nEdificio Cristóbal Colón, oficina 302\nQuito 170517'),
      'Av. Amazonas N24-196 y Luis Cordero, Edificio Cristóbal Colón, oficina 302, Quito 170517',
    );
    assert.equal(
      lineIn('1200 W. Cass Street, Suite 300\nTampa, FL 33606-4127'),
      '1200 W. Cass Street, Suite 300, Tampa, FL 33606-4127',
    );
  });

  it("gives no address after a phrase naming the firm's regulator (`Regulated by …`)", () => {
    assert.equal(lineIn('Regulated by the State Licensing Board, P.O. Box 4410, Austin, TX 78711'), undefined);
    assert.equal(lineIn('Supervisado por la Dirección General, Paseo de la Castellana 44, 28046 Madrid'), undefined);
  });

  it('keeps an address in the left column whole once it holds its town: a line past the gap is the other column', () => {
    assert.equal(
      writtenLineIn(
        '815 Industrial Pkwy          Attn: Receiving\nFargo, ND 58102          2240 Elevator Rd\nTerms: Net 30          Casselton, ND 58012',
      ),
      '815 Industrial Pkwy, Fargo, ND 58102',
    );
  });

  it("opens no address with a country heading the lines above the street (a title's), but closes one with it below", () => {
    assert.equal(
      lineIn('Head of Operations, Ghana\nCoastline Freight Ltd\nPlot 12, Harbour Road, Tema'),
      'Plot 12, Harbour Road, Tema',
    );
    assert.equal(lineIn('Plot 12, Harbour Road, Tema\nGhana'), 'Plot 12, Harbour Road, Tema, Ghana');
  });

  it('reads a country before a colon as the label of a phone, not as the address country', () => {
    assert.equal(lineIn('Unit 5, Riverside Park, Mombasa\nKenya:'), 'Unit 5, Riverside Park, Mombasa');
    assert.equal(lineIn('Unit 5, Riverside Park, Mombasa\nKenya'), 'Unit 5, Riverside Park, Mombasa, Kenya');
  });

  it('opens the address with the building or premises line that stands above or before its street', () => {
    // A building named in place of a house number, its trade word no firm's before a street without a number.
    assert.equal(lineIn('The Old Brewery, Mill Lane, Ludlow SY8 1AB'), 'The Old Brewery, Mill Lane, Ludlow SY8 1AB');
    assert.equal(lineIn('Hartwell Dairy Ltd, Mill Lane, Ludlow SY8 1AB'), 'Mill Lane, Ludlow SY8 1AB');
    // A building word opening the name says it is a building's, a firm's word after it (`Banco`, `Capital`) aside.
    assert.equal(
      lineIn('Torre Banco Continental, piso 14, Calle 50, Ciudad de Panamá'),
      'Torre Banco Continental, piso 14, Calle 50, Ciudad de Panamá',
    );
    assert.equal(
      lineIn('Edificio Capital Plaza, Calle Mayor, Sevilla, España'),
      'Edificio Capital Plaza, Calle Mayor, Sevilla, España',
    );
    assert.equal(lineIn('Torre Capital Ltda., Av. Providencia 1208, Santiago'), 'Av. Providencia 1208, Santiago');
    assert.equal(
      lineIn('Mvule House, Kenyatta Way, Upper Hill\nP.O. Box 47813-00100, Nairobi'),
      'Mvule House, Kenyatta Way, Upper Hill, P.O. Box 47813-00100, Nairobi',
    );
    assert.equal(lineIn('The Granary, Station Road\nKeswick CA12 5AB'), 'The Granary, Station Road, Keswick CA12 5AB');
    assert.equal(
      lineIn('Bâtiment Les Pins, Bloc C, 3e étage\nRue du Lac Malaren, Les Berges du Lac, 1053 Tunis'),
      'Bâtiment Les Pins, Bloc C, 3e étage, Rue du Lac Malaren, Les Berges du Lac, 1053 Tunis',
    );
    assert.equal(
      lineIn('Mtaa wa Samora, Jengo la Amani, Ghorofa ya 3\nS.L.P. 9120, Dar es Salaam'),
      'Mtaa wa Samora, Jengo la Amani, Ghorofa ya 3, S.L.P. 9120, Dar es Salaam',
    );
    assert.equal(
      lineIn('Kozyatağı Mah. Değirmen Sok. No:18 Kat:3\n34742 Kadıköy'),
      'Kozyatağı Mah. Değirmen Sok. No:18 Kat:3, 34742 Kadıköy',
    );
  });

  it('reads a town and bare postcode, a city marker before its town, or a street and places as the closing locality', () => {
    assert.equal(lineIn('Kerkstraat 14, Stellenbosch, 7600\nTel: 021 887 3410'), 'Kerkstraat 14, Stellenbosch, 7600');
    assert.equal(lineIn('Hall 7, Frankfurt, 2026'), undefined);
    assert.equal(lineIn('вул. Шевченка, 14, офіс 7\nм. Львів, 79005'), 'вул. Шевченка, 14, офіс 7, м. Львів, 79005');
    assert.equal(lineIn('Harbour Road, Lautoka Point, Lautoka'), 'Harbour Road, Lautoka Point, Lautoka');
    assert.equal(lineIn('Baluwatar-4, Kathmandu, Nepal'), 'Baluwatar-4, Kathmandu, Nepal');
  });

  it('reads a line opened by a street or area word, or a numbered part, then units and places as a street', () => {
    assert.equal(lineIn('Lô A7, KCN Tân Bình, Dĩ An, Bình Dương'), 'Lô A7, KCN Tân Bình, Dĩ An, Bình Dương');
    assert.equal(lineIn('Zone Artisanale, Quai Carnot, Concarneau'), 'Zone Artisanale, Quai Carnot, Concarneau');
    assert.equal(lineIn('Calle Ibarra 845, Of. 21, Temuco, Araucanía'), 'Calle Ibarra 845, Of. 21, Temuco, Araucanía');
    // A name after its honorific (`Dr` is Drive's too) and a role are no street.
    assert.equal(lineIn('Dr. Tobias Wray, MBChB, FRCS'), undefined);
    assert.equal(lineIn('Zone Manager, Glen Affric, Highland'), undefined);
  });

  it("opens the address with a suite's number alone before a dash and a street that opens with its own number", () => {
    assert.equal(
      writtenLineIn('#305 – 1122 Mainland Street, Vancouver, BC V6B 5L1'),
      '#305 – 1122 Mainland Street, Vancouver, BC V6B 5L1',
    );
    assert.equal(
      writtenLineIn('1450 – 10405 Jasper Avenue NW\nEdmonton, AB T5J 3N4'),
      '1450 – 10405 Jasper Avenue NW, Edmonton, AB T5J 3N4',
    );
    // The street's rest holds no house number: the number before the dash is no suite's.
    assert.equal(
      writtenLineIn('#12 – Kingsway Village Mall, Burnaby, BC V5H 2E2'),
      'Kingsway Village Mall, Burnaby, BC V5H 2E2',
    );
  });

  it("drops a form's labels, a slashed one's words and a number's label before a street's name", () => {
    assert.equal(lineIn('Straße: Lindenallee 12\nPLZ / Ort: 04109 Leipzig'), 'Lindenallee 12, 04109 Leipzig');
    assert.equal(
      lineIn('Straße / Nr.: Leipziger Str. 12\nPLZ / Ort: 04109 Leipzig'),
      'Leipziger Str. 12, 04109 Leipzig',
    );
    assert.equal(lineIn('■ Address: 14 Mill Lane, Ludlow SY8 1AB'), '14 Mill Lane, Ludlow SY8 1AB');
    assert.equal(lineIn('📍 1420 Central Ave SW\nAlbuquerque, NM 87102'), '1420 Central Ave SW, Albuquerque, NM 87102');
  });

  it('keeps the box-drawing walls of a framed signature out of its address', () => {
    assert.equal(lineIn('│ Level 4, 22 Quay Street, Auckland 1010 │'), 'Level 4, 22 Quay Street, Auckland 1010');
    assert.equal(lineIn('║ Hafenstraße 17 ║ 68159 Mannheim ║'), 'Hafenstraße 17, 68159 Mannheim');
  });

  it('reads an Arabic-script line of short comma parts with a street or unit word as an address, its city first', () => {
    assert.equal(lineIn('فیروز پور روڈ، لاہور'), 'فیروز پور روڈ، لاہور');
    assert.equal(lineIn('سلێمانی، شەقامی سالم، نزیک پارکی ئازادی'), 'سلێمانی، شەقامی سالم، نزیک پارکی ئازادی');
    // The city and district before the street's dash (joined here with findAddress's default joint).
    assert.equal(lineIn('بغداد – الكرادة، مجمع النخلة، الطابق الثالث'), 'بغداد, الكرادة، مجمع النخلة، الطابق الثالث');
    assert.equal(lineIn('جدة – حي الروضة – ٤ شارع الأمير سلطان'), 'جدة, حي الروضة, ٤ شارع الأمير سلطان');
    // A title and a department; a sentence's long parts.
    assert.equal(lineIn('مدیر پروژه، واحد مهندسی'), undefined);
    assert.equal(lineIn('نرجو إرسال الشحنة إلى المستودع في شارع الملك، مع إرفاق الفواتير الأصلية كاملة'), undefined);
  });

  it('keeps the town a bare postcode follows across a padded gap, a bracketed region a word of it', () => {
    // Canada Post's two spaces between the province and the postcode keep the line whole, read as one space.
    assert.equal(lineIn('200 Bay Street\nToronto ON  M5J 2J2'), '200 Bay Street, Toronto ON M5J 2J2');
    assert.equal(
      lineIn('875, Grande Allée Est\nQuébec (Québec)  G1R 4S9'),
      '875, Grande Allée Est, Québec (Québec), G1R 4S9',
    );
    assert.equal(lineIn('14 Castle Terrace\nEdinburgh  EH1 2DP'), '14 Castle Terrace, Edinburgh, EH1 2DP');
  });

  it('reads Georgian, Armenian, Kazakh, Bulgarian and Uzbek street words before a house number', () => {
    assert.equal(lineIn('აღმაშენებლის გამზირი 94, თბილისი 0112'), 'აღმაშენებლის გამზირი 94, თბილისი 0112');
    assert.equal(lineIn('ք. Գյումրի 3104, Ռիժկովի փ. 7'), 'ք. Գյումրի 3104, Ռիժկովի փ. 7');
    assert.equal(lineIn('Қарағанды қ., Бұқар жырау даңғ. 33'), 'Қарағанды қ., Бұқар жырау даңғ. 33');
    assert.equal(lineIn('гр. Варна 9000, бул. Приморски 21'), 'гр. Варна 9000, бул. Приморски 21');
    assert.equal(lineIn("Samarqand sh., Registon ko'chasi, 12"), "Samarqand sh., Registon ko'chasi, 12");
  });

  it('reads a line naming two Vietnamese divisions by their markers as a locality, one marker twice as none', () => {
    assert.equal(lineIn('77 Hai Bà Trưng, P. Bến Nghé, Q.1, TP.HCM'), '77 Hai Bà Trưng, P. Bến Nghé, Q.1, TP.HCM');
    assert.equal(lineIn('P. Tran, P. Le'), undefined);
  });

  it('reads the street and town before an Indian PIN after its dash on one line, unnumbered or caseless', () => {
    assert.equal(lineIn('Temple Road, Madurai – 625001, Tamil Nadu'), 'Temple Road, Madurai, 625001, Tamil Nadu');
    assert.equal(lineIn('स्टेशन रोड, आगरा - 282001'), 'स्टेशन रोड, आगरा, 282001');
    // A title and a town before a PIN name no street: the PIN alone places nothing.
    assert.equal(lineIn('Branch Manager, Pune – 411001'), undefined);
    // A phone before the town is no house number: `Mob: 98220 14523` is no street.
    assert.equal(lineIn('Mob: 98220 14523, Pune – 411001'), undefined);
  });

  it('keeps one of an address written twice in two scripts, the first', () => {
    assert.equal(
      lineIn('Οδός Ερμού 21, 10563 Αθήνα\n21 Ermou Street, 10563 Athens, Greece'),
      'Οδός Ερμού 21, 10563 Αθήνα',
    );
    // A line in the other script that repeats none of the address's numbers goes on it: a country, a building.
    assert.equal(lineIn('ул. Ленина 5, 620014 Екатеринбург\nRussia'), 'ул. Ленина 5, 620014 Екатеринбург, Russia');
    assert.equal(
      lineIn('ул. Тверская, д. 7, 125009 Москва\nBC Tverskoy Plaza, офис 12'),
      'ул. Тверская, д. 7, 125009 Москва, BC Tverskoy Plaza, офис 12',
    );
  });

  it('drops a label holding a slash from the address it opens', () => {
    assert.equal(lineIn('Straße/Nr.: Große Straße 9\nPLZ/Ort: 26789 Leer'), 'Große Straße 9, 26789 Leer');
  });

  it("reads a Brazilian council's registration (council, state, number) as no address", () => {
    assert.equal(lineIn('Engenheira Civil – CREA-MG 98765'), undefined);
    assert.equal(lineIn('Advogado | OAB/SP 123456'), undefined);
  });

  it('reads a line without a postcode as an address when its country or a known city closes a street or unit', () => {
    assert.equal(lineIn('Kanda Heights 4, Mombasa, Kenya'), 'Kanda Heights 4, Mombasa, Kenya');
    assert.equal(lineIn('Harbour Road, Mombasa'), 'Harbour Road, Mombasa');
    assert.equal(lineIn('Rue du Marché, Lomé, Togo'), 'Rue du Marché, Lomé, Togo');
    // A firm or a title opening the line is no street, though a street word is in it.
    assert.equal(lineIn('Park Lane Capital, London'), undefined);
    assert.equal(lineIn('Head of Sales, Canary Wharf, London'), undefined);
    // Words that name a street and also a body or a trade (estate, cross, court) do not make one; nor does a year or
    // a standard's number before a town.
    assert.equal(lineIn('Head of Real Estate, Dubai'), undefined);
    assert.equal(lineIn('Kenya Red Cross, Nairobi'), undefined);
    assert.equal(lineIn('Since 1998, London'), undefined);
    assert.equal(lineIn('Meet us at MWC 2027, Barcelona'), undefined);
    assert.equal(lineIn('ISO 9001, Deutschland'), undefined);
  });

  it('reads Persian, Urdu, Bengali and Hindi street and house words before a number as a street line', () => {
    assert.equal(lineIn('اصفهان، خیابان چهارباغ، کوچه ۱۲، پلاک ۸'), 'اصفهان، خیابان چهارباغ، کوچه ۱۲، پلاک ۸');
    assert.equal(lineIn('مکان نمبر 45، گلی 9، لاہور'), 'مکان نمبر 45، گلی 9، لاہور');
    assert.equal(lineIn('বাড়ি ৩, রোড ২৭, গুলশান'), 'বাড়ি ৩, রোড ২৭, গুলশান');
    assert.equal(lineIn('मकान २४, गली ५, लाजपत नगर'), 'मकान २४, गली ५, लाजपत नगर');
    // Urdu's house is `مکان نمبر`; `مکان` alone is Persian's `place` (`meeting place: hall 3, floor 2`).
    assert.equal(lineIn('مکان نمبر 45، ماڈل ٹاؤن، لاہور'), 'مکان نمبر 45، ماڈل ٹاؤن، لاہور');
    assert.equal(lineIn('مکان جلسه: سالن ۳، طبقه ۲'), undefined);
    // Persian typed on an Arabic keyboard: ي and ك for ی and ک.
    assert.equal(lineIn('تهران، خيابان آزادي، شماره ۴۵'), 'تهران، خيابان آزادي، شماره ۴۵');
  });

  it('glues no bare number or trade line after a dash onto a street without a plate', () => {
    assert.equal(lineIn('Calle 5 - 2024, Bogotá'), 'Calle 5');
    assert.equal(lineIn('12 High Street - 42, Cambridge'), '12 High Street');
    assert.equal(lineIn('Calle 5 - 23 - Ventas y Servicio'), 'Calle 5');
  });

  it("reads 'gate' as a street only as a Norwegian compound's suffix, not an airport's gate", () => {
    assert.equal(addressIn('Boarding at Gate 12'), undefined);
    assert.equal(lineIn('Slottsgate 12, 0157 Oslo'), 'Slottsgate 12, 0157 Oslo');
  });

  it("joins no word hyphenated at a line's end when the joined text reads as no address", () => {
    const found = addressIn('Northbridge Re-\ninsurance plc\n12 Harbour Street, Leith EH6 6LX');
    assert.equal(found?.value.line, '12 Harbour Street, Leith EH6 6LX');
  });

  it('spans a part cut after a hyphenation join from its own start in the text', () => {
    const text = 'Mailing: Str. Ciocârliei 27, Cluj-Na-\npoca 400372';
    const found = addressIn(text);
    assert.equal(found?.value.line, 'Str. Ciocârliei 27, Cluj-Napoca 400372');
    assert.equal(text.slice(found.start, found.end), 'Str. Ciocârliei 27, Cluj-Na-\npoca 400372');
  });

  it("reads an Argentine CPA as the locality's postcode, the town after it", () => {
    const found = addressIn('Av. Las Heras 2871, piso 5º\nC1425ASF Ciudad Autónoma de Buenos Aires');
    assert.equal(found?.value.postalCode, 'C1425ASF');
    assert.equal(found?.value.country, 'AR');
  });

  it("reads no postcode in a US house number before a compass point ('1450 NE Broadway'), a Dutch one still", () => {
    assert.equal(addressIn('1450 NE Broadway')?.value.postalCode, undefined);
    assert.equal(addressIn('2100 SW Main St')?.value.postalCode, undefined);
    assert.equal(addressIn('Lange Voorhout 9, 2514 EA Den Haag')?.value.postalCode, '2514 EA');
  });

  it("reads a house number before a one-letter compass point ('1450 N Broadway') as a street, no postcode", () => {
    for (const street of ['1450 N Broadway', '12345 W Olive']) {
      assert.equal(addressIn(street)?.value.street, street);
      assert.equal(addressIn(street)?.value.postalCode, undefined);
    }
  });

  it("reads a Dutch postcode with a compass point's letters ('1011 NE') in an address naming the Netherlands", () => {
    const found = addressIn('Keizersgracht 120\n1011 NE Amsterdam\nNetherlands');
    assert.equal(found?.value.postalCode, '1011 NE');
    assert.equal(found?.value.city, 'Amsterdam');
  });

  it('keeps a labelled line under an address that holds no locality yet: it labels a part of the same address', () => {
    assert.equal(addressIn('Street: 12 High St\nPostcode: SY23 1PB')?.value.postalCode, 'SY23 1PB');
  });

  it("ends an address before a comma part naming a register after a label ('Tax ID: NIP …')", () => {
    const text = 'ul. Marszałkowska 140, 00-546 Warszawa, Tax ID: NIP 525-555-41-20';
    assert.equal(lineIn(text), 'ul. Marszałkowska 140, 00-546 Warszawa');
  });

  it('ends the span of an address cut after a hyphenated word it joined where its text ends', () => {
    const text = 'Sarjapur Main Road, Kaikon-\ndrahalli, Bengaluru 560035, Tel +91 80 5555 0163';
    const found = addressIn(text);
    assert.equal(found?.value.line, 'Sarjapur Main Road, Kaikondrahalli, Bengaluru 560035');
    assert.ok(text.slice(found.start, found.end).endsWith('560035'));
  });

  it("closes an address whose country closed the line above with a bare postcode ('Atlanta, Georgia' over '30303'), not a year", () => {
    assert.equal(
      lineIn('55 Peachtree Center Ave\nAtlanta, Georgia\n30303'),
      '55 Peachtree Center Ave, Atlanta, Georgia, 30303',
    );
    assert.equal(lineIn('Friedrichstraße 43\nBerlin, Germany\n2024'), 'Friedrichstraße 43, Berlin, Germany');
  });

  it("drops the label opening an address whose street joined the run by its shape ('Osoite:' over its locality)", () => {
    const found = addressIn('Osoite: Kauppakatu 5\nFI-40100 Jyväskylä');
    assert.equal(found?.value.line, 'Kauppakatu 5, FI-40100 Jyväskylä');
  });

  it("keeps a city-state's locality under a line its country closed ('…, Monaco' over '98000 Monaco') in one address", () => {
    const found = addressIn('7 Rue Grimaldi, Monaco\n98000 Monaco');
    assert.equal(found?.value.line, '7 Rue Grimaldi, Monaco, 98000 Monaco');
  });

  it("opens another address on a line naming another country under one its country closed ('…, Norway')", () => {
    const found = addressIn('Storgata 5, 0155 Oslo, Norway\nKalgoorlie, Australia');
    assert.equal(found?.value.line, 'Storgata 5, 0155 Oslo, Norway');
  });

  it("reads 'S.L.P.' as a Swahili post-office box only opening its line, not Mexico's San Luis Potosí", () => {
    assert.equal(lineIn('S.L.P. 1147, Lushoto, Tanzania'), 'S.L.P. 1147, Lushoto, Tanzania');
    const found = addressIn('Av. Venustiano Carranza 2425\n78000 San Luis Potosí, S.L.P.');
    assert.equal(found?.value.street, 'Av. Venustiano Carranza 2425');
    assert.equal(found?.value.city, 'San Luis Potosí');
  });

  it("keeps a firm whose company word also names a unit ('Lark Studio Ltd') out of the address opening its line", () => {
    const found = addressIn('Lark Studio Ltd, 12 Mill Lane, Leeds LS1 4AB');
    assert.equal(found?.value.line, '12 Mill Lane, Leeds LS1 4AB');
  });

  it("reads a letter as a unit's only when the part is the unit word and its letter ('Block C'), not a name's initial", () => {
    const found = addressIn('Jonathan A Block\n12 Mill Lane, Leeds LS1 4AB');
    assert.equal(found?.value.line, '12 Mill Lane, Leeds LS1 4AB');
  });

  it("reads grouped thousands as a box number beside a box word ('Postbus 10.001'), not a sum above a locality", () => {
    assert.equal(lineIn('Postbus 10.001, 1001 AA Amsterdam'), 'Postbus 10.001, 1001 AA Amsterdam');
    assert.equal(addressIn('Stammkapital 25.000 EUR\n80331 München')?.value.street, undefined);
  });

  it('closes a street with the places and postcode on the lines under it, not with a department or a count', () => {
    // A town and region before a bare postcode; alone, a word and a number may be a pager's or a count.
    assert.equal(
      lineIn('Av. Lara con calle 5, piso 3\nBarquisimeto, Lara 3001'),
      'Av. Lara con calle 5, piso 3, Barquisimeto, Lara 3001',
    );
    assert.equal(
      lineIn('Ward 7, Level 2, Elm Road, York YO24 1AA\nBleep 3318'),
      'Ward 7, Level 2, Elm Road, York YO24 1AA',
    );
    // A line of places in several segments between the street and its postcode line.
    assert.equal(
      writtenLineIn('Rod. PE-060, km 8 – Parque Fabril\nCabo de Santo Agostinho – PE\nCEP 54510-000'),
      'Rod. PE-060, km 8 – Parque Fabril, Cabo de Santo Agostinho – PE, CEP 54510-000',
    );
    // A place after a segment read elsewhere (the contact's name) is a department, no closing place.
    const segments = prepare('Rua das Flores, 120 – Recife/PE – CEP 50010-000\nContato: Ana Lima – Compras')
      .lines.flatMap(splitSegments)
      .filter((s) => !(s.line === 1 && s.order === 0));
    assert.equal(findAddress(segments)?.value.line, 'Rua das Flores, 120, Recife/PE, CEP 50010-000');
  });

  it("reads a kilometre post as a highway's house number, its decimal after a separator only", () => {
    assert.ok(PATTERNS.kilometrePost.test('Carretera Austral Km 117.8'));
    assert.ok(!PATTERNS.kilometrePost.test('Carretera Austral km 1234567'));
    // Hyphened before its `km`, the number is a post (`18-KM Canal Road`); spaced, a distance (`within 18 km`).
    assert.ok(PATTERNS.kilometrePost.test('18-KM Canal Road'));
    assert.ok(!PATTERNS.kilometrePost.test('Free delivery within 18 km'));
  });

  it('reads a line numbered by its kilometre post as a street, whatever word (or none) names the road', () => {
    assert.equal(lineIn('Km. 9, Sasa, Davao City 8000'), 'Km. 9, Sasa, Davao City 8000');
    assert.equal(lineIn('Panamericana Sur Km 23, Machachi, Ecuador'), 'Panamericana Sur Km 23, Machachi, Ecuador');
    assert.equal(lineIn('Free delivery within 18 km'), undefined);
  });

  it('reads a house number with a letter after an ASCII or en dash', () => {
    assert.ok(PATTERNS.houseNumber.test('27-C, Jail Road'));
    assert.ok(PATTERNS.houseNumber.test('27–C, Jail Road'));
  });

  it('reads a Quito house number led by its quarter of the city (norte, sur, este, oeste), then block and house', () => {
    assert.ok(PATTERNS.houseNumber.test('Av. 6 de Diciembre N24-253 y Lizardo García'));
    assert.ok(PATTERNS.houseNumber.test('Calle Toledo Oe5-12'));
    assert.equal(PATTERNS.houseNumber.test('Route N-A'), false);
  });

  it('keeps a comma-ended place under a street as its closing place when no address line follows it, without its comma', () => {
    assert.equal(lineIn('14 Harbour Road,\nKinsale,\nT: +353 21 555 0147'), '14 Harbour Road, Kinsale');
  });

  it('carries only lines of places, units or street names under a comma-ended address line, not a paragraph', () => {
    const found = addressIn('12 Mill Lane,\nThanks again,\nOrla,\n4 Dock Road, Galway H91 E2K3');
    assert.equal(found?.value.line, '12 Mill Lane');
  });

  it("carries no line under an address segment whose comma does not end its line ('12 Mill Lane,  Block C')", () => {
    assert.match(lineIn('12 Mill Lane, · Block C\nHolbeck,\nLeeds LS11 5AB') ?? '', /^12 Mill Lane, Block C,/);
  });

  it('reads floors and units alone as no address, but as one with a street, a town or their country', () => {
    assert.equal(lineIn('Assigned to: Level 2 – Billing\nPriority: High'), undefined);
    assert.equal(lineIn('Unit 7, Block B,\nT: +353 1 555 0142'), undefined);
    assert.equal(lineIn('Suite 400, 1 Main Street'), 'Suite 400, 1 Main Street');
    assert.equal(lineIn('5th Floor, Tower B, Nairobi, Kenya'), '5th Floor, Tower B, Nairobi, Kenya');
  });

  it("drops a label set apart from its colon by a padded column ('Address    : …')", () => {
    assert.equal(
      lineIn('Address    : Plot 42, Sector 11, Uttara, Dhaka-1230'),
      'Plot 42, Sector 11, Uttara, Dhaka-1230',
    );
    assert.equal(lineIn('Dirección\t: Calle Mayor 5, 28013 Madrid'), 'Calle Mayor 5, 28013 Madrid');
  });

  it("reads a form's labelled lines by their values and drops each line's label", () => {
    assert.equal(lineIn('Adres: Havenstraat 14\nPostcode: 3011 AB Rotterdam'), 'Havenstraat 14, 3011 AB Rotterdam');
    assert.equal(lineIn('Straße: Am Kaiserkai 38\nPLZ: 20457\nOrt: Hamburg'), 'Am Kaiserkai 38, 20457, Hamburg');
  });

  it('reads a labelled line by its value only under an address line', () => {
    assert.equal(lineIn('Location: 10115 Berlin\nTeam: Platform'), undefined);
    assert.equal(lineIn('Location: Berlin\n\nSlottsgate 12, 0157 Oslo'), 'Slottsgate 12, 0157 Oslo');
  });

  it("closes an address with a city and its postal district's number, on the street's line or the next", () => {
    assert.equal(lineIn('Av. José Larco 1232 · Miraflores · Lima 18'), 'Av. José Larco 1232, Miraflores, Lima 18');
    assert.equal(lineIn('27 Mountjoy Square\nDublin 1\nTel: +353 1 555 0162'), '27 Mountjoy Square, Dublin 1');
    assert.equal(lineIn('14 Rathgar Road\nDublin 6W'), '14 Rathgar Road, Dublin 6W');
  });

  it('takes no date or unit with its number for a postal district', () => {
    assert.equal(lineIn('27 Mountjoy Square\nMarch 15'), '27 Mountjoy Square');
    assert.equal(lineIn('27 Mountjoy Square\nRoom 12'), '27 Mountjoy Square');
    assert.equal(lineIn('Av. José Larco 1232 · Floor 3'), 'Av. José Larco 1232, Floor 3');
  });

  it('reads a Chinese address numbered by its lane, building, floor or room after its city or district', () => {
    assert.equal(lineIn('成都市高新区天府软件园C栋5楼'), '成都市高新区天府软件园C栋5楼');
    assert.equal(lineIn('台中市西屯區文心路 120 巷 8 號'), '台中市西屯區文心路 120 巷 8 號');
    // A department and its floor, no city before it: no address.
    assert.equal(lineIn('市场部 经理'), undefined);
  });

  it('reads an Arabic-script address by a unit beside its number; a unit word alone names a department', () => {
    assert.equal(lineIn('برج الياسمين، الدور 9، الرياض'), 'برج الياسمين، الدور 9، الرياض');
    assert.equal(lineIn('تبریز، شهرک صنعتی، ساختمان مهر، واحد ۵'), 'تبریز، شهرک صنعتی، ساختمان مهر، واحد ۵');
    assert.equal(lineIn('لاہور، ہال روڈ، دوکان نمبر 7'), 'لاہور، ہال روڈ، دوکان نمبر 7');
    assert.equal(lineIn('کارشناس ارشد، واحد فروش'), undefined);
  });

  it('reads a street or district word among short parts in a script without capitals, its city beside it', () => {
    assert.equal(lineIn('अशोक नगर, प्रयागराज – 211001'), 'अशोक नगर, प्रयागराज, 211001');
    assert.equal(lineIn('ራጉኤል መንገድ፣ ባሕር ዳር'), 'ራጉኤል መንገድ፣ ባሕር ዳር');
    assert.equal(lineIn('காமராஜர் சாலை, மதுரை'), 'காமராஜர் சாலை, மதுரை');
    // Arabic `طريق` (road) typed with Arabic's yeh, not Persian's.
    assert.equal(lineIn('حي الروضة، طريق الأمير سلطان'), 'حي الروضة، طريق الأمير سلطان');
    // The city and district opening the line of a street named without a number.
    assert.equal(lineIn('إربد – الحي الشرقي – شارع الجامعة'), 'إربد, الحي الشرقي, شارع الجامعة');
    // A title and its city, no street or district word: no address.
    assert.equal(lineIn('مدير المبيعات، جدة'), undefined);
    assert.equal(lineIn('विपणन प्रबंधक, इंदौर'), undefined);
  });

  it('joins no time or phone digits after a spaced dash to the town line under them as a wrapped postcode', () => {
    assert.equal(lineIn('Open Mon-Fri 0900 - 1730\nBoone, NC'), undefined);
    assert.equal(lineIn('Skovbo Vænge 7, 3400\nHillerød, Denmark'), 'Skovbo Vænge 7, 3400 Hillerød, Denmark');
  });

  it("reads no registration's number after its label or acronym as a town and its postcode", () => {
    assert.equal(lineIn('RQE 38214'), undefined);
    assert.equal(lineIn('Engenheiro Civil n.º 45102'), undefined);
    assert.equal(lineIn('Av. Larco 1301\nLIMA 15074'), 'Av. Larco 1301, LIMA 15074');
    // An Indian PIN in its two groups of three closes the town before it; a number in three groups after a label is none.
    assert.equal(lineIn('12 Hill Road, Bandra\nMumbai 400 050'), '12 Hill Road, Bandra, Mumbai 400 050');
    assert.equal(lineIn('Licence No. 400 050'), undefined);
    // An Argentine CPA alone under the street, its town after a dash; alone it may be an order's code.
    assert.equal(
      lineIn('Av. Rivadavia 5120, piso 2\nC1424CEP – Ciudad Autónoma de Buenos Aires'),
      'Av. Rivadavia 5120, piso 2, C1424CEP, Ciudad Autónoma de Buenos Aires',
    );
    assert.equal(lineIn('Pedido confirmado\nC1424CEP'), undefined);
  });

  it("reads a Nepali town's ward number after its neighbourhood, before the country", () => {
    assert.equal(lineIn('Jhamsikhel, Lalitpur-3, Nepal'), 'Jhamsikhel, Lalitpur-3, Nepal');
    assert.equal(lineIn('कलंकी, काठमाडौं-१४, नेपाल'), 'कलंकी, काठमाडौं-१४, नेपाल');
  });

  it('opens the address with premises or a street without a number on the line above its locality or post box', () => {
    assert.equal(
      lineIn('Block D, Westpoint Business Park\nSligo, F91 K2X4'),
      'Block D, Westpoint Business Park, Sligo, F91 K2X4',
    );
    assert.equal(
      lineIn('Tahlia Street, Al Andalus District\nP.O. Box 23144, Jeddah 21426'),
      'Tahlia Street, Al Andalus District, P.O. Box 23144, Jeddah 21426',
    );
  });

  it("reads a six-digit postcode before its town, and an Indian PIN closed by its state's abbreviation in brackets", () => {
    assert.equal(
      lineIn('Bd. Eroilor nr. 5\n500030 Brașov, jud. Brașov'),
      'Bd. Eroilor nr. 5, 500030 Brașov, jud. Brașov',
    );
    assert.equal(
      lineIn('E-7, Mansarovar Industrial Area,\nJaipur - 302020 (Raj.)'),
      'E-7, Mansarovar Industrial Area, Jaipur, 302020 (Raj.)',
    );
  });

  it("leaves out a form item's letter and its address label, though the street alone reads as no street line", () => {
    assert.equal(
      lineIn('a) Adresi: Gazi Mah. Ilgaz Cad. No: 17, 06560 Yenimahalle/Ankara'),
      'Gazi Mah. Ilgaz Cad. No: 17, 06560 Yenimahalle/Ankara',
    );
    assert.equal(
      lineIn('Endereço: R. Pamplona, 845, Jardim Paulista, SP, 01405-001'),
      'R. Pamplona, 845, Jardim Paulista, SP, 01405-001',
    );
  });

  it('closes a street with the labelled town, postal code and bracketed province under it', () => {
    assert.equal(
      lineIn('Domicilio: Calle Real, 22\nLocalidad y código postal: Castrillo de la Vega, 45210 (Toledo)'),
      'Calle Real, 22, Castrillo de la Vega, 45210 (Toledo)',
    );
  });

  it('reads a South Asian building word as standing for a house number before the town its PIN follows', () => {
    assert.equal(lineIn('Jeevan Sadan, Bandra East, Mumbai – 400051'), 'Jeevan Sadan, Bandra East, Mumbai, 400051');
  });

  it("reads no address in a street word and its number alone (a venue's stage)", () => {
    assert.equal(lineIn('Talk: "Ledger migrations" · Stage 3 · 11:20–11:50'), undefined);
    assert.equal(lineIn('Postfach 1234\n20095 Hamburg'), 'Postfach 1234, 20095 Hamburg');
  });

  it('reads a French hamlet or business zone as standing where a street would, before the street on its line too', () => {
    assert.equal(lineIn('Lieu-dit Le Mas Neuf\n46300 Gourdon'), 'Lieu-dit Le Mas Neuf, 46300 Gourdon');
    assert.equal(
      writtenLineIn('ZA du Moulin Neuf – 14, rue des Artisans\n35510 Cesson-Sévigné'),
      'ZA du Moulin Neuf – 14, rue des Artisans, 35510 Cesson-Sévigné',
    );
  });

  it("goes on past a firm's name alone between the premises and their street, leaving the name out", () => {
    assert.equal(
      lineIn(
        'Centre for Sleep Medicine, Floor 4\nRiverside University Hospitals NHS Trust\nAshgrove Road, Bolton BL3 6QA',
      ),
      'Centre for Sleep Medicine, Floor 4, Ashgrove Road, Bolton BL3 6QA',
    );
  });

  it('joins the town, postal code and country a form labels each, on lines of their own or in columns', () => {
    assert.equal(
      writtenLineIn('Ulica: ul. Lipowa 3\nMiejscowość: Zielonka\nKod pocztowy: 05-220\nNumer telefonu: 22 761 20 40'),
      'ul. Lipowa 3, Zielonka, 05-220',
    );
    assert.equal(
      writtenLineIn('Adresse postale : 9 rue du Lavoir\nVille : Saumur    Code postal : 49400    Pays : France'),
      '9 rue du Lavoir, Saumur, 49400, France',
    );
  });

  it('joins a field whose every label word names a locality or qualifies one, not one a locality word only ends', () => {
    assert.equal(
      writtenLineIn('Mailing Street: 40 Quarry Lane\nMailing City: Dunmore\nZip/Postal Code: 18512'),
      '40 Quarry Lane, Dunmore, 18512',
    );
    assert.equal(
      writtenLineIn('Adresse postale : 9 rue du Lavoir\nVille : Saumur\nSales region: West'),
      '9 rue du Lavoir, Saumur',
    );
  });

  it("keeps a phone labelled by a word that is also a postal code's (Turkish `Cep:`) out of the address", () => {
    assert.equal(
      writtenLineIn('Atatürk Cad. No: 12, 06420 Çankaya/Ankara\nCep: 0532 111 22 33'),
      'Atatürk Cad. No: 12, 06420 Çankaya/Ankara',
    );
  });

  it('reads a street named without a number before its postcode and town on one line', () => {
    assert.equal(writtenLineIn('Chemin du Lavoir – 41120 Chailles'), 'Chemin du Lavoir – 41120 Chailles');
    assert.equal(
      writtenLineIn('Camí del Mas, s/n · 08730 Santa Margarida'),
      'Camí del Mas, s/n, 08730 Santa Margarida',
    );
    // A firm's name before the town is no street.
    assert.equal(writtenLineIn('Domaine Fleury SARL – 41120 Chailles'), '41120 Chailles');
  });

  it("gives no office's label opening the address, whatever the rest of its segment reads as alone", () => {
    assert.equal(
      writtenLineIn('Pune: 5th Floor, Sahyadri Plaza, Prabhat Road, Pune – 411 016 | +91 20 6612 4410'),
      '5th Floor, Sahyadri Plaza, Prabhat Road, Pune – 411 016',
    );
  });

  it("keeps a trade licence's number above the address out of it", () => {
    assert.equal(
      lineIn('Gas Safe Reg. 654321\nUnit 3, Heol Gwyrdd Trading Estate, Swansea SA5 4HJ'),
      'Unit 3, Heol Gwyrdd Trading Estate, Swansea SA5 4HJ',
    );
  });
});

describe('addressKind', () => {
  it("reads no address in a price list's amount run on into the next row's label", () => {
    assert.equal(addressKind('£1,680 Subtotal'), undefined);
    assert.equal(addressKind('1.280 € Zwischensumme'), undefined);
  });

  it("reads no trade licence's or registration's number as a town and its postcode", () => {
    for (const text of ['Gas Safe Reg. 654321', 'Lic. No. PL 52918', 'AMI 23456', 'RERA BRN: 51123', 'PIRB reg. 40213'])
      assert.equal(addressKind(text), undefined, text);
    // A street whose name holds a register's word keeps its number.
    assert.equal(addressKind('Calle del Registro 12'), 'street');
  });
});

describe('addressFromFields', () => {
  it("keeps the fields' order (town, then postal code) unless the source writes the code first, as the corpus labels a vCard's ADR", () => {
    const fields = { street: 'Strandgade 73', city: 'København K', postalCode: '1401', country: 'Danmark' };
    assert.equal(addressFromFields(fields)?.line, 'Strandgade 73, København K, 1401, Danmark');
    assert.equal(addressFromFields(fields, true)?.line, 'Strandgade 73, 1401 København K, Danmark');
  });
});

describe('findAddress: world signatures', () => {
  it('opens an Indian address with the locality and town before the PIN after its dash, with no street', () => {
    assert.equal(writtenLineIn('Vyttila, Kochi – 682019, Kerala'), 'Vyttila, Kochi – 682019, Kerala');
  });

  it('reads no extension after a labelled office number as a street, nor a bank branch number as a postcode', () => {
    assert.equal(addressKind('Bureau : 418 555-0143, poste 12'), undefined);
    assert.equal(addressKind('Office: 418 555-0143 ext. 12'), undefined);
    assert.equal(addressKind('Branch 051001'), undefined);
    assert.equal(addressKind('Mumbai 400013'), 'locality');
  });

  it('reads a Welsh street word, so a bilingual street line keeps its Welsh half', () => {
    assert.equal(addressKind('5 Stryd Fawr'), 'street');
    assert.equal(
      writtenLineIn('5 Stryd Fawr / 5 High Street, Abertawe / Swansea SA1 1LE'),
      '5 Stryd Fawr / 5 High Street, Abertawe / Swansea SA1 1LE',
    );
  });

  it('keeps an estate or hamlet named before the postcode and town after a dash, not a firm or a column', () => {
    assert.equal(
      writtenLineIn('Parco Tecnologico Lotto B7 – 35127 Padova'),
      'Parco Tecnologico Lotto B7 – 35127 Padova',
    );
    assert.equal(writtenLineIn('Le Clos Rouge · 71150 Chagny'), 'Le Clos Rouge, 71150 Chagny');
    assert.equal(writtenLineIn('Vignobles Ferrand SARL – 71150 Chagny'), '71150 Chagny');
    assert.equal(writtenLineIn('Le Clos Rouge          71150 Chagny'), '71150 Chagny');
  });

  it('reads a Dutch postcode with compass letters before a known town as a locality, a US compass street as a street', () => {
    assert.equal(addressKind('2511 NW Den Haag'), 'locality');
    assert.equal(addressKind('2200 NW Lovejoy'), 'street');
  });

  it("keeps a Japanese building's line closed by its floor under the street, not a Chinese address ending in a floor", () => {
    assert.equal(
      lineIn('〒460-0003\n愛知県名古屋市中区錦2-5-12\n錦セントラルタワー 14階'),
      '〒460-0003, 愛知県名古屋市中区錦2-5-12, 錦セントラルタワー 14階',
    );
    assert.equal(addressKind('中山大厦 5F'), undefined);
  });

  it('reads a known town before a Japanese postcode as a locality, not a local number after its label', () => {
    assert.equal(addressKind('Kyoto 604-8005'), 'locality');
    assert.equal(addressKind('Mobile 555-0142'), undefined);
    assert.equal(addressKind('Toronto 555-0142'), undefined);
  });

  it('opens a Japanese address at its postal mark, a label or name before it aside', () => {
    assert.equal(
      writtenLineIn('勤務先\u3000\u3000〒812-0011 福岡県福岡市博多区博多駅前2-9-14 5F'),
      '〒812-0011 福岡県福岡市博多区博多駅前2-9-14 5F',
    );
  });
});

describe('openingFirm', () => {
  const firmOf = (text: string): string | undefined =>
    openingFirm({ text, start: 0, end: text.length, line: 0, order: 0 })?.text;

  it('gives the firm opening an address line before its comma', () => {
    assert.equal(firmOf('Conservas Cantábricas S.L., Polígono de Raos, 39011 Santander'), 'Conservas Cantábricas S.L.');
  });

  it('gives nothing after a label or c/o: that firm is a client or one the sender is reached through', () => {
    assert.equal(firmOf('Auftraggeber: Wasserverband Hollenbrück AöR, Am Wasserturm 9'), undefined);
    assert.equal(firmOf('c/o Harbourside Business Centre Ltd, 2 Dock Street, Leith'), undefined);
  });

  it('gives nothing when an estate is named right before its postcode and town: it is where no street runs', () => {
    assert.equal(firmOf('Tenuta Poggio Alto, 53024 Montalcino'), undefined);
    assert.equal(firmOf('Tenuta Poggio Alto S.r.l., 53024 Montalcino'), 'Tenuta Poggio Alto S.r.l.');
  });

  it('gives nothing when the line opens with a street or a place', () => {
    assert.equal(firmOf('Am Wasserturm 3, 12345 Kleinmünster'), undefined);
    assert.equal(firmOf('Limerick Enterprise Park, Raheen, Limerick'), undefined);
  });
});

describe('findAddress: an address inside a sentence', () => {
  it('ends at the comma before words of the sentence alone, but keeps a town typed in lower case', () => {
    assert.equal(
      lineIn('Storgatan 4, 111 22 Stockholm, om du vill skicka det per post'),
      'Storgatan 4, 111 22 Stockholm',
    );
    assert.equal(lineIn('rua augusta 100, são paulo, se quiser mandar por correio'), 'rua augusta 100, são paulo');
  });
});

describe('isCompoundStreet', () => {
  it('reads a Dutch compound street after a title and a name as a street', () => {
    assert.equal(isCompoundStreet('Koningin Julianaplein 7'), true);
    assert.equal(isCompoundStreet('Van Eeghenstraat 12'), true);
  });
  it('reads no degree or service line ending in -ring, -park or -markt as a street', () => {
    assert.equal(isCompoundStreet('Electrical Engineering 2025'), false);
    assert.equal(isCompoundStreet('MSc Mechanical Engineering 2026'), false);
    assert.equal(isCompoundStreet('Outdoor Catering 24'), false);
    assert.equal(isCompoundStreet('Smart Manufacturing 4.0'), false);
  });
  it('takes no address label written without its colon into the street', () => {
    assert.equal(isCompoundStreet('Postadres Lindekade 14'), false);
  });
});

describe('a US locality', () => {
  it('closes with a US region’s code, not a registration’s letters', () => {
    assert.equal(PATTERNS.usLocality.exec('Contractor licence EC 40912'), null);
    assert.equal(PATTERNS.usLocality.exec('Hagåtña, GU 96910')?.[2], 'GU');
    assert.equal(PATTERNS.usLocality.exec('Majuro, MH 96960'), null);
  });
});
