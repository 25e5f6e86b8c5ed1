// A profile page's heading that names its owner after the word for `of` (`Perfil de Renata`).
import assert from 'node:assert/strict';
import { isProfileOfHeading } from '../../../src/parse/names';

describe('profile headings with the owner after `of`', () => {
  it('reads the heading in Spanish, French, German, Italian and Dutch', () => {
    for (const heading of [
      'Perfil de Renata',
      'Profil de Julien',
      'Profil von Jana Novak',
      'Profilo di Marco',
      'Profiel van Sanne',
    ])
      assert.ok(isProfileOfHeading(heading), heading);
  });

  it('reads no name, company or bare word holding such a word as a profile heading', () => {
    for (const line of ['Perfiles Metálicos del Norte', 'Renata Ochoa de Pardo', 'Profil Bau GmbH', 'Profile'])
      assert.ok(!isProfileOfHeading(line), line);
  });
});
