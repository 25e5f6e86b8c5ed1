// What an API key may look like before it is sent: it travels in the Authorization header, and a
// character a header cannot hold (an invisible zero-width space picked up by a copy, a line break)
// would fail every request as a "network error". Keys are printable ASCII without spaces.

import * as l10n from '@vscode/l10n';

const HEADER_SAFE = /^[\x21-\x7e]+$/;
const FIRST_UNSAFE = /[^\x21-\x7e]/u;

/** Why `apiKey` (already trimmed) cannot be sent, for people to read; undefined when it can. */
export function apiKeyProblem(apiKey: string): string | undefined {
  if (apiKey === '') return l10n.t('The API key is empty.');
  if (HEADER_SAFE.test(apiKey)) return undefined;
  const match = FIRST_UNSAFE.exec(apiKey);
  const character = match?.[0] ?? '';
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const position = (match?.index ?? 0) + 1;
  return /\s/u.test(character)
    ? l10n.t(
        'The API key contains a space or line break ({0}, character {1}), which cannot be sent in an HTTP header. Copy the key again from Lightfield, or remove that character.',
        code,
        position,
      )
    : l10n.t(
        'The API key contains a character that is not plain text ({0}, character {1}), which cannot be sent in an HTTP header. Copy the key again from Lightfield, or remove that character.',
        code,
        position,
      );
}
