// A call note's opener before the caller's name (`Appel de Mme …`, `Ligou o Eng.º …`): no part of the name.
import assert from 'node:assert/strict';
import { nameTokens } from '../../../src/parse/names';
import { PATTERNS } from '../../../src/parse/patterns';

const read = (line: string): string[] | undefined => nameTokens(line, 0)?.map((t) => t.text);

describe("a call note's opener before the caller's name", () => {
  it('reads the name past the opener in English, French, Portuguese, Spanish, Italian, German and Dutch', () => {
    for (const [line, name] of [
      ['Call from Dana Whitfield', ['Dana', 'Whitfield']],
      ['Appel de Mme Odile Ferrand', ['Odile', 'Ferrand']],
      ['Ligou a Dra. Marta Lopes', ['Marta', 'Lopes']],
      ['Llamada de Lucía Ortega', ['Lucía', 'Ortega']],
      ['Chiamata da Marco Bellini', ['Marco', 'Bellini']],
      ['Anruf von Frau Jana Keller', ['Jana', 'Keller']],
      ['Gebeld door Sanne de Wit', ['Sanne', 'de', 'Wit']],
    ] as const)
      assert.deepEqual(read(line), name, line);
  });

  it('reads no opener before a caller ID in capitals (a firm as often as a person) nor inside a line', () => {
    for (const line of ['Call from ACME TENT', 'Missed call from +44 20 7946 0321', 'Notes: call from Dana Whitfield'])
      assert.ok(!PATTERNS.callNoteOpener.test(line), line);
  });
});
