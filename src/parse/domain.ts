// The organisation behind an email address: its registrable domain by the public-suffix list
// (tldts), so `jane@mail.acme.co.uk` suggests `acme.co.uk`, not the mail host. Free-mail providers
// say nothing about the company.
import { getDomain } from 'tldts';
import { isFreeMailDomain } from './freemail';

/** "jane@mail.acme.co.uk" → "acme.co.uk"; undefined for free-mail, IP literals and bare hosts. */
export function companyDomainOf(email: string): string | undefined {
  const host = email.trim().toLowerCase().split('@')[1];
  if (!host || !host.includes('.') || isFreeMailDomain(host)) return undefined;
  // Private suffixes count (github.io, herokuapp.com): `team.github.io` is the team's, not GitHub's.
  return getDomain(host, { allowPrivateDomains: true }) ?? undefined;
}
