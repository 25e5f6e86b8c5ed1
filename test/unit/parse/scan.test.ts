// A business card's scan repaired word by word (text.ts repairScan): what it repairs and what it
// must leave as written, each at the same length so offsets hold.
import * as assert from 'node:assert/strict';
import { repairScan, spelledBy } from '../../../src/parse/text';

/** A text repaired as prepare repairs its lines, the text's own words confirming a reading. */
const repaired = (text: string): string => repairScan(text, spelledBy(text));

describe('spelledBy', () => {
  it('knows every run of letters in the text, folded, ASCII or not, and no run it does not write', () => {
    const spells = spelledBy('Kar1n Lund-Ørsted, José@café.example 42');
    for (const word of ['kar', 'n', 'lund', 'orsted', 'jose', 'cafe', 'example']) assert.ok(spells(word), word);
    for (const word of ['karin', 'lundorsted', 'Lund', '42']) assert.ok(!spells(word), word);
  });
});

describe('repairScan', () => {
  it('leaves a digit among letters without case as written: a scan confuses digits with cased letters only', () => {
    assert.equal(repaired('경기도 성남시 분당구 판교2로 45'), '경기도 성남시 분당구 판교2로 45');
    assert.equal(repaired('서울특별시 중구 세종대로1길 12'), '서울특별시 중구 세종대로1길 12');
    assert.equal(repaired('梅田ノースビル10F'), '梅田ノースビル10F');
  });

  it('reads digits inside words as the letters a scan took them for', () => {
    const cases: Array<[string, string]> = [
      ['2200 W. Fu1ton St', '2200 W. Fulton St'],
      ['21 Clerkenwell Cl0se', '21 Clerkenwell Close'],
      ['DR. S0PHIE NGUYEN', 'DR. SOPHIE NGUYEN'],
      ['L1AM O’CONNELL', 'LIAM O’CONNELL'],
      ['GRACE 0KONKWO-ADEYEMI', 'GRACE OKONKWO-ADEYEMI'],
      ['Senior 0utreach Coordinator', 'Senior Outreach Coordinator'],
      ['Te1: +1 (312) 555-0147', 'Tel: +1 (312) 555-0147'],
      ['Ce11:', 'Cell:'],
    ];
    for (const [scanned, typed] of cases) assert.equal(repaired(scanned), typed);
  });

  it('reads a 1 as the letter the text spells the word with; else i between consonants, l after a vowel or a liquid', () => {
    const cases: Array<[string, string]> = [
      ['Kr1stin Dav1d', 'Kristin David'],
      ['Campbel1 Hal1 Wel1s', 'Campbell Hall Wells'],
      ['Kar1 Car1son', 'Karl Carlson'],
      ['Mø1ler Ha1vorsen', 'Møller Halvorsen'],
      // Unconfirmed, a 1 after a vowel and a liquid falls back to l, odd as `Karln` reads; an address
      // spelling the vowel confirms the i.
      ['Kar1n', 'Karln'],
      ['Kar1n karin.lund@x.example', 'Karin karin.lund@x.example'],
      // Anywhere in the word: the address confirms an i beside a vowel, an l between consonants.
      ['Da1sy Ortega daisy.ortega@x.example', 'Daisy Ortega daisy.ortega@x.example'],
      ['Ah1qvist ahlqvist@x.example', 'Ahlqvist ahlqvist@x.example'],
      // A word's first letter closes no syllable.
      ['L1nda R1ta', 'Linda Rita'],
    ];
    for (const [scanned, typed] of cases) assert.equal(repaired(scanned), typed);
  });

  it('reads a zero or one closing a word in capitals, and a lone digit before an apostrophe opening a word', () => {
    const cases: Array<[string, string]> = [
      ['CANTIER0 NAVALE M0LINARI', 'CANTIERO NAVALE MOLINARI'],
      ['FRATELL1 MARTINELL1', 'FRATELLI MARTINELLI'],
      ["12, cours de 1'Esplanade", "12, cours de l'Esplanade"],
      ['c1ôture de 1’exercice', 'clôture de l’exercice'],
      ["Siobhán 0'Brien", "Siobhán O'Brien"],
    ];
    for (const [scanned, typed] of cases) assert.equal(repaired(scanned), typed);
  });

  it('reads letters inside numbers as digits', () => {
    assert.equal(repaired('247 Lakeview Ave, Suite 3OO'), '247 Lakeview Ave, Suite 300');
    assert.equal(repaired('Boston, MA O2110'), 'Boston, MA 02110');
    assert.equal(repaired('San Diego, CA 921O9'), 'San Diego, CA 92109');
  });

  it('leaves postcodes, ordinals, codes, emails, links and handles as written', () => {
    for (const text of [
      'London EC1R 0AA',
      'London SW1A 1AA',
      'Ottawa ON K1A 0B1',
      'Galway H91 YR71',
      '1st Floor, 2nd Stage, 10th Cross',
      'B2B SaaS, Win10, COVID-19, 12A',
      'liam0connell@greenleaf.example',
      'linkedin.com/in/liam0connell',
      'lumen0ptics.example',
      'X: @jdoe1',
      'Skype: jdoe1',
      'lOl',
      'ABC0 KW10 MODEL10',
      "1'30 de retard",
    ])
      assert.equal(repaired(text), text);
  });

  it('keeps every offset: same length, white space as it was', () => {
    const text = 'T  +44 2O 7946 0358\tCl0se  ·  L1AM ';
    assert.equal(repaired(text).length, text.length);
    assert.equal(repaired(text), 'T  +44 20 7946 0358\tClose  ·  LIAM ');
  });
});
