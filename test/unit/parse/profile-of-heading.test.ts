// A profile page's heading that names its owner after the word for `of` (`Perfil de Renata`).
import assert from 'node:assert/strict';
import { isProfileLink, isProfileOfHeading } from '../../../src/parse/names';

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

describe("a profile's link labelled with its owner's given name", () => {
  it('reads the given name beside the word for profile, before it or in the genitive after it, or after `of`', () => {
    for (const label of ['Profil Dian', 'Elins profil', 'Profilo Marco', 'Perfil de Valeria'])
      assert.ok(isProfileLink(label), label);
  });

  it('reads the link written without spaces in Japanese and Chinese, the owner with an honorific or not', () => {
    for (const label of ['高橋さんのプロフィール', '森田様のプロフィール', '王芳的个人资料'])
      assert.ok(isProfileLink(label), label);
  });

  it('reads no firm or full name beside the word as a link', () => {
    for (const line of ['Profil Bau GmbH', 'Perfil de Aluminio Norte', 'Dian Puspitasari', 'Profile', '高橋 健太'])
      assert.ok(!isProfileLink(line), line);
  });
});
