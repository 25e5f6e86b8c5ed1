// A writer's own sentence giving their role and no firm (`I'm the Head of Client Services.`): message.ts's selfDescribedTitle.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const titleOf = (sentence: string): string | undefined =>
  parseContact(`Hi Priya, this is Jonas Weir from Harbourline Freight.\n${sentence}\njonas.weir@harbourline.example\n`)
    .title?.value;

describe('a role the writer gives in a sentence of their own', () => {
  it('is the title when written as one and closing its sentence', () => {
    assert.equal(titleOf("I'm the Head of Client Services. Sending our deck now"), 'Head of Client Services');
    assert.equal(titleOf("I'm Senior Account Manager, so send it to me"), 'Senior Account Manager');
  });

  it('is none when it runs on into what it covers or names no title', () => {
    assert.equal(titleOf("I'm the Account Manager on the Quayside contract."), undefined);
    assert.equal(titleOf("I'm Sorry for the delay."), undefined);
  });
});
