// A self-introduction's words presenting someone else (message.ts introCandidate): `this is X, our …` is no writer.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

describe('a person presented with the writer’s possessive', () => {
  it('is not the writer, who signs below', () => {
    const notes = [
      'Hi Petra — this is Ilias Grammenos, our new account lead for Greece.\n\nBest,\nTamsin Rook',
      'Коллеги, это Игорь Белоусов, наш новый менеджер по закупкам.\n\nС уважением,\nTamsin Rook',
      'Hi Petra — this is Ilias Grammenos (our new account lead for Greece).\n\nBest,\nTamsin Rook',
      'Hi Petra — this is Ilias Grammenos, one of our new account leads.\n\nBest,\nTamsin Rook',
      'Коллеги, это Игорь Белоусов, наши новые правила он объяснит.\n\nС уважением,\nTamsin Rook',
    ];
    for (const note of notes) assert.equal(parseContact(note).lastName?.value, 'Rook', note);
  });

  it('leaves a self-introduction whose name is followed by a possessive of the writer who signs with it', () => {
    const notes: [string, string][] = [
      ['Hi Petra, this is Anna Berg, my direct line is 555 0134.\n\nBest,\nAnna', 'Berg'],
      ['Hola, soy Ilias Grammenos, mi equipo y yo queremos saludarte.\n\nIlias', 'Grammenos'],
      ['Hello, this is Wei Chen, MA, from Harbour Clinic. Could we talk?', 'Chen'],
      ['Hi, this is Min Zhao, Min for short, from Harbour Clinic. Could we talk?', 'Zhao'],
    ];
    for (const [note, last] of notes) assert.equal(parseContact(note).lastName?.value, last, note);
  });

  it('leaves a self-introduction followed by a role the writer holds', () => {
    const d = parseContact("Hi Dana, I'm Farida Rahimi, a product lead at Brightwater Labs. Could we talk?");
    assert.equal(d.lastName?.value, 'Rahimi');
  });
});
