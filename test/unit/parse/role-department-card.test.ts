// A Japanese or Korean card's department over the name is its role when no title is written; a title wins.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('a department written over the name on a CJK card', () => {
  it('is the title when the card gives no other role', () => {
    const draft = parse(
      '株式会社 青葉システム\n営業企画部\n佐藤 花子\nTEL 03-5555-0142\nhanako.sato@aoba-kikaku.example\n',
    );
    assert.equal(draft.title, '営業企画部');
    assert.equal(draft.company, '株式会社 青葉システム');
  });

  it('gives way to a title written below the name', () => {
    const draft = parse('株式会社 青葉システム\n営業企画部\n佐藤 花子\n課長\nhanako.sato@aoba-kikaku.example\n');
    assert.notEqual(draft.title, '営業企画部');
  });
});
