// A paste that lost its line breaks (runOn.ts): the body, the sign-off and the signature on one line are
// broken into the lines a reader sees; a sentence that merely mentions an address or a number stays whole.
import * as assert from 'node:assert/strict';
import { restoreRunOnLines } from '../../../src/parse/runOn';
import { prepare } from '../../../src/parse/text';

const linesOf = (text: string): string[] => restoreRunOnLines(prepare(text)).lines.map((l) => l.text.trim());

describe('a paste that lost its line breaks', () => {
  it('breaks at the sign-off, after the name, at labels, around the address and link', () => {
    assert.deepEqual(
      linesOf(
        'See you Tuesday. Best regards, Ines Carvalho Head of Design | Loomwise Studio Lda. ' +
          'Tel. +351 21 555 0142 ines@loomwise.example www.loomwise.example',
      ),
      [
        'See you Tuesday.',
        'Best regards,',
        'Ines Carvalho',
        'Head of Design | Loomwise Studio Lda.',
        'Tel. +351 21 555 0142',
        'ines@loomwise.example',
        'www.loomwise.example',
      ],
    );
  });

  it('reads a line that opens with an emoji (an empty opening before a surrogate pair is passed once)', () => {
    assert.deepEqual(linesOf('🙂 Thanks! Best regards, Ana Ruiz ana.ruiz@lumbre.example +34 612 555 014'), [
      '🙂 Thanks!',
      'Best regards,',
      'Ana Ruiz',
      'ana.ruiz@lumbre.example',
      '+34 612 555 014',
    ]);
  });

  it('ends the firm at its legal form, not inside a form of several parts', () => {
    assert.deepEqual(
      linesOf(
        'Danke! Viele Grüße, Jonas Keller Vertrieb Keller & Rau GmbH & Co. KG Hauptstraße 4, 80331 München T: 089 5550142',
      ),
      [
        'Danke!',
        'Viele Grüße,',
        'Jonas Keller',
        'Vertrieb Keller & Rau GmbH & Co. KG',
        'Hauptstraße 4, 80331 München',
        'T: 089 5550142',
      ],
    );
  });

  it('goes on with the firm past a legal form that no address follows', () => {
    assert.deepEqual(
      linesOf(
        'Noted. Kind regards, Chidi Obi Principal Partner | Obi & Co. Chartered Accountants ' +
          'Tel: +234 803 555 0142 chidi@obiandco.example',
      ),
      [
        'Noted.',
        'Kind regards,',
        'Chidi Obi',
        'Principal Partner | Obi & Co. Chartered Accountants',
        'Tel: +234 803 555 0142',
        'chidi@obiandco.example',
      ],
    );
  });

  it('cuts a sign-off written without its comma off the signature on its line', () => {
    assert.deepEqual(linesOf('Mvh Ingrid Solberg · Innkjøpsleder · Nordkapp Verft AS · +47 917 44 208'), [
      'Mvh',
      'Ingrid Solberg',
      '· Innkjøpsleder · Nordkapp Verft AS · +47 917 44 208',
    ]);
    assert.deepEqual(linesOf('Mit freundlichen Grüßen Katrin Vogel\nEinkaufsleiterin'), [
      'Mit freundlichen Grüßen',
      'Katrin Vogel',
      'Einkaufsleiterin',
    ]);
  });

  it('leaves a line opening with a sign-off word whole where no name follows it, or where no sign-off stands', () => {
    for (const line of [
      'Best regards to your team and thanks again.',
      'Ciao Marco Rossi,',
      // A listed sign-off that is a given name too, with no full name after it: the signer's own name.
      'Ty Johnson | Acme Corp | Tel. +1 919 555 0142 | ty.johnson@acme.example',
      'Best Value Hotels & Suites',
      'Best regards,\nIngrid Solberg',
      // Below the signer's name, not after a sentence, a line opening with `Best` is the signature's own.
      'Ingrid Solberg\nNordkapp Verft AS\nBest Employer Awards, 2024',
    ])
      assert.deepEqual(linesOf(line), line.split('\n'));
  });

  it('leaves a sentence that mentions an address and a number whole', () => {
    const line = 'Thanks, I will forward it to ops@quarry.example and call the depot on +44 161 555 0190 later today.';
    assert.deepEqual(linesOf(line), [line]);
  });

  it('leaves a line without a sign-off whole', () => {
    const line = 'Please send the invoice to billing@quarry.example, quoting PO 4471, or phone +44 161 555 0190.';
    assert.deepEqual(linesOf(line), [line]);
  });
});
