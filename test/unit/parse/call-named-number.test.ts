// A classified ad's call to the reader (`Call or text Boyd 503-…`): the name of whom to call, right before the number.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

const callee = (line: string): string | undefined => PATTERNS.callNamedNumber.exec(line)?.[1];

describe("a classified ad's call to the reader", () => {
  it('reads the name between the call and the number in English, Portuguese, Spanish, French and Swahili', () => {
    for (const [line, name] of [
      ['Serious buyers only. Call or text Wendell 541-555-0132.', 'Wendell'],
      ['Text or call Brandon Whitlock at (253) 555-0147', 'Brandon Whitlock'],
      ['Interessados ligue para Rui: 912 345 678', 'Rui'],
      ['Pregunte por Ana al 55 1234 5678', 'Ana'],
      ['Demandez Léa au 06 12 34 56 78', 'Léa'],
      ['Uliza Baraka 0712 345 678', 'Baraka'],
    ] as const)
      assert.equal(callee(line), name, line);
  });

  it('reads no name without a number right after it, nor a lower-case word', () => {
    for (const line of [
      'Call Wendell after six, his number is below',
      'Call the office 503-555-0132',
      'please text me 503-555-0132',
      'Recall Dana 503-555-0132',
    ])
      assert.equal(callee(line), undefined, line);
  });
});
