// Greeting words that are also given names (`Ola`, `Cara`, `Caro`): a bare name line is the signer's, a line
// closed like a greeting still greets.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('a greeting word that is also a given name', () => {
  it('opens the signer name line when the line is not closed like a greeting', () => {
    const draft = parse('Vänliga hälsningar\n\nOla Lindqvist\nInköpschef\nNorrskog Trä AB\nola@norrskog.example\n');
    assert.equal(draft.firstName, 'Ola');
    assert.equal(draft.lastName, 'Lindqvist');
    assert.equal(draft.email, 'ola@norrskog.example');
    assert.equal(draft.company, 'Norrskog Trä AB');
  });

  it('is read as a name, not as vocabulary', () => {
    const draft = parse('Liebe Grüße\nCaro Hoffmann\nTeamleitung Vertrieb\ncaro.hoffmann@wiesental.example\n');
    assert.equal(draft.firstName, 'Caro');
    assert.equal(draft.title, 'Teamleitung Vertrieb');
  });

  it('still greets the reader on a line closed by a comma', () => {
    const draft = parse(
      'Ola Maria,\n\nsegue a proposta.\n\nAtenciosamente,\nJoão Pereira\njoao.pereira@rioverde.example\n',
    );
    assert.equal(draft.firstName, 'João');
    assert.equal(draft.lastName, 'Pereira');
  });

  it('greets on the opening line of an unsigned message without a comma', () => {
    const draft = parse('Cara Federica\n\nti mando il calendario.\n\nGrazie\nsilvia.conti@valdarno.example\n');
    assert.equal(draft.firstName, 'Silvia');
    assert.equal(draft.lastName, 'Conti');
  });

  it('greets without a comma below a header paste, which names the sender', () => {
    const draft = parse(
      'From: tiago.marques@serradouro.example\nTo: ines@obras.example\nSubject: Orçamento\n\nOla Ines\n\nenvio o orçamento.\n\nObrigado\n',
    );
    assert.equal(draft.firstName, 'Tiago');
    assert.equal(draft.lastName, 'Marques');
  });
});
