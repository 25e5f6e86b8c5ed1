// A speaker or profile page asks the reader to follow the person (`Follow Amaka: @…`, `Suivez-la : @…`): that
// handle is theirs; a firm's (`Follow us`), another network's (`on Instagram`) or a task's (`Follow up with`) is not.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const page = (line: string): string =>
  `SPEAKERS\n\nDr Imogen Tallis\nHead of Research, Pellow Robotics\n\nImogen builds field robots.\n\n${line}\n`;

describe('twitter: a follow verb before a handle', () => {
  it('reads the handle a follow verb gives the person, in several languages', () => {
    for (const line of [
      'Follow Imogen: @imogen_tallis',
      'Follow: @imogen_tallis',
      'Suivez-la : @imogen_tallis',
      'Folgen Sie Imogen: @imogen_tallis',
      'Síguela: @imogen_tallis',
      'Volg Imogen: @imogen_tallis',
    ]) {
      assert.equal(parseContact(page(line)).twitter?.value, 'imogen_tallis', line);
    }
  });

  it("reads no handle of the firm's or another network's account, a follow-up's or a chat mention", () => {
    for (const line of [
      'Follow us: @pellowrobotics',
      'Suivez-nous : @pellowrobotics',
      'Folgen Sie uns: @pellowrobotics',
      'Follow her on Instagram @imogen_tallis',
      'Follow up with @imogen_tallis',
      'Follow-up: @imogen_tallis',
      'Follow: @here',
    ]) {
      assert.equal(parseContact(page(line)).twitter, undefined, line);
    }
  });
});
