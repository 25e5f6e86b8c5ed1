// An address a business card's scan spelled with stray spaces beside its `@` or dots (email.ts findEmails):
// read without them where nothing but a label stands before it, left alone in a sentence or inside a word.
import * as assert from 'node:assert/strict';
import { findEmails } from '../../../src/parse/email';

const values = (text: string): string[] => findEmails(text, 0).map((e) => e.value);

describe('findEmails on a spaced address', () => {
  it('reads an address spaced beside its @ and dots, after a label or icon, with the span as written', () => {
    assert.deepEqual(values('ana @ firma . example'), ['ana@firma.example']);
    assert.deepEqual(values('E minji.park@saebyeol-tech .example'), ['minji.park@saebyeol-tech.example']);
    assert.deepEqual(values('Email: jo @ acme . co . uk'), ['jo@acme.co.uk']);
    assert.deepEqual(findEmails('✉ ana @firma .example', 10)[0], { value: 'ana@firma.example', start: 12, end: 31 });
  });

  it('leaves a sentence, a space inside a word, a role at a firm and a capitalised end alone', () => {
    assert.deepEqual(values('ping me @anaruiz . thanks'), []);
    assert.deepEqual(values('ana @ firma norte . example'), []);
    assert.deepEqual(values('a@b.c . Thanks'), []);
    assert.deepEqual(values('CTO @ acme.com'), []);
    assert.deepEqual(values('Vendas @ Norteluz . pt'), []);
    assert.deepEqual(values('Betreff: essen @ acht . jetzt'), []);
    assert.deepEqual(values('Tel: 555 @ casa . ok'), []);
    assert.deepEqual(values('Correo: lucia @ norteluz . pt'), ['lucia@norteluz.pt']);
    assert.deepEqual(values('邮箱： wei @ qinglan . example'), ['wei@qinglan.example']);
    assert.deepEqual(values('Correo electrónico : lucia @ norteluz . pt'), ['lucia@norteluz.pt']);
    assert.deepEqual(values(`${'x'.repeat(40)} email: lucia @ norteluz . pt`), []);
    assert.deepEqual(values('write to bob@x.com . see'), ['bob@x.com']);
  });

  it('reads a login spaced beside its @ alone after a label or with a separator, not a role at a firm', () => {
    assert.deepEqual(values('E  ruth @ kilnandkite.example'), ['ruth@kilnandkite.example']);
    assert.deepEqual(values('emeka.nwosu @ okonjo-logistics.example'), ['emeka.nwosu@okonjo-logistics.example']);
    assert.deepEqual(values('founder @ acme.io'), []);
    assert.deepEqual(values('student @ mit.edu'), []);
    assert.deepEqual(values('product @ linear.app'), []);
    assert.deepEqual(values('E  head.sales @ acme.io'), []);
    assert.deepEqual(values('Ruth @ Kilnandkite.example'), []);
  });

  // Speed is measured by `npm run bench:parser`, not here; a pass per `@` to the text's end would outlast
  // mocha's timeout on this megabyte.
  it('does not try an `@` far from the text’s end as a spaced address', () => {
    assert.deepEqual(values('ab @ cd '.repeat(125_000)), []);
  });
});
