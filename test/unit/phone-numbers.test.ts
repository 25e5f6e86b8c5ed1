// Phone numbers as people type them: which country a number without a country code belongs to,
// the E.164 sent, and the form shown for reading.
import assert from 'node:assert/strict';
import { choosePhoneCountry, likelyRegion } from '../../src/contact/phoneCountry';
import { formatPhoneNumber, normalizePhoneNumber } from '../../src/parse/normalizePhone';

describe('the default phone country', () => {
  const choose = (setting: string, displayLanguage: string, osLocale = 'en-US') =>
    choosePhoneCountry({ setting, displayLanguage, osLocale });

  it('is the likely region of VS Code display language when nothing is set', () => {
    assert.equal(choose('', 'en'), 'US');
    assert.equal(choose('', 'de', 'en-US'), 'DE');
    assert.equal(choose('', 'ja'), 'JP');
    assert.equal(choose('', 'en-gb'), 'GB');
    assert.equal(choose('', 'pt-br'), 'BR');
    assert.equal(choose('', 'zh-tw'), 'TW');
  });

  it('falls back to the OS locale when the display language names no country', () => {
    assert.equal(choose('', 'es-419', 'es-MX'), 'MX'); // Latin America: a continent
    assert.equal(choose('', 'qps-ploc', 'fr-CA'), 'CA'); // VS Code's pseudo-language
    assert.equal(choose('', 'eo', 'nl-NL'), 'NL'); // Esperanto: the world
    assert.equal(choose('', '', 'de-AT'), 'AT');
    assert.equal(choose('', 'not a locale', 'sv'), 'SE');
  });

  it('is what lightfield.defaultPhoneCountry says, in any case, over both', () => {
    assert.equal(choose('GB', 'en'), 'GB');
    assert.equal(choose(' de ', 'en', 'en-US'), 'DE');
  });

  it('ignores a setting that is not a country and reads the languages instead', () => {
    assert.equal(choose('XX', 'en'), 'US');
    assert.equal(choose('UK', 'de'), 'DE'); // the country code is GB
  });

  it('is undefined when nothing names a country', () => {
    assert.equal(choose('', 'eo', 'C'), undefined);
    assert.equal(likelyRegion(''), undefined);
  });
});

describe('phone numbers typed, sent and shown', () => {
  it('reads a US number typed in national format with the default country', () => {
    assert.equal(
      normalizePhoneNumber('(415) 555-0123', choosePhoneCountry({ setting: '', displayLanguage: 'en', osLocale: 'C' })),
      '+14155550123',
    );
    assert.equal(normalizePhoneNumber('(415) 555-0123', undefined), undefined);
  });

  it('shows the default country numbers in national format, others in international format', () => {
    assert.equal(formatPhoneNumber('+14155550123', 'US'), '(415) 555-0123');
    assert.equal(formatPhoneNumber('4155550123', 'US'), '(415) 555-0123');
    assert.equal(formatPhoneNumber('+442079460958', 'US'), '+44 20 7946 0958');
    assert.equal(formatPhoneNumber('+442079460958', 'GB'), '020 7946 0958');
    assert.equal(formatPhoneNumber('+14155550123', 'GB'), '+1 415 555 0123');
    assert.equal(formatPhoneNumber('+14155550123', undefined), '+1 415 555 0123');
  });

  it('keeps an extension, and what it shows reads back to the same wire value', () => {
    assert.equal(formatPhoneNumber('+12025551234 x100', 'US'), '(202) 555-1234 ext. 100');
    for (const [wire, country] of [
      ['+12025551234 x100', 'US'],
      ['+442079460958', 'GB'],
      ['+442079460958', 'US'],
      ['+4930901820', 'DE'],
      ['+819012345678', 'JP'],
    ]) {
      assert.equal(normalizePhoneNumber(formatPhoneNumber(wire, country), country), wire, `${wire} in ${country}`);
    }
  });

  it('leaves what is not a phone number as the user typed it', () => {
    assert.equal(formatPhoneNumber('12', 'US'), '12');
    assert.equal(formatPhoneNumber('call me', 'GB'), 'call me');
  });
});
