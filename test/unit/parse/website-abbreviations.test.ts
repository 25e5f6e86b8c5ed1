// A degree or a register's abbreviation (`M.Sc.`, `Org.nr.`) is shaped like a host under a public suffix;
// a short firm's own site, written in lower case, is a site.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const signature = (line: string): string => `Best,\nDana Whitfield\nSenior Engineer, Kto Labs\n${line}\ndana@kto.io\n`;

describe('website: abbreviations shaped like a host', () => {
  it('reads no website from a capitalised or one-letter abbreviation before a public suffix', () => {
    for (const line of ['M.Sc., Ph.D.', 'Org.nr. 556677-8899', 'B.Com (Hons)', 'm.tech, IIT Madras']) {
      assert.equal(parseContact(signature(line)).website, undefined, line);
    }
  });

  it("reads a short firm's own site written bare in lower case, alone or after a label", () => {
    for (const line of ['kto.io | +1 415 555 0142', 'Web: kto.io', 'Site : kto.io']) {
      assert.equal(parseContact(signature(line)).website?.value, 'https://kto.io', line);
    }
  });
});
