// Which country a phone number typed without a country code belongs to. The user's setting wins;
// else the likely region of VS Code's display language ("en" → US, "de" → DE, "en-GB" → GB), which
// Intl derives from CLDR's likely subtags; else the OS locale's. Pure, so the choice is unit-tested.
import { isCountryCode } from './countries';

export interface PhoneCountrySources {
  /** `lightfield.defaultPhoneCountry`, as the user typed it (may be empty). */
  setting: string;
  /** VS Code's display language (`vscode.env.language`), such as "en" or "pt-br". */
  displayLanguage: string;
  /** The locale the extension host's runtime resolved from the OS, such as "de-DE". */
  osLocale: string;
}

/** A two-letter country code, or undefined when none of the sources names a real country. */
export function choosePhoneCountry(sources: PhoneCountrySources): string | undefined {
  const configured = sources.setting.trim().toUpperCase();
  if (isCountryCode(configured)) return configured;
  return likelyRegion(sources.displayLanguage) ?? likelyRegion(sources.osLocale);
}

/** The country a locale names or most likely means; undefined for "eo" (world), "es-419" (a continent), junk. */
export function likelyRegion(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && isCountryCode(region) ? region : undefined;
  } catch {
    return undefined; // not a BCP 47 tag, such as "C" or ""
  }
}
