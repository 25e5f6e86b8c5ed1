// Settings are read through one validator (issue #10, finding 6): declared ranges and types, from the manifest.
import assert from 'node:assert/strict';
import { checkSetting } from '../../src/config/settingRules';
import manifest from '../../package.json';

describe('checkSetting', () => {
  const declared = manifest.contributes.configuration.properties['lightfield.requestTimeoutSeconds'];

  it('clamps a number to the range package.json declares, naming the problem', () => {
    // Above 2,147,483 s, setTimeout overflows and fires after 1 ms: every request would time out.
    assert.deepEqual(checkSetting('requestTimeoutSeconds', 3_000_000), {
      value: declared.maximum,
      problem: `The setting lightfield.requestTimeoutSeconds is 3000000, above its maximum, ${declared.maximum}: using ${declared.maximum}.`,
    });
    assert.deepEqual(checkSetting('requestTimeoutSeconds', 0), {
      value: declared.minimum,
      problem: `The setting lightfield.requestTimeoutSeconds is 0, below its minimum, ${declared.minimum}: using ${declared.minimum}.`,
    });
    assert.deepEqual(checkSetting('requestTimeoutSeconds', 45), { value: 45 });
  });

  it('replaces a value of the wrong type by the default', () => {
    for (const wrong of ['60', null, Number.NaN, Infinity, { seconds: 1 }]) {
      const checked = checkSetting('requestTimeoutSeconds', wrong);
      assert.equal(checked.value, declared.default, String(wrong));
      assert.match(checked.problem ?? '', /is not a number: using the default, 30\./);
    }
    assert.deepEqual(checkSetting('hiddenFields', 'lead-source').value, []);
    assert.deepEqual(checkSetting('hiddenFields', ['lead-source', 7]), {
      value: ['lead-source'],
      problem: 'The setting lightfield.hiddenFields holds entries that are not text: they are ignored.',
    });
    assert.equal(checkSetting('baseUrl', 42).value, 'https://api.lightfield.app');
    assert.equal(checkSetting('defaultPhoneCountry', false).value, '');
  });

  it('uses the default, silently, for a setting that is not set', () => {
    assert.deepEqual(checkSetting('requestTimeoutSeconds', undefined), { value: 30 });
    assert.deepEqual(checkSetting('hiddenFields', undefined), { value: [] });
  });
});
