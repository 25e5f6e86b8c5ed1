// Free-mail providers (gmail.com, gmx.de, …): an address there says nothing about the company and is
// the person's own, not their work address. The one list the parser and the company suggestion use:
// freemail's (willwhite/freemail), bundled as text into the lazily loaded parser bundle, with the
// newer providers it does not list yet.
import FREE_MAIL_DOMAINS from 'freemail/data/free.txt';

const NOT_YET_IN_PACKAGE = ['proton.me', 'pm.me', 'hey.com', 'tutanota.com', 'daum.net', 'shaw.ca'];

let domains: Set<string> | undefined;

/** True for a free-mail provider's domain (and its subdomains: mail.yahoo.co.uk). */
export function isFreeMailDomain(domain: string): boolean {
  domains ??= new Set(
    FREE_MAIL_DOMAINS.split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean)
      .concat(NOT_YET_IN_PACKAGE),
  );
  const name = domain.trim().toLowerCase();
  const labels = (name.endsWith('.') ? name.slice(0, -1) : name).split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    if (domains.has(labels.slice(start).join('.'))) return true;
  }
  return false;
}
