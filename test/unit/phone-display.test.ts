// Typed phone numbers shown for reading: what the host answers when the user leaves a phone field.
import assert from 'node:assert/strict';
import { buildFormFields } from '../../src/contact/formFields';
import { ObjectDefinitions } from '../../src/lightfield/types';
import { formatPhoneNumber, normalizePhoneNumber } from '../../src/parse/normalizePhone';
import { phonesForReading } from '../../src/webview/phoneDisplay';
import standard from '../fixtures/contact-definitions.json';

const { fields } = buildFormFields(standard as unknown as ObjectDefinitions);
const inUs = (typed: string) => formatPhoneNumber(typed, 'US');
const request = (values: string[], key = '$phone') => ({ type: 'formatPhones' as const, formId: 'f1', key, values });

describe('phone numbers typed into the form, shown for reading', () => {
  it('formats each valid number: national in the default country, international otherwise', () => {
    const typed = ['415.555.0123', '+442079460958', '4155550123'];
    const answer = phonesForReading(request(typed), fields, inUs);
    assert.deepEqual([answer?.type, answer?.formId, answer?.key], ['phonesFormatted', 'f1', '$phone']);
    assert.deepEqual(
      answer?.numbers.map((number) => number.typed),
      typed,
    );
    assert.deepEqual(
      answer?.numbers.map((number) => number.formatted),
      ['(415) 555-0123', '+44 20 7946 0958', '(415) 555-0123'],
    );
  });

  it('keeps an invalid number and an empty input exactly as typed', () => {
    const answer = phonesForReading(request(['555-01', '  ', '(415) 555 0123']), fields, inUs);
    assert.deepEqual(answer?.numbers, [
      { typed: '555-01', formatted: '555-01' },
      { typed: '  ', formatted: '  ' },
      { typed: '(415) 555 0123', formatted: '(415) 555-0123' },
    ]);
  });

  it('says nothing when every number already reads formatted, or none is valid', () => {
    assert.equal(phonesForReading(request(['(415) 555-0123', '+44 20 7946 0958']), fields, inUs), undefined);
    assert.equal(phonesForReading(request(['12', '']), fields, inUs), undefined);
  });

  it('formats only the phone fields of the form', () => {
    assert.equal(phonesForReading(request(['4155550123'], '$title'), fields, inUs), undefined);
    assert.equal(phonesForReading(request(['4155550123'], '$unknown'), fields, inUs), undefined);
  });

  it('never changes what is sent: a formatted number is the same E.164, extension included', () => {
    const typed = ['415.555.0123', '+1 415 555 0123 x7', '202.555.1234 ext:8', '020 7946 0958', '+49 30 901820'];
    for (const country of ['US', 'GB', 'DE', undefined])
      for (const number of typed) {
        const formatted = formatPhoneNumber(number, country);
        assert.equal(normalizePhoneNumber(formatted, country), normalizePhoneNumber(number, country), formatted);
      }
  });
});
