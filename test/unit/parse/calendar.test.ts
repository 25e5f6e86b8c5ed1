// An iCalendar file pasted as text is read as the invitation mail it stands for: its organizer's `From:` line over
// its description's lines, each character keeping its offset.
import assert from 'node:assert/strict';
import { restoreCalendarLines } from '../../../src/parse/calendar';
import { prepare, sourceOffset } from '../../../src/parse/text';

const linesOf = (text: string): string[] =>
  restoreCalendarLines(prepare(text)).lines.map((line) => line.text.trimEnd());

describe('iCalendar files', () => {
  it('reads the organizer as the From line over the description, unescaped, and drops the other properties', () => {
    const text =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nORGANIZER;CN="Roe, Jana":mailto:jana.roe@kestrel-ltd.example\n' +
      'ATTENDEE;CN=Torvald Holm:mailto:torvald@vestfjell.example\nDESCRIPTION:Hi Torvald\\,\\n\\nJana Roe\\nBuyer\\; Kestrel Ltd\n' +
      'LOCATION:Room 2\\, Oslo\nEND:VEVENT\nEND:VCALENDAR';
    assert.deepEqual(linesOf(text), [
      'From: "Roe, Jana" <jana.roe@kestrel-ltd.example>',
      'Hi Torvald,',
      '',
      'Jana Roe',
      'Buyer; Kestrel Ltd',
    ]);
  });

  it('puts the From line first when the organizer is written after the description, and unfolds folded lines', () => {
    const text =
      'BEGIN:VCALENDAR\nPRODID:-//Example//Calendar 1.0//EN\nBEGIN:VEVENT\nDESCRIPTION:Agenda attached.\\nJana Roe\\nKes\n trel Ltd\n' +
      'ORGANIZER;CN=Jana Roe:mailto:jana.roe@kestrel-ltd.example\nEND:VEVENT\nEND:VCALENDAR';
    assert.deepEqual(linesOf(text), [
      'From: Jana Roe <jana.roe@kestrel-ltd.example>',
      'Agenda attached.',
      'Jana Roe',
      'Kestrel Ltd',
    ]);
  });

  it('keeps each character’s offset in the file', () => {
    const text =
      'BEGIN:VCALENDAR\nPRODID:-//Example//Calendar 1.0//EN\nBEGIN:VEVENT\nDESCRIPTION:Thanks\\, Jana\\nKestrel Ltd\n' +
      'ORGANIZER;CN=Jana Roe:mailto:jana.roe@kestrel-ltd.example\nEND:VEVENT\nEND:VCALENDAR';
    const doc = restoreCalendarLines(prepare(text));
    for (const word of ['Kestrel', 'jana.roe@', 'Jana Roe']) {
      const line = doc.lines.find((l) => l.text.includes(word)) as (typeof doc.lines)[number];
      const at = sourceOffset(doc, line.start + line.text.indexOf(word));
      assert.equal(text.slice(at, at + word.length), word);
    }
  });

  it('leaves a text that does not open with a calendar as it is', () => {
    const text = 'See the invite below.\nBEGIN:VEVENT\nDESCRIPTION:Call\nEND:VEVENT';
    assert.deepEqual(linesOf(text), text.split('\n'));
  });
});
