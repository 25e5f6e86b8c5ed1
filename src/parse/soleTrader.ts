// A sender whose mail domain spells their own name (`@lena-kraus.example` for Lena Kraus) works for themselves: the
// line under their name joining trades with `&` (`Lettering & Illustration`, `Keramik & Glas`) says what they do, no
// firm's name.
import { COMPANY_LEGAL_WEIGHT, companyScore, spellsDomain } from './roleCues';
import { PATTERNS } from './patterns';
import { fold, normalizeKey, words } from './text';
import { COMPANY_WORDS, DEPARTMENT_WORDS } from './vocabulary';

/** Letters of a family name the domain must spell for it to be the sender's (`li` is in too many words). */
const MIN_FAMILY_LETTERS = 3;
/** Letters a domain may add after the given name for the initials of the rest (`annawt` for Anna Wright-Tolley). */
const MAX_INITIALS = 3;

/** The family name's parts long enough to tell (`Okonedo-Lisch` → `okonedo`, `lisch`), folded. */
const familyKeys = (family: string): string[] =>
  family
    .split(PATTERNS.namePartBreak)
    .map(fold)
    .filter((key) => key.length >= MIN_FAMILY_LETTERS);

/**
 * The mail domain's label (folded) opens with a part of the sender's family name, their given and family name, or their
 * given name and initials. A family name inside another word is no sign (`Ross` in `@crossway`, `Lee` in `@sleepwell`).
 */
function spellsSender(label: string, given: string, family: string): boolean {
  const joined = label.replaceAll('-', '');
  const givenKey = fold(given);
  const keys = familyKeys(family);
  if (keys.some((key) => joined.startsWith(key) || (givenKey !== '' && joined.startsWith(givenKey + key)))) return true;
  return givenKey !== '' && joined.startsWith(givenKey) && joined.length - givenKey.length <= MAX_INITIALS;
}

/** A word a firm's trade or a field is named with (`Design`, `Photography`, `Marketing`), from the vocabulary. */
const isTradeWord = (w: string): boolean => COMPANY_WORDS.has(normalizeKey(w)) || DEPARTMENT_WORDS.has(normalizeKey(w));

/**
 * `Print & Design`: a side of the `&` names a trade. Partners' names (`Garrow & Pryce`) name none; there is no dictionary
 * to tell every trade from a surname, so one side in the vocabulary is enough (`Keramik & Glas`: `Glas` is a surname too).
 */
const joinsTrades = (company: string): boolean => company.split(' & ').some((side) => words(side).some(isTradeWord));

/** `Aalto & Brandt` from Mia Aalto: a partnership named after the sender is a firm. */
const namesSender = (company: string, family: string): boolean => {
  const keys = new Set(company.split(PATTERNS.namePartBreak).map(fold));
  return familyKeys(family).some((key) => keys.has(key));
};

/**
 * `company` joins trades with `&`, no legal form closes it nor does it spell the domain, while the domain (`label`)
 * spells the sender's own name: their trades, no firm.
 */
export function namesSoleTradersTrades(
  company: string,
  label: string | undefined,
  given: string,
  family: string,
): boolean {
  return (
    label !== undefined &&
    company.includes(' & ') &&
    joinsTrades(company) &&
    companyScore(company) < COMPANY_LEGAL_WEIGHT &&
    !spellsDomain(company, label) &&
    !namesSender(company, family) &&
    spellsSender(label, given, family)
  );
}
