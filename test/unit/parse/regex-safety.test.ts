// Every regular expression in src/parse: no nested quantifiers (the shape behind catastrophic
// backtracking), and all of them in the one table (patterns.ts), each with a sample in a comment.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PATTERNS } from '../../../src/parse/patterns';
import { repoRoot } from '../../parser/corpus';

const PARSE_DIR = path.join(repoRoot(), 'src/parse');

/**
 * True when a quantified group (`(…)*`, `(…)+`, `(…)?`, `(…){n}`) contains a quantifier itself.
 * Escapes and character classes are skipped; lookbehinds/lookaheads count as groups.
 */
export function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      stack.push(false);
      if (source.charAt(i + 1) === '?') i++; // `(?:`, `(?=`, `(?<!` are not quantifiers
    } else if (ch === ')') {
      const inner = stack.pop() ?? false;
      const next = source.charAt(i + 1);
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (quantified && inner) return true;
      if (stack.length > 0 && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((ch === '*' || ch === '+' || ch === '?' || ch === '{') && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** Regex literals in TypeScript source (a `/` where an expression may start), roughly but safely. */
function regexLiterals(code: string): string[] {
  const found: string[] = [];
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`\\])\/\/.*$/gmu, '$1');
  const start = /(?:^|[=(,:[!&|?{};]|\breturn)\s*\/(?![/*])/gmu;
  for (const m of withoutComments.matchAll(start)) {
    let i = (m.index ?? 0) + m[0].length;
    let inClass = false;
    let body = '';
    for (; i < withoutComments.length; i++) {
      const ch = withoutComments.charAt(i);
      if (ch === '\n') break;
      if (ch === '\\') {
        body += ch + withoutComments.charAt(++i);
        continue;
      }
      if (inClass && ch === ']') inClass = false;
      else if (!inClass && ch === '[') inClass = true;
      else if (!inClass && ch === '/') {
        found.push(body);
        break;
      }
      body += ch;
    }
  }
  return found;
}

describe('parser regexes', () => {
  it('the checker itself catches nested quantifiers', () => {
    assert.ok(hasNestedQuantifier('(a+)+'));
    assert.ok(hasNestedQuantifier('(?:\\s?\\d){3,}'));
    assert.ok(hasNestedQuantifier('((?:ab)*c)+'));
    assert.ok(!hasNestedQuantifier('(?:www\\.)?[a-z]{2,24}'));
    assert.ok(!hasNestedQuantifier('[(+)*]+\\(x+\\)*'));
  });

  for (const [name, pattern] of Object.entries(PATTERNS)) {
    it(`PATTERNS.${name} has no nested quantifier`, () => {
      assert.ok(!hasNestedQuantifier(pattern.source), pattern.source);
    });
  }

  for (const file of fs.readdirSync(PARSE_DIR).filter((f) => f.endsWith('.ts'))) {
    it(`${file}: every regex literal is nested-quantifier free${file === 'patterns.ts' ? '' : ' and there are none outside the table'}`, () => {
      const literals = regexLiterals(fs.readFileSync(path.join(PARSE_DIR, file), 'utf8'));
      for (const literal of literals) assert.ok(!hasNestedQuantifier(literal), `${file}: /${literal}/`);
      if (file !== 'patterns.ts')
        assert.deepEqual(literals, [], `${file} holds regex literals; move them to patterns.ts`);
    });
  }

  it('every table entry has a sample comment', () => {
    const source = fs.readFileSync(path.join(PARSE_DIR, 'patterns.ts'), 'utf8');
    for (const name of Object.keys(PATTERNS)) {
      assert.match(source, new RegExp(`/\\*\\*[^\\n]*\\*/\\n\\s*${name}:`, 'u'), `${name} lacks a /** sample */ line`);
    }
  });
});
