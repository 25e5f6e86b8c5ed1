// The email lightbulb's per-request work, on 10 MB documents: what VS Code asks of it on every
// cursor move (the cursor's line → an `@` near the cursor? → emailAtCursor from the production
// dist/atCursor.js → a lookup among remembered contacts), what loading that bundle costs once, and
// what choosing the action adds (contactBlock). Documents are held as lines, as the extension host
// holds them. Part of `npm run bench:parser`; prints, asserts nothing.
import * as path from 'node:path';
import type * as AtCursor from '../../src/parse/atCursor';
import { hasAtSignNear } from '../../src/parse/addressWindow';
import { MAX_RECENT_CONTACTS, RecentContacts } from '../../src/services/recentContacts';
import { storedWorkspace } from '../../src/services/workspaceStorage';
import { median, quantile } from '../bench/quantile';

const DOCUMENT_CHARS = 10 * 1024 * 1024;
const REQUESTS = 20_000;
const ROUNDS = 7;
const BLOCK_ROUNDS = 101;
const BASE_URL = 'https://api.lightfield.app';
const API_KEY = 'bench-key';
/** What the provider keeps instead of the key (editor/knownContacts.ts). */
const STORED = storedWorkspace({ baseUrl: BASE_URL, apiKey: API_KEY });

const SIGNATURE = ['Best regards,', 'Ana Pereira', 'Head of Research, Example Labs', '+1 415 555 0123'];
const PARAGRAPH = [
  'Update: the vendor shortlist is unchanged, call +1 415 555 0100 or write to team@example.com;',
  'details at https://example.com/x. Bo Li <bo@li.example> agreed to review the numbers by Friday.',
];

/** A long thread of notes, a signature with an address every few paragraphs. */
function manyLines(): string[] {
  const lines: string[] = [];
  for (let chars = 0, n = 0; chars < DOCUMENT_CHARS; n++) {
    const block = n % 5 === 4 ? [...SIGNATURE, `ana.pereira${n}@example.com`, ''] : [...PARAGRAPH, ''];
    for (const line of block) chars += line.length + 1;
    lines.push(...block);
  }
  return lines;
}

/** One line of 10 MB: text without line breaks (a minified file, a log dump). */
function oneLine(): string[] {
  const piece = 'lorem ipsum dolor sit amet, write to ana.pereira@example.com or call +1 415 555 0123; ';
  return [piece.repeat(Math.ceil(DOCUMENT_CHARS / piece.length))];
}

function rememberedContacts(): RecentContacts {
  const store = new Map<string, unknown>();
  const recent = new RecentContacts({
    get: <T>(key: string) => store.get(key) as T | undefined,
    update: async (key, value) => void store.set(key, value),
  });
  for (let i = 0; i < MAX_RECENT_CONTACTS; i++) {
    void recent.remember(BASE_URL, API_KEY, {
      id: `c${i}`,
      name: `Person ${i}`,
      emails: [`person${i}@example.com`],
      httpLink: `https://app.lightfield.app/c${i}`,
    });
  }
  return recent;
}

interface Request {
  line: number;
  column: number;
}

/** Loaded as the extension loads it; the first load is timed (CPU and wall clock). */
function loadAtCursor(): { bundle: typeof AtCursor; cpuMs: number; wallMs: number } {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const bundle = require(path.join(process.cwd(), 'dist/atCursor.js')) as typeof AtCursor;
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { bundle, cpuMs: (used.user + used.system) / 1000, wallMs };
}

let atCursor: typeof AtCursor;

/** What the provider does per request, minus VS Code's own call overhead. */
function provide(lines: readonly string[], recent: RecentContacts, request: Request): unknown {
  const line = lines[request.line] ?? '';
  if (!hasAtSignNear(line, request.column)) return undefined;
  const found = atCursor.emailAtCursor(line, request.column);
  return found && recent.findIn(STORED, [found.email]);
}

/** Median over ROUNDS of the mean time per request; then each request timed alone, for p99 and max. */
function time(lines: readonly string[], recent: RecentContacts, requests: readonly Request[]) {
  const means: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    for (const request of requests) provide(lines, recent, request);
    means.push(Number(process.hrtime.bigint() - started) / 1e6 / requests.length);
  }
  const single = requests.map((request) => {
    const started = process.hrtime.bigint();
    provide(lines, recent, request);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  return { mean: median(means), p99: quantile(single, 0.99), max: Math.max(...single) };
}

/** Deterministic positions (a linear congruential sequence): every run measures the same requests. */
function positions(lines: readonly string[], onAddress: boolean): Request[] {
  const out: Request[] = [];
  let seed = 12345;
  const next = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % Math.max(1, limit);
  };
  while (out.length < REQUESTS) {
    const line = next(lines.length);
    const text = lines[line] ?? '';
    const at = onAddress ? text.indexOf('@', next(Math.max(1, text.length - 400))) : -1;
    if (onAddress && at < 0) continue;
    out.push({ line, column: onAddress ? at + 2 : next(text.length + 1) });
  }
  return out;
}

export function benchCursor(): void {
  const loaded = loadAtCursor();
  atCursor = loaded.bundle;
  const recent = rememberedContacts();
  const ms = (x: number): string => `${(x * 1000).toFixed(2)} µs`;
  console.log(
    `email lightbulb: dist/atCursor.js loads once, the first time a cursor is near an @: ${loaded.cpuMs.toFixed(2)} ms CPU, ${loaded.wallMs.toFixed(2)} ms wall`,
  );
  console.log(
    `email lightbulb, per request (${REQUESTS} requests × ${ROUNDS} rounds, ${MAX_RECENT_CONTACTS} remembered contacts):`,
  );
  for (const [name, lines] of [
    ['10 MB document, short lines', manyLines()],
    ['10 MB document, one line', oneLine()],
  ] as const) {
    for (const onAddress of [false, true]) {
      const { mean, p99, max } = time(lines, recent, positions(lines, onAddress));
      const where = onAddress ? 'cursor on an address' : 'cursor anywhere';
      console.log(`  ${name}, ${where}: ${ms(mean)} mean, ${ms(p99)} p99, ${ms(max)} max (GC pauses included)`);
    }
    const source: AtCursor.LineSource = { lineCount: lines.length, lineAt: (index) => lines[index] ?? '' };
    const [request] = positions(lines, true);
    const found = request && atCursor.emailAtCursor(lines[request.line] ?? '', request.column);
    if (!request || !found) continue;
    const times: number[] = [];
    let chars = 0;
    for (let round = 0; round < BLOCK_ROUNDS; round++) {
      const started = process.hrtime.bigint();
      chars = atCursor.contactBlock(source, request.line, found.start, found.end).text.length;
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const first = times[0] ?? 0;
    console.log(
      `  ${name}, reading the block when chosen: ${ms(median(times))} median, ${ms(first)} first (${chars} chars)`,
    );
  }
}
