// A business card, or a signature laid out like one, pasted alone: short blocks split by blank lines
// (the firm; the title and name; the numbers and addresses). A careful reader takes the blocks as one
// card: the name finds the contact details two blocks below it, the title and firm above or below it
// are its roles. Bounded: the whole message is the card, a few blocks of a few lines, none holding a
// sentence, a greeting, a sign-off or a form's label, only blank lines between them, one block of
// numbers and mailbox closing it (an address or a site may follow).
import { MAX_CARD_BLANK_LINES, MAX_CARD_BLOCK_LINES, MAX_CARD_BLOCKS } from './limits';
import { PATTERNS } from './patterns';
import type { Line } from './text';

/** What the card reader needs of a message's items: the kind of segment, its text and line, paragraph and block. */
export interface CardItem {
  kind: string;
  para: number;
  /** The paragraph its details are read with: its own, or a card's first. */
  block: number;
  /** A chat message's first line: a chat is no card. */
  opensChatMessage: boolean;
  seg: { text: string; line: number };
}

/** Kinds no card holds: a line of prose, a greeting, a sign-off, a mail header, a form's label (`Säljare:`, an invoice's). */
const NOT_ON_A_CARD: ReadonlySet<string> = new Set(['prose', 'greeting', 'valediction', 'header', 'label']);
/** A card gives a way to reach its holder. */
const REACHES: ReadonlySet<string> = new Set(['email', 'phone']);
/** A card's details: the blocks under its email or phone hold only these (an address, a site), no CV's section. */
const DETAILS: ReadonlySet<string> = new Set(['email', 'phone', 'web', 'address']);

/** The message's items read as one card (each in the block of the first paragraph) when they are one; else as they are. */
export function asCard<T extends CardItem>(items: readonly T[], lines: readonly Line[]): readonly T[] {
  const blocks = blocksOf(items);
  if (blocks.length < 2 || blocks.length > MAX_CARD_BLOCKS) return items;
  // One block gives the numbers and mailbox: two such are two people's (or a card's two sides); only an
  // address or a site may follow it, never a CV's next section.
  const reaching = blocks.map((block) => block.some((x) => REACHES.has(x.kind)));
  const at = reaching.indexOf(true);
  if (at < 0 || reaching.lastIndexOf(true) !== at) return items;
  if (!blocks.slice(at + 1).every((block) => block.every((x) => DETAILS.has(x.kind)))) return items;
  const byIndex = new Map(lines.map((line) => [line.index, line]));
  const parted = (block: T[], i: number): boolean => i === 0 || onlyBlankBetween(blocks[i - 1] as T[], block, byIndex);
  if (!blocks.every((block, i) => isCardBlock(block) && parted(block, i))) return items;
  const block = (items[0] as T).para;
  return items.map((x) => ({ ...x, block }));
}

/**
 * The items, as asCard returns them, are one card: every item in the first paragraph's block. Off a card the
 * last item's block is its own paragraph, the first's only when there is one paragraph (nothing below the name's).
 */
export const isCard = (items: readonly CardItem[]): boolean => items[items.length - 1]?.block === items[0]?.para;

/** Where a paragraph's items are in the message's items, which keep each paragraph's together. */
export interface Paragraph {
  /** Index of its first item. */
  first: number;
  size: number;
}

/** Each paragraph's items (by its number), in order: the card's blocks, the name reader's paragraphs (message.ts). */
export function paragraphsOf<T extends { para: number }>(items: readonly T[]): Map<number, Paragraph> {
  const paragraphs = new Map<number, Paragraph>();
  for (const [i, item] of items.entries()) {
    const paragraph = paragraphs.get(item.para);
    if (paragraph) paragraph.size++;
    else paragraphs.set(item.para, { first: i, size: 1 });
  }
  return paragraphs;
}

/** The items grouped by paragraph, in order. */
function blocksOf<T extends CardItem>(items: readonly T[]): T[][] {
  return [...paragraphsOf(items).values()].map((p) => items.slice(p.first, p.first + p.size));
}

/** A block a card is made of: a few lines, none of them a sentence (sentenceClose), nor of a kind NOT_ON_A_CARD, nor a chat's. */
function isCardBlock(block: readonly CardItem[]): boolean {
  const lines = new Set(block.map((x) => x.seg.line));
  const onCard = (x: CardItem): boolean =>
    !NOT_ON_A_CARD.has(x.kind) &&
    !x.opensChatMessage &&
    (x.kind !== 'text' || !PATTERNS.sentenceClose.test(x.seg.text));
  return lines.size <= MAX_CARD_BLOCK_LINES && block.every(onCard);
}

/** Only a few blank lines (no rule, no line left out) part block `above` from block `below`. */
function onlyBlankBetween(above: readonly CardItem[], below: readonly CardItem[], byIndex: ReadonlyMap<number, Line>) {
  const from = (above[above.length - 1] as CardItem).seg.line + 1;
  const to = (below[0] as CardItem).seg.line;
  if (to - from > MAX_CARD_BLANK_LINES) return false;
  for (let index = from; index < to; index++) if (!byIndex.get(index)?.blank) return false;
  return true;
}
