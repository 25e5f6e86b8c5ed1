// The address under the cursor (emailAtCursor) and the block it belongs to (contactBlock): what the
// editor's "Create Lightfield Contact for …" code action reads, without ever reading the whole file.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasAtSignNear } from '../../../src/parse/addressWindow';
import { contactBlock, type LineSource } from '../../../src/parse/contactBlock';
import { findEmails } from '../../../src/parse/email';
import { emailAtCursor } from '../../../src/parse/emailAtCursor';
import { parseContact } from '../../../src/parse/index';
import { BLOCK_LINES_DOWN, BLOCK_LINES_UP, LONG_LINE_CONTEXT_CHARS } from '../../../src/parse/limits';

/** Lines of `text`, counting which ones were read. */
function lineSource(text: string): LineSource & { read: Set<number> } {
  const lines = text.split('\n');
  const read = new Set<number>();
  return {
    lineCount: lines.length,
    read,
    lineAt(index: number): string {
      read.add(index);
      return lines[index] ?? '';
    },
  };
}

/** The block around the first address in `text` found on a line holding `marker`. */
function blockAt(text: string, marker: string): ReturnType<typeof contactBlock> {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(marker));
  const column = lines[line]!.indexOf(marker);
  const found = emailAtCursor(lines[line]!, column);
  assert.ok(found, `an address at "${marker}"`);
  return contactBlock(lineSource(text), line, found.start, found.end);
}

describe('emailAtCursor', () => {
  const line = 'Write to Ana.Pereira@Example.com or bo@li.example.';

  it('finds the address from any column inside it, and right after it', () => {
    const start = line.indexOf('Ana');
    const end = start + 'Ana.Pereira@Example.com'.length;
    for (let column = start; column <= end; column++) {
      assert.deepEqual(
        emailAtCursor(line, column),
        { email: 'Ana.Pereira@Example.com', start, end },
        `column ${column}`,
      );
    }
  });

  it('finds nothing beside an address', () => {
    assert.equal(emailAtCursor(line, line.indexOf('Write')), undefined);
    assert.equal(emailAtCursor(line, line.indexOf(' or') + 2), undefined);
    assert.equal(emailAtCursor('no address here, just @handles and a@b', 20), undefined);
    assert.equal(emailAtCursor('', 0), undefined);
  });

  it('picks the address the cursor is on when a line holds several; a trailing period is not part of it', () => {
    assert.equal(emailAtCursor(line, line.indexOf('li.example'))?.email, 'bo@li.example');
    assert.equal(emailAtCursor(line, line.length)?.email, undefined);
    assert.equal(emailAtCursor(line, line.length - 1)?.email, 'bo@li.example');
  });

  it('reads addresses inside angle brackets, Markdown links and mailto:', () => {
    const markdown = '[Ana](mailto:ana@x.example) · <bo@y.example>';
    assert.equal(emailAtCursor(markdown, markdown.indexOf('x.example'))?.email, 'ana@x.example');
    assert.equal(emailAtCursor(markdown, markdown.indexOf('bo@'))?.email, 'bo@y.example');
    assert.equal(emailAtCursor(markdown, markdown.indexOf('mailto')), undefined);
  });

  it('with a selection, offers the address only when the selection lies inside it', () => {
    const start = line.indexOf('bo@');
    assert.equal(emailAtCursor(line, start, start + 'bo@li.example'.length)?.email, 'bo@li.example');
    assert.equal(emailAtCursor(line, start + 2, start + 5)?.email, 'bo@li.example');
    assert.equal(emailAtCursor(line, start - 3, start + 5), undefined);
  });

  it('the cheap check sees an `@` only within an address length of the cursor', () => {
    const local = 'a'.repeat(64);
    const domain = 'b'.repeat(240) + '.example';
    const address = `${local}@${domain}`;
    const padded = `${' '.repeat(400)}${address}${' '.repeat(400)}`;
    assert.ok(hasAtSignNear(padded, 400), 'at the start of the longest local part');
    assert.ok(hasAtSignNear(padded, 400 + address.length), 'at the end of the longest domain');
    assert.equal(emailAtCursor(padded, 400)?.email, address);
    assert.equal(emailAtCursor(padded, 400 + address.length)?.email, address);
    assert.ok(!hasAtSignNear(padded, 300));
    assert.ok(!hasAtSignNear(padded, 400 + address.length + 10));
  });

  it('finds an address in the middle of a 1 MB line', () => {
    const half = 'lorem ipsum '.repeat(45_000);
    const long = `${half}ana@x.example ${half}`;
    assert.deepEqual(emailAtCursor(long, half.length + 3), {
      email: 'ana@x.example',
      start: half.length,
      end: half.length + 'ana@x.example'.length,
    });
    assert.equal(emailAtCursor(long, 10), undefined);
  });

  it("leaves a card scan's spaced address to the whole text's reading: none under the cursor", () => {
    const card = 'E-mail: joris @kustlijn .example';
    assert.deepEqual(
      findEmails(card, 0).map((f) => f.value),
      ['joris@kustlijn.example'],
    );
    assert.equal(emailAtCursor(card, card.indexOf('@')), undefined);
  });

  it('agrees with findEmails on where every address starts and ends', () => {
    const piece = fc.constantFrom(
      'ana@x.example',
      'Bo.Li+news@mail.li.example',
      "o'neil@x-y.example.",
      '@',
      'a@b',
      '..',
      ' ',
      '<',
      '>',
      'mailto:',
      'x',
      'é',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const found = findEmails(text, 0);
        // A card scan's address with stray spaces (`joris @kustlijn .example`, `a@b. xx`) is read from a whole
        // text that ends with it, never offered under the cursor: only addresses written whole must agree.
        for (const address of found.filter((f) => !/\s/u.test(text.slice(f.start, f.end)))) {
          for (let column = address.start; column <= address.end; column++) {
            const atCursor = emailAtCursor(text, column);
            assert.ok(atCursor, `${JSON.stringify(text)} column ${column}`);
            // Touching addresses (`a@x.examplebo@y…` cannot touch, but `…example<b@…` can): either one.
            assert.ok(found.some((f) => f.start === atCursor.start && f.end === atCursor.end));
          }
        }
        for (let column = 0; column <= text.length; column++) {
          const atCursor = emailAtCursor(text, column);
          if (atCursor) assert.ok(found.some((f) => f.start === atCursor.start && f.end === atCursor.end));
          // The activation bundle's cheap check never hides an address.
          if (atCursor) assert.ok(hasAtSignNear(text, column), `hasAtSignNear(${JSON.stringify(text)}, ${column})`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('contactBlock', () => {
  const signature = [
    'Hi Bo,',
    '',
    'Thanks for the call today. I will send the numbers by Friday, and you can reach',
    'me any time this week.',
    '',
    'Best regards,',
    'Ana Pereira',
    'Head of Research, Example Labs',
    '+1 415 555 0123',
    'ana.pereira@example.com',
  ].join('\n');

  it('a signature after the valediction, without the prose above it', () => {
    const block = blockAt(signature, 'ana.pereira@');
    assert.equal(block.text, signature.split('\n').slice(5).join('\n'));
    assert.deepEqual([block.firstLine, block.lastLine], [5, 9]);
    const read = parseContact(block.text);
    assert.equal(read.firstName?.value, 'Ana');
    assert.equal(read.lastName?.value, 'Pereira');
    assert.equal(read.title?.value, 'Head of Research');
    assert.equal(read.email?.value, 'ana.pereira@example.com');
    assert.equal(read.phones[0]?.value.number, '+14155550123');
  });

  for (const [title, text, at, block] of [
    [
      'a prose paragraph holding the address is that paragraph',
      'Intro.\n\nPlease write to Bo Li at bo@li.example about the\ninvoice.\n\nThanks',
      'bo@',
      'Please write to Bo Li at bo@li.example about the\ninvoice.',
    ],
    [
      'joins a name and title above one blank line to the contact details below it',
      'Cheers.\n\nAna Pereira\nHead of Research\n\n+1 415 555 0123 | ana@x.example\n\nP.S. later',
      'ana@',
      'Ana Pereira\nHead of Research\n\n+1 415 555 0123 | ana@x.example',
    ],
    [
      'does not join a sentence above the blank line',
      'Looking forward to it.\n\nana@x.example\n+1 415 555 0123',
      'ana@',
      'ana@x.example\n+1 415 555 0123',
    ],
    [
      'stops at a signature delimiter and at header lines',
      'Body text here\n-- \nAna Pereira\nana@x.example\nFrom: Bo Li <bo@li.example>\nSent: Monday',
      'ana@',
      'Ana Pereira\nana@x.example',
    ],
    [
      'on a header line, is that line alone',
      'From: Ana Pereira <ana@x.example>\nTo: Bo Li <bo@li.example>\nSubject: Hello',
      'ana@',
      'From: Ana Pereira <ana@x.example>',
    ],
  ] as const)
    it(title, () => assert.equal(blockAt(text, at).text, block));

  it('in a quoted reply, keeps to the lines of the same depth and drops the markers', () => {
    const text = [
      'My own text',
      '> On Monday Bo wrote:',
      '> > Bo Li',
      '> > Analyst | +1 415 555 0199',
      '> > bo@li.example',
      '> Their reply',
    ].join('\n');
    assert.equal(blockAt(text, 'bo@').text, 'Bo Li\nAnalyst | +1 415 555 0199\nbo@li.example');
  });

  it('reads a bounded number of lines, however long the document', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `Line ${i} of notes`);
    lines[50_000] = 'ana@x.example';
    const source = lineSource(lines.join('\n'));
    const block = contactBlock(source, 50_000, 0, 'ana@x.example'.length);
    assert.deepEqual([block.firstLine, block.lastLine], [50_000 - BLOCK_LINES_UP, 50_000 + BLOCK_LINES_DOWN]);
    assert.ok(source.read.size <= BLOCK_LINES_UP + BLOCK_LINES_DOWN + 3, `${source.read.size} lines read`);
  });

  it('on a line too long to be a signature, is the text either side of the address', () => {
    const half = 'x '.repeat(300_000);
    const text = `short line\n${half}ana@x.example ${half}\nanother`;
    const block = blockAt(text, 'ana@');
    assert.equal(block.text.length, 2 * LONG_LINE_CONTEXT_CHARS + 'ana@x.example'.length);
    assert.ok(block.text.includes('ana@x.example'));
    assert.deepEqual([block.firstLine, block.lastLine], [1, 1]);
  });
});
