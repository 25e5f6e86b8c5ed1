// A chat export's line prefix (`[05/03/2026, 19:02] Name: …`), written date first or time first.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';
import { asciiDigits } from '../../../src/parse/text';

const author = (line: string): string | undefined => PATTERNS.chatPrefix.exec(line)?.[1];

describe('chat line prefix', () => {
  it('reads the author after a date then a time', () => {
    assert.equal(author('[05/03/2026, 19:02:44] Anjali Deshpande: on my way'), 'Anjali Deshpande');
  });

  it('reads the author after a time then a date, 24-hour or 12-hour', () => {
    assert.equal(author('[10:02, 14/07/2025] Tunde Bello: the goods have landed'), 'Tunde Bello');
    assert.equal(author('[4:12 PM, 11/9/2025] Kayode Adebanjo: ready for pickup'), 'Kayode Adebanjo');
  });

  it('reads the author after a stamp without a year, with a dotted time or a day period in any script', () => {
    assert.equal(author('[21/08 14.37] Pak Agus Prasetyo: Selamat siang'), 'Pak Agus Prasetyo');
    assert.equal(author('[9/11/2026, 下午4:27] 黃志明: 李生你好'), '黃志明');
    assert.equal(author('\u200f[3:12 م، 22/4/2025] أبو فهد: السلام عليكم'), 'أبو فهد');
  });

  it('reads the author after a date written year first with spaced dots (Hungarian, Korean)', () => {
    assert.equal(author('[2025. 03. 12. 09:41] Tóth Gergely: Jó reggelt!'), 'Tóth Gergely');
    assert.equal(author('[2025. 3. 12. 오후 2:05] 윤서하: 네'), '윤서하');
  });

  it('reads the author after a time alone whose day period is written before it (KakaoTalk), spaced or not', () => {
    assert.equal(author('[오후 3:05] 박서연 과장: 네 확인했습니다'), '박서연 과장');
    assert.equal(author('[下午3:41] 梁家豪: 收到'), '梁家豪');
  });

  it('reads no author after a time alone whose day period follows it', () => {
    assert.equal(author('[9:00 AM] Keynote: opening remarks'), undefined);
  });

  it('reads no author after a log line stamp with milliseconds', () => {
    assert.equal(author('[2025-05-02 03:14:07,551] ERROR celery.worker: Task failed'), undefined);
  });

  it('reads no author after a time alone or a time and a place', () => {
    assert.equal(author('[10:02] Keynote: opening remarks'), undefined);
    assert.equal(author('[10:02, Room 4] Keynote: opening remarks'), undefined);
  });
});

describe('chat line prefix in Arabic-Indic digits', () => {
  it('reads the author once the digits read as ASCII, past the right-to-left marks after the date’s numbers', () => {
    const line = '\u200f[٢١\u200f/٦\u200f/٢٠٢٥ ١٠:٠٢ ص] ريم الحربي: السلام عليكم';
    assert.equal(author(asciiDigits(line)), 'ريم الحربي');
  });
});

describe('LINE export line prefix', () => {
  const lineAuthor = (line: string): string | undefined => PATTERNS.lineExportPrefix.exec(line)?.[1];

  it('reads the author between the time and the message columns', () => {
    assert.equal(lineAuthor('20:41\tMira Lind\tthanks for today!'), 'Mira Lind');
  });

  it('takes the quote opening a message written over several lines into the prefix', () => {
    assert.equal(PATTERNS.lineExportPrefix.exec('20:43\tMira Lind\t"Lind Design Studio')?.[0], '20:43\tMira Lind\t"');
  });

  it('reads no author from a line with a space, not a tab, after its time', () => {
    assert.equal(lineAuthor('20:41 Mira Lind thanks for today!'), undefined);
  });
});

describe('KakaoTalk PC line prefix', () => {
  const bracketedAuthor = (line: string): string | undefined => PATTERNS.authorStampPrefix.exec(line)?.[1];

  it('reads the author in brackets before the bracketed time with its day period', () => {
    assert.equal(bracketedAuthor('[한소율] [오전 10:04] 네 알겠습니다'), '한소율');
    assert.equal(bracketedAuthor('[高橋 直樹] [午後 3:05] 承知しました'), '高橋 直樹');
  });

  it('reads no author from a bracketed tag before a time alone or a line without the time', () => {
    assert.equal(bracketedAuthor('[Extern] [10:04] Anfrage'), undefined);
    assert.equal(bracketedAuthor('[한소율] 네 알겠습니다'), undefined);
  });
});
