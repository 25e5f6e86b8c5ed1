// An address written with its `@` (and maybe its dots) as bracketed words, to keep it from address
// harvesters: `lucia(at)firma.example`, `ana [at] norte [dot] pt`, `jo (arroba) rete (punto) es`. A line
// holding one is read with the address written out, padded to the line's length, each character
// keeping the offset it was read from (as letterSpacing.ts closes a spaced-out line).
import type { ClosedLine } from './letterSpacing';
import { MAX_EMAIL_LOCAL } from './limits';
import { PATTERNS } from './patterns';

interface Revealed {
  /** Where the address starts and ends in the line (its local part's first character, its domain's end). */
  start: number;
  end: number;
  address: string;
  /** For each character of `address`, the offset in the line it was read from. */
  sourceAt: number[];
}

/** The domain after an at-word ending at `from`: labels joined by dots, written or bracketed. */
function domainAfter(line: string, from: number): { labels: string[]; starts: number[]; end: number } {
  const labels: string[] = [];
  const starts: number[] = [];
  let at = from;
  let end = from;
  for (;;) {
    PATTERNS.domainLabel.lastIndex = at;
    const label = PATTERNS.domainLabel.exec(line);
    if (!label) break;
    labels.push(label[0]);
    starts.push(at);
    end = at + label[0].length;
    PATTERNS.obfuscatedDot.lastIndex = end;
    const dot = PATTERNS.obfuscatedDot.exec(line);
    if (!dot) break;
    at = end + dot[0].length;
  }
  return { labels, starts, end };
}

/** The address around the at-word `marker` found at `at`, when what it spells is one. */
function revealAt(line: string, at: number, marker: string): Revealed | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_EMAIL_LOCAL && PATTERNS.emailLocalChar.test(line.charAt(start - 1))) start--;
  const local = line.slice(start, at);
  const { labels, starts, end } = domainAfter(line, at + marker.length);
  const address = `${local}@${labels.join('.')}`;
  // `see note (at) top` spells no address: a domain has a dot and ends in a lower-case top-level word.
  const tld = labels[labels.length - 1] ?? '';
  if (!local || labels.length < 2 || !PATTERNS.lowerAsciiWord.test(tld) || !PATTERNS.email.test(address))
    return undefined;
  const sourceAt: number[] = [];
  for (let i = start; i <= at; i++) sourceAt.push(i);
  labels.forEach((label, k) => {
    if (k > 0) sourceAt.push((starts[k] as number) - 1);
    for (let i = 0; i < label.length; i++) sourceAt.push((starts[k] as number) + i);
  });
  return { start, end, address, sourceAt };
}

/** `line` with each bracketed-word address written out; undefined when it holds none. */
export function revealObfuscatedEmails(line: string): ClosedLine | undefined {
  if (!PATTERNS.hasObfuscatedAt.test(line)) return undefined;
  let out = '';
  const sourceAt: number[] = [];
  let copied = 0;
  for (const marker of line.matchAll(PATTERNS.obfuscatedAt)) {
    const at = marker.index ?? 0;
    if (at < copied) continue;
    const found = revealAt(line, at, marker[0]);
    if (!found) continue;
    for (let i = copied; i < found.start; i++) sourceAt.push(i);
    out += line.slice(copied, found.start) + found.address;
    sourceAt.push(...found.sourceAt);
    copied = found.end;
  }
  if (copied === 0) return undefined;
  for (let i = copied; i < line.length; i++) sourceAt.push(i);
  out += line.slice(copied);
  // Padded to the line's length, so the lines after it keep their offsets (as a closed-up line is).
  while (out.length < line.length) {
    out += ' ';
    sourceAt.push(line.length - 1);
  }
  sourceAt.push(line.length);
  return { text: out, sourceAt };
}
