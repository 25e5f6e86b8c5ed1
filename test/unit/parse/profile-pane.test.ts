// A chat app's profile pane copied whole: its section headings and local-time line are no title or company.
import assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { PATTERNS } from '../../../src/parse/patterns';

describe('profile pane chrome', () => {
  it("reads a local-time line in the pane's language as a time of day", () => {
    for (const line of ['Local time 4:12 PM', 'Ortszeit 16:12', 'Heure locale 09:40', 'Hora local: 10:05 a. m.'])
      assert.ok(PATTERNS.timeOfDay.test(line), line);
    assert.ok(!PATTERNS.timeOfDay.test('Ortszeit Berlin'));
  });

  it('takes no section heading for the company, in any language', () => {
    for (const heading of ['Contact information', 'Kontaktinformationen', 'Coordonnées', 'Información de contacto']) {
      const got = toPlainContact(
        parseContact(
          `Keoni Kahale\nField Operations Lead\nOrtszeit 16:12\n\n${heading}\nE-Mail-Adresse\nkeoni.kahale@reefworks.example\n`,
        ),
      );
      assert.equal(got.company, undefined, heading);
      assert.equal(got.title, 'Field Operations Lead', heading);
    }
  });
});
