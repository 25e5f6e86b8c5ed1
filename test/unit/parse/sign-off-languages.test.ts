// Sign-offs of the languages the names rules read (Afrikaans, Persian, Welsh, Irish, Kazakh, Kyrgyz, Malay, India's scripts,
// Georgian, Armenian): each closes a message.
import * as assert from 'node:assert/strict';
import { isSignOff } from '../../../src/parse/readable';

describe('sign-offs of more languages', () => {
  it('reads a sign-off that is also a family name only as a line of its own', () => {
    assert.equal(isSignOff('Thân,'), true);
    assert.equal(isSignOff('Asante,'), true);
    assert.equal(isSignOff('Thân Quốc Bảo'), false);
    assert.equal(isSignOff('Asante Yaw Boakye'), false);
  });

  it('close a message', () => {
    for (const text of [
      'Vriendelike groete',
      'Baie dankie,',
      'با احترام،',
      'با سلام و احترام',
      'Diolch yn fawr,',
      'Cofion cynnes,',
      'Le meas,',
      'Is mise le meas,',
      'Құрметпен,',
      'Урматтоо менен,',
      'Terima kasih,',
      'Hormat saya,',
      'Көп рахмет,',
      'Чоң рахмат,',
      'நன்றி,',
      'அன்புடன்,',
      'આભાર,',
      'ধন্যবাদ',
      'ధన్యవాదాలు,',
      'भवदीय,',
      'პატივისცემით,',
      'Հարգանքով,',
    ])
      assert.ok(isSignOff(text), text);
  });

  it('leave a given name that is also a word of thanks alone (Рахмат)', () => {
    assert.ok(!isSignOff('Рахмат'));
    assert.ok(!isSignOff('Рахмат Каримов'));
  });

  it('read the informal sign-offs of Portuguese, Spanish, French and Italian, spelled out or abbreviated', () => {
    for (const text of [
      'Bjs,',
      'Beijinhos',
      'Abçs,',
      'Besos,',
      'Un abrazo fuerte,',
      'Bises,',
      'Bisous',
      'Un abbraccio,',
    ])
      assert.equal(isSignOff(text), true, text);
  });
});
