// A map or review site's panel opens with the business's name over its rating; a quoted review's author is no signer.
import assert from 'node:assert/strict';
import { listingHeading } from '../../../src/parse/listing';
import { PATTERNS } from '../../../src/parse/patterns';
import { prepare } from '../../../src/parse/text';

const headingOf = (text: string): string | undefined => listingHeading(prepare(text).lines)?.text;

describe('listingHeading', () => {
  it('reads the first line over a rating with stars or a count of reviews, in any language', () => {
    assert.equal(headingOf('Bäckerei Sommer\n4,6 ★★★★★ (311)\nBäckerei'), 'Bäckerei Sommer');
    assert.equal(headingOf('\nLa Petite Cave\n★★★★☆ 4.2 (87 avis)'), 'La Petite Cave');
    assert.equal(headingOf('Kuro Ramen Bar\n4.5 (1,024 reviews)'), 'Kuro Ramen Bar');
    assert.equal(headingOf('Thai Spa Lotus\n⭐ 4.8 · Massage'), 'Thai Spa Lotus');
  });

  it('reads no heading without a rating right under the first line', () => {
    assert.equal(headingOf('Dana Whitfield\nHead of Sales\n(503) 555-0142'), undefined);
    assert.equal(headingOf('Kuro Ramen Bar\n\n4.5 (1,024 reviews)'), undefined);
    assert.equal(headingOf('Release notes\n4.5 million downloads'), undefined);
  });

  it("reads no heading over a rated person's profile: a form of address, post-nominals or a family initial", () => {
    assert.equal(headingOf('Dr. Lena Voss\n★★★★★ 4.9 (52 reviews)'), undefined);
    assert.equal(headingOf('Tomasz W.\n4.8 ★ (19 reviews)'), undefined);
    assert.equal(headingOf('Ruth Adler, DDS\n4.7 (88 reviews)'), undefined);
  });
});

describe('quotedSaying', () => {
  it('reads a quotation and its author after a dash', () => {
    assert.ok(PATTERNS.quotedSaying.test('"Fast, friendly and fair." — Dana R.'));
    assert.ok(PATTERNS.quotedSaying.test('„Top Beratung, gerne wieder!“ – Jens'));
    assert.ok(PATTERNS.quotedSaying.test('« Un accueil parfait. » - Claire M.'));
  });

  it('reads no sentence signed after a dash, nor a quoted word inside a line', () => {
    assert.ok(!PATTERNS.quotedSaying.test('Sounds good, see you Tuesday – Priya'));
    assert.ok(!PATTERNS.quotedSaying.test('Our "winter menu" – starts Monday'));
  });
});
