// A profile page's heading that names its owner after the word for `of` (`Perfil de Valeria`).
import assert from 'node:assert/strict';
import { isProfileOfHeading } from '../../../src/parse/names';

describe('profile headings with the owner after `of`', () => {
  it('reads the heading in Spanish, French, German, Italian and Dutch', () => {
    for (const heading of [
      'Perfil de Valeria',
      'Profil de Julien',
      'Profil von Jana Novak',
      'Profilo di Marco',
      'Profiel van Sanne',
    ])
      assert.ok(isProfileOfHeading(heading), heading);
  });

  it('takes no name, company or other line that only holds such a word', () => {
    for (const line of ['Perfiles Metálicos del Norte', 'Valeria Quispe de Mamani', 'Profil Bau GmbH', 'Profile'])
      assert.ok(!isProfileOfHeading(line), line);
  });
});
