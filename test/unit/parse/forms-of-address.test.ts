// Forms of address read off a name line (names.ts nameTokens, vocabulary.ts HONORIFICS and THAI_GLUED_HONORIFICS).
import * as assert from 'node:assert/strict';
import { nameTokens } from '../../../src/parse/names';

const words = (line: string): string[] | undefined => nameTokens(line, 0)?.map((t) => t.text);

describe('forms of address before a name', () => {
  it('drops how pupils address a teacher (Dutch `Juf`, `Meester`, Māori `Whaea`) and a mark of signing (`gez.`)', () => {
    assert.deepEqual(words('Juf Marloes van Dijken'), ['Marloes', 'van', 'Dijken']);
    assert.deepEqual(words('Whaea Mere Te Awa'), ['Mere', 'Te', 'Awa']);
    assert.deepEqual(words('gez. Dr. Annelie Vosskamp'), ['Annelie', 'Vosskamp']);
  });

  it('reads a booking platform’s host tag as no name word', () => {
    assert.equal(nameTokens('Superhost', 0), undefined);
    assert.deepEqual(words('Ewa Host'), undefined);
    // Nor is a platform's heading over the message it passes on a name.
    assert.equal(nameTokens('Mensagem de Airbnb', 0), undefined);
  });

  it("drops a German-speaking university's PD or apl. before a doctorate only, not a name's initials", () => {
    assert.deepEqual(words('PD Dr. med. Jonas Albrecht'), ['Jonas', 'Albrecht']);
    assert.deepEqual(words('apl. Prof. Dr. Ilka Wendt'), ['Ilka', 'Wendt']);
    assert.deepEqual(words('PD Sharma'), ['PD', 'Sharma']);
  });

  it('drops the Burmese `Daw` and the Hungarian `ifj.` like any honorific', () => {
    assert.deepEqual(words('Daw Thiri Aung San'), ['Thiri', 'Aung', 'San']);
    assert.deepEqual(words('ifj. Horváth Levente'), ['Horváth', 'Levente']);
  });

  it('cuts a Thai form of address glued to the given name, the longest one first', () => {
    const [given] = nameTokens('นางสาวกมลชนก ทองดี', 10) ?? [];
    assert.equal(given?.text, 'กมลชนก');
    assert.equal(given?.start, 10 + 'นางสาว'.length);
    assert.deepEqual(words('นายธนากร ศรีประเสริฐ'), ['ธนากร', 'ศรีประเสริฐ']);
  });

  it('cuts no more than leaves a given name opening with a letter', () => {
    // Mrs Sawitri: `นางสาว` (Miss) would leave a vowel sign, no name, so `นาง` (Mrs) is the form of address.
    assert.deepEqual(words('นางสาวิตรี บุญมาก'), ['สาวิตรี', 'บุญมาก']);
  });

  it('drops a Thai form of address written apart from the name like any honorific', () => {
    // not cut down to `นาง` (Mrs) with `สาว` left over as the given name
    assert.deepEqual(words('นางสาว กมลชนก ทองดี'), ['กมลชนก', 'ทองดี']);
    assert.deepEqual(words('นาย ธนากร ศรีประเสริฐ'), ['ธนากร', 'ศรีประเสริฐ']);
  });

  it('drops two degrees joined by the Latin `et` (Czech and Slovak double degrees)', () => {
    assert.deepEqual(words('Mgr. et Mgr. Veronika Málková'), ['Veronika', 'Málková']);
    assert.deepEqual(words('MUDr. et MUDr. Tomáš Kováčik'), ['Tomáš', 'Kováčik']);
    // not before a name: `et` is no honorific of its own
    assert.deepEqual(words('Et Mgr. Veronika'), undefined);
  });

  it('reads past an unlisted capitalised abbreviation or a word closed by a slash before two name words', () => {
    assert.deepEqual(words('Alh. Musa Danjuma Bello'), ['Musa', 'Danjuma', 'Bello']);
    assert.deepEqual(words('Abg. Rizal Hakim'), ['Rizal', 'Hakim']);
    assert.deepEqual(words('المحامي/ طارق حسن'), ['طارق', 'حسن']);
    // a street's abbreviation opens no name (`Av.` for avenida), nor does one before a single word
    assert.equal(words('Av. Getúlio Vargas'), undefined);
    assert.equal(words('Abg. Rizal'), undefined);
  });

  it('cuts abbreviated titles glued to a given name in a script without case at their last point', () => {
    assert.deepEqual(words('ผศ.ดร.สุดารัตน์ ใจงาม'), ['สุดารัตน์', 'ใจงาม']);
    assert.deepEqual(words('น.ส.วรรณา ทองมี'), ['วรรณา', 'ทองมี']);
    assert.deepEqual(words('د.رامي الحداد'), ['رامي', 'الحداد']);
  });

  it('leaves a short given name that opens like one whole', () => {
    assert.deepEqual(words('นายก ทองดี'), ['นายก', 'ทองดี']);
  });

  it('cuts the Thai `คุณ` (Khun) glued to the given name, not a name opening with it and a vowel sign', () => {
    assert.deepEqual(words('คุณวิภาวรรณ ทองมณี'), ['วิภาวรรณ', 'ทองมณี']);
    assert.deepEqual(words('คุณากร ทองมณี'), ['คุณากร', 'ทองมณี']);
  });

  it('drops the Māori `Whaea` and `Matua` like any honorific', () => {
    assert.deepEqual(words('Whaea Aroha Ngata'), ['Aroha', 'Ngata']);
    assert.deepEqual(words('Matua Hemi Rangihuna'), ['Hemi', 'Rangihuna']);
  });

  it('drops Cyrillic degrees and ranks written lower-case before a name, a comma after the degrees too', () => {
    assert.deepEqual(words('инж. Стоян Василев Кирилов'), ['Стоян', 'Василев', 'Кирилов']);
    assert.deepEqual(words('д.т.н., проф. Тарас Богданович Гнатюк'), ['Тарас', 'Богданович', 'Гнатюк']);
    assert.deepEqual(words('Dr., Prof. Jane Doe'), ['Jane', 'Doe']);
    assert.deepEqual(words('д.ф.-м.н. Олег Петренко'), ['Олег', 'Петренко']);
    // a science degree counts only with its points: without, `Кен` is a given name
    assert.deepEqual(words('Кен Лю'), ['Кен', 'Лю']);
    // the full rank word opens a title line, no name
    assert.equal(nameTokens('доцент кафедри фінансів', 0), undefined);
  });

  it('drops the French `Pr` (professeur) and the Arabic forms of address in both genders', () => {
    assert.deepEqual(words('Pr Odile Marchetti-Roux'), ['Odile', 'Marchetti-Roux']);
    assert.deepEqual(words('الدكتورة ليلى حداد'), ['ليلى', 'حداد']);
    assert.deepEqual(words('المهندسة سلمى القاسم'), ['سلمى', 'القاسم']);
    assert.deepEqual(words('السيد كريم ناصر'), ['كريم', 'ناصر']);
  });

  it('drops a lower-case profession before a capitalised name, and keeps a capitalised one as a name word', () => {
    assert.deepEqual(words('адвокат Драгана Милосављевић'), ['Драгана', 'Милосављевић']);
    assert.deepEqual(words('advokat Nikola Jovanović'), ['Nikola', 'Jovanović']);
    assert.deepEqual(words('Docent Anna Berg')?.includes('Docent'), true);
  });

  it('drops a Japanese or Korean degree written before the name, with its field (`博士（工学）`, `공학박사`)', () => {
    assert.deepEqual(words('博士（工学）　内藤 正和'), ['内藤', '正和']);
    assert.deepEqual(words('理学博士 佐藤 花子'), ['佐藤', '花子']);
    assert.deepEqual(words('공학박사 김 민수'), ['김', '민수']);
  });

  it('reads no name in a first-person `I’m`, but keeps Catalan’s `i` between family names', () => {
    assert.equal(nameTokens("I'm Sophie", 0), undefined);
    assert.deepEqual(words('Jordi Casals i Roura'), ['Jordi', 'Casals', 'i', 'Roura']);
  });
});
