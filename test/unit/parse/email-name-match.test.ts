// Whether a name's words spell an address: a double-barrelled family name is spelled by either of its parts.
import * as assert from 'node:assert/strict';
import { matchesEmail, type NameToken } from '../../../src/parse/names';

const tokens = (name: string): NameToken[] => name.split(' ').map((text) => ({ text, start: 0, end: text.length }));

describe('matchesEmail', () => {
  it('reads each part of a hyphenated family name against the address', () => {
    assert.equal(matchesEmail(tokens('Lucie Horáková-Malá'), 'l.horakova@strojvys.example'), true);
    assert.equal(matchesEmail(tokens('Theresa Pöll-Wimmer'), 't.poell@donaulogistik.example'), true);
    assert.equal(matchesEmail(tokens('Maria Brandt-Feld'), 'feld.m@acme.example'), true);
  });

  it('still matches the whole hyphenated word', () => {
    assert.equal(matchesEmail(tokens('Ana Costa-Reis'), 'ana.costa-reis@acme.example'), true);
  });

  it('reads no name in the department’s word filing an address (`purchase.sd@`)', () => {
    assert.equal(matchesEmail(tokens('Purchase'), 'purchase.sd@valvetec.example'), false);
    assert.equal(matchesEmail(tokens('Carmen Ruiz'), 'compras.cruiz@valvetec.example'), true);
  });

  it('finds no match when no part is spelled', () => {
    assert.equal(matchesEmail(tokens('Lucie Horáková-Malá'), 'office@strojvys.example'), false);
    assert.equal(matchesEmail(tokens('Sąd Rejonowy'), 'a.kaczmarek@polimerex.example'), false);
  });
});

describe('matchesEmail of a Cyrillic name', () => {
  it('reads the address by the name’s romanisation, whichever spelling of its vowels and of х or ц', () => {
    assert.equal(matchesEmail(tokens('Кузьмин Олег'), 'o.kuzmin@tehnoprofil.example'), true);
    assert.equal(matchesEmail(tokens('Харитонова Юлия'), 'iuliia.kharitonova@volga.example'), true);
    assert.equal(matchesEmail(tokens('Цветков Игорь'), 'i.cvetkov@volga.example'), true);
  });

  it('finds no match in an address romanising another name', () => {
    assert.equal(matchesEmail(tokens('Кузьмин Олег'), 'a.petrov@tehnoprofil.example'), false);
  });
});
