// A sender whose mail domain spells their own name (`@lena-kraus.example` for Lena Kraus) works for themselves: the
// line under their name joining two trades with `&` (`Lettering & Illustration`, `Keramik & Glas`) says
// what they do, no firm's name.
import { COMPANY_LEGAL_WEIGHT, companyScore, spellsDomain } from './roleCues';
import { PATTERNS } from './patterns';
import { fold } from './text';

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

/** The mail domain's label (folded) spells a part of the sender's family name, or their given name and initials. */
function spellsSender(label: string, given: string, family: string): boolean {
  if (familyKeys(family).some((key) => label.includes(key))) return true;
  const givenKey = fold(given);
  return givenKey !== '' && label.startsWith(givenKey) && label.length - givenKey.length <= MAX_INITIALS;
}

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
    companyScore(company) < COMPANY_LEGAL_WEIGHT &&
    !spellsDomain(company, label) &&
    !namesSender(company, family) &&
    spellsSender(label, given, family)
  );
}
