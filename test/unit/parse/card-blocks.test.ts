// A card pasted alone in blocks parted by blank lines (card.ts): the firm's, the title's and name's and the
// numbers' blocks are read as one card; a short note over a signature is no card block.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const read = (text: string) => {
  const c = toPlainContact(parseContact(text));
  return { first: c.firstName, last: c.lastName, title: c.title, company: c.company, phones: c.phones.length };
};

describe('a card in blocks', () => {
  it('reads the name two blocks above its numbers, and the firm in the block over it', () => {
    const card = '株式会社ひばり物流\n\n業務部 係長\n森 健二\n\nTEL 06-5555-0148\nk-mori@hibari-butsuryu.example';
    assert.deepEqual(read(card), {
      first: '健二',
      last: '森',
      title: '業務部 係長',
      company: '株式会社ひばり物流',
      phones: 1,
    });
  });

  it('reads the firm in the block between the name and the numbers', () => {
    const card =
      'Teodor Halvik\nProject Engineer\n\nNorrsken Marin AB\n\n+46 31 555 01 62\nteodor@norrsken-marin.example';
    assert.deepEqual(read(card), {
      first: 'Teodor',
      last: 'Halvik',
      title: 'Project Engineer',
      company: 'Norrsken Marin AB',
      phones: 1,
    });
  });

  it('takes no block of a sentence (a note over the signature) as part of the card', () => {
    const note =
      '견적서 보내드립니다.\n\n오 세진 | 대리\n해오름물산 주식회사\nT. 02-555-0139\nsejin.oh@haeoreum.example';
    assert.deepEqual(read(note), {
      first: '세진',
      last: '오',
      title: '대리',
      company: '해오름물산 주식회사',
      phones: 1,
    });
  });

  it("gives no colleague's block below the name to its holder (a full name opening it is another person's)", () => {
    const card =
      'Marit Solberg\nInnkjøpsleder\n\nEspen Haugland\nDaglig leder\n\n+47 22 55 01 47\nmarit.solberg@fjellvind.example';
    assert.deepEqual(read(card), {
      first: 'Marit',
      last: 'Solberg',
      title: 'Innkjøpsleder',
      company: undefined,
      phones: 1,
    });
  });
});
