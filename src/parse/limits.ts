// Named thresholds. Every number the parser tunes on lives here, with why.

/**
 * Input size cap (UTF-16 code units, ~1 MiB). Only this much of the input is read; the rest is
 * ignored and the draft says `truncated: true`. The newest message and its signature come first in
 * any selection, so nothing a user would select for a contact lives past it.
 */
export const MAX_INPUT_CHARS = 1024 * 1024;

/** A phone number has at least this many digits; fewer (`No: 185`, `Unit 12`) number something else. */
export const MIN_PHONE_DIGITS = 7;

/** Lines longer than this are prose (or binary noise): never split, never a name, never a signature. */
export const MAX_LINE_CHARS = 1000;

/** A signature segment (name, title, company) is short; longer segments are prose. */
export const MAX_SEGMENT_CHARS = 160;

/** Name lines: at most this many characters and words (after honorifics and credentials go). */
export const MAX_NAME_CHARS = 70;
export const MAX_NAME_TOKENS = 5;

/** Title/company candidates longer than this are sentences, not labels. */
export const MAX_ROLE_WORDS = 9;
/** Title and company lines stand this many lines from the name at most (a signature, a card, a letterhead). */
export const MAX_ROLE_LINES_FROM_NAME = 40;
/** A title followed only by its fields after commas (roles.ts isFieldedTitle) may run this long. */
export const MAX_FIELDED_TITLE_WORDS = 12;

/** Prose: this many words with at least this share starting in lower case. */
export const PROSE_MIN_WORDS = 4;
export const PROSE_LOWERCASE_SHARE = 0.5;
/** A valediction line carries at most this many words ("Cheers mate", "Thanks again!"). */
export const MAX_VALEDICTION_WORDS = 4;

/**
 * A contact is read from the first and last lines of the newest message: a header or introduction
 * opens it, the sign-off and signature close it. Longest labelled message: under 70 lines.
 */
export const MESSAGE_HEAD_LINES = 150;
export const MESSAGE_TAIL_LINES = 150;

/** An Outlook header block (From/Sent/To/Subject) spans at most this many lines. */
export const HEADER_BLOCK_LINES = 6;
/** A tool's captions over the mail header it shows (thread.ts isToolCaption): a few lines at most. */
export const MAX_CAPTION_LINES = 3;

/** Email parts, per RFC 5321 limits. */
export const MAX_EMAIL_LOCAL = 64;
export const MAX_EMAIL_DOMAIN = 253;
/** Blanks a line may trail after an address a scan spaced out (patterns.ts spacedEmail). */
export const MAX_TRAILING_BLANKS = 8;

/** Lines below a name that still count as "contact details nearby" for scoring the name. */
export const NAME_CONTEXT_LINES = 4;

/** Name-candidate scores (see names.ts); a multi-word candidate needs MIN_NAME_SCORE. */
export const SCORE_MULTI_WORD = 2;
export const SCORE_EMAIL_MATCH = 4;
export const SCORE_AFTER_VALEDICTION = 2;
export const SCORE_CONTACT_NEARBY = 2;
export const SCORE_PARAGRAPH_START = 1;
/** A name line over a title line (titleUnder in message.ts): a badge's, a signature's under a line of prose. */
export const SCORE_TITLE_UNDER = 1;
export const SCORE_HEADER_SENDER = 5;
export const SCORE_SELF_INTRO = 4;
/** A name a document's sentence refers its reader to (`please contact Ana Reyes`): below a signature's name. */
export const SCORE_REFERRED_CONTACT = 1;
/** A one-word self-introduction (`this is Arjun from …`) scores this much less, so a full name written elsewhere outranks it. */
export const SCORE_ONE_WORD_INTRO_PENALTY = 2;
export const MIN_NAME_SCORE = 3;
/** A family name stacked under its given names on a badge runs to at most this many words (`MONTES DE OCA`). */
export const MAX_STACKED_FAMILY_WORDS = 3;

/** Tokens this short are only matched against an email local part exactly, never as substrings. */
export const MIN_EMAIL_MATCH_TOKEN = 3;

/** A given name opening a domain label (`mirelaceramics`) names it from this length; `mark`, `eva`, `dan` open ordinary words. */
export const MIN_DOMAIN_GIVEN_NAME = 5;

/** A writer's possessive this many words after an introduced name presents a colleague (`, one of our …`). */
export const INTRO_POSSESSIVE_WORDS = 3;

// --- several people in one text (people.ts) ---

/** At most this many people are read from one text or file; more say `truncated: true`. */
export const MAX_PEOPLE = 1000;

/** A list of people has at least this many different addresses (one `Name <addr>` is a single contact). */
export const MIN_LIST_ENTRIES = 2;
/**
 * A pasted address list: its entries hold at least this share of the text's visible characters
 * (header keys, labels and separators aside). A message that mentions a few addresses in prose
 * stays far below it; a list with a stray word or a group name (`Team Alpha`) stays above it.
 */
export const MIN_LIST_ENTRY_SHARE = 0.8;
/** An address-list entry (`"Doe, Jane" <jane.doe@x.example>`) is at most this long; longer pieces are prose. */
export const MAX_ENTRY_CHARS = 400;

/** CSV cells longer than this are not read as a value (notes, pasted mail): nothing a contact field holds. */
export const MAX_CELL_CHARS = 1000;
/** A CSV header cell has at most this many words and characters (`Business Country/Region`, `E-mail 2 Address`). */
export const MAX_HEADER_WORDS = 5;
export const MAX_HEADER_CHARS = 60;

/**
 * A card's blocks (card.ts): at most this many blocks of at most this many lines, parted by
 * at most this many blank lines. A business card has three or four blocks of a few lines; a bilingual one
 * (Japanese, Korean, Chinese) may write its name's and title's blocks again in Latin letters, and an OCR scan
 * adds its heading: six.
 */
export const MAX_CARD_BLOCKS = 6;
export const MAX_CARD_BLOCK_LINES = 6;
export const MAX_CARD_BLANK_LINES = 2;
/** Blank lines a letter leaves where the pen signs, between its sign-off (or the firm under it) and the name. */
export const MAX_SIGNING_SPACE_LINES = 4;

// --- the address under the cursor and the block it belongs to (emailAtCursor.ts, contactBlock.ts) ---

/** Lines above and below an address that may belong to its block: taller than any signature. */
export const BLOCK_LINES_UP = 12;
export const BLOCK_LINES_DOWN = 12;
/**
 * A signature split by one blank line (`Name / Title`, blank, `phone | email`) is joined when both
 * parts have at most this many lines, none of them a sentence.
 */
export const MAX_SIGNATURE_PART_LINES = 4;
/** On a line too long to split, the block is this many characters either side of the address. */
export const LONG_LINE_CONTEXT_CHARS = 200;

/**
 * Letters a letter-spaced run (`K A R I N`) spells at least to be closed up: fewer, spaced capitals are
 * initials (`A J P Taylor`). A script without case (`박 지 훈`, a Korean name of three syllables) needs fewer.
 */
export const MIN_SPACED_LETTERS = 4;
export const MIN_SPACED_UNCASED_LETTERS = 3;
/** A wider gap inside a letter-spaced line is a column's, not the gap between its words. */
export const MAX_SPACED_WORD_GAP = 8;
/** Columns an item table's heading row names at least (`Description   Amount`). */
export const MIN_ITEM_COLUMNS = 2;
/** Lines under a related-profiles heading that make it a list of other people's profiles (readable.ts). */
export const MIN_RELATED_PROFILES = 2;
