// The confidentiality words of scripts with spaces open a word: inside another word they are not the disclaimer's.
import * as assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

describe('a confidentiality word of a script with spaces', () => {
  it('marks a disclaimer where it opens a word, after an attached prefix or none', () => {
    for (const text of [
      'هذه الرسالة سرية',
      'المعلومات والسرية',
      'הודעה זו סודית',
      'המידע הסודי',
      'Информация конфиденциальна',
    ])
      assert.ok(PATTERNS.disclaimer.test(text), text);
  });

  it('does not mark a word it sits inside (he `יסודי` elementary, ar `الأسرية` family)', () => {
    for (const text of ['בית ספר יסודי הדקלים', 'مركز الاستشارات الأسرية', 'عيادة أسرية'])
      assert.ok(!PATTERNS.disclaimer.test(text), text);
  });

  it('still reads a word of a script without spaces anywhere (`本メールには機密情報`)', () => {
    assert.ok(PATTERNS.disclaimer.test('本メールには機密情報が含まれます'));
  });
});
