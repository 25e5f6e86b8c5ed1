// An address whose `@` (and dots) are written as bracketed words is read written out, where it stands.
import * as assert from 'node:assert/strict';
import { revealObfuscatedEmails } from '../../../src/parse/obfuscatedEmail';
import { PATTERNS } from '../../../src/parse/patterns';

const revealed = (line: string): string | undefined => revealObfuscatedEmails(line)?.text.trimEnd();

describe('revealObfuscatedEmails', () => {
  it('writes out a bracketed at-word and dot-words in several languages', () => {
    assert.equal(revealed('lucia(at)firma.example'), 'lucia@firma.example');
    assert.equal(revealed('E-mail: ana [at] norte [dot] pt'), 'E-mail: ana@norte.pt');
    assert.equal(revealed('jo {chiocciola} rete (punto) it, tel. 555'), 'jo@rete.it, tel. 555');
    assert.equal(revealed('p.nowak(małpa)firma(kropka)pl'), 'p.nowak@firma.pl');
  });

  it('keeps the line its length and each character the offset it was read from', () => {
    const line = 'Mail: ana (at) firma.example';
    const closed = revealObfuscatedEmails(line);
    assert.equal(closed?.text.length, line.length);
    assert.equal(closed?.sourceAt[closed.text.indexOf('@')], line.indexOf('(') - 1);
    assert.equal(closed?.sourceAt[closed.text.indexOf('firma')], line.indexOf('firma'));
  });

  it('leaves a bracketed word that spells no address alone', () => {
    assert.equal(revealed('Meet me (at) noon'), undefined);
    assert.equal(revealed('see note (at) Top.Floor'), undefined);
    assert.equal(revealed('(at) firma.example'), undefined);
  });

  it('spares a line without a bracketed at-word the scan, and finds one in any of its languages', () => {
    assert.equal(PATTERNS.hasObfuscatedAt.test('Tel. +49 761 555 0188 (Zentrale)'), false);
    assert.equal(PATTERNS.hasObfuscatedAt.test('jo [Chiocciola] rete.it'), true);
    assert.equal(PATTERNS.hasObfuscatedAt.test('igor(собака)sevles.example'), true);
  });
});
