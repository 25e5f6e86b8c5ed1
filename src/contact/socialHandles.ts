// SOCIAL_HANDLE values are written as the full profile URL of the field's service
// (lightfield-api.md §6). People type handles in every form ("@ada", "ada", "twitter.com/ada",
// "https://www.linkedin.com/in/ada/"); this turns each into the one canonical URL, or says why not.
import * as l10n from '@vscode/l10n';
import { isWebAddress, parseUrl } from './webAddress';

interface Service {
  name: string;
  /** Canonical URL prefix, as the API documents it. */
  base: string;
  /** Hosts whose URLs, and whose subdomains' URLs (www., m., de.), belong to this service. */
  hosts: string[];
  /** Path prefixes a profile URL may have; the first is used for a bare handle. */
  sections: string[];
  handle: RegExp;
}

const SERVICES: Record<string, Service> = {
  TWITTER: {
    name: 'X (Twitter)',
    base: 'https://x.com/',
    hosts: ['x.com', 'twitter.com'],
    sections: [''],
    handle: /^[A-Za-z0-9_]{1,15}$/,
  },
  LINKEDIN: {
    name: 'LinkedIn',
    base: 'https://linkedin.com/',
    hosts: ['linkedin.com'],
    sections: ['in/', 'company/'],
    handle: /^[\p{L}\p{N}_%.-]{2,100}$/u,
  },
  FACEBOOK: {
    name: 'Facebook',
    base: 'https://facebook.com/',
    hosts: ['facebook.com', 'fb.com'],
    sections: [''],
    handle: /^[A-Za-z0-9.]{1,50}$/,
  },
  INSTAGRAM: {
    name: 'Instagram',
    base: 'https://www.instagram.com/',
    hosts: ['instagram.com'],
    sections: [''],
    handle: /^[A-Za-z0-9._]{1,30}$/,
  },
};

export type ProfileUrl = { ok: true; url: string } | { ok: false; error: string };

/** The canonical profile URL for what was typed, for the given `handleService`. */
export function toProfileUrl(typed: string, handleService: string | undefined): ProfileUrl {
  const input = typed.trim();
  const service = handleService ? SERVICES[handleService.toUpperCase()] : undefined;
  if (!service) {
    // An unknown service: accept any web address as is.
    return isWebAddress(input)
      ? { ok: true, url: input }
      : {
          ok: false,
          error: l10n.t('"{0}" is not a web address. Use the full profile address, starting with https://.', input),
        };
  }
  const path = profilePath(input, service);
  if (path === undefined)
    return {
      ok: false,
      error: l10n.t('"{0}" is not a {1} profile. Use the profile address or the handle.', input, service.name),
    };
  const section = service.sections.find((prefix) => prefix !== '' && path.toLowerCase().startsWith(prefix));
  const handle = (section ? path.slice(section.length) : path).split('/')[0];
  if (!service.handle.test(handle))
    return { ok: false, error: l10n.t('"{0}" is not a {1} handle.', input, service.name) };
  return { ok: true, url: service.base + (section ?? service.sections[0]) + handle };
}

/** The path after the host for a URL of this service; the handle itself for a bare handle. */
function profilePath(input: string, service: Service): string | undefined {
  const bare = input.replace(/^@/, '');
  const url = parseUrl(/^https?:\/\//i.test(bare) ? bare : `https://${bare}`);
  const host = url?.hostname.toLowerCase();
  if (url && host && service.hosts.some((known) => host === known || host.endsWith(`.${known}`))) {
    return url.pathname.replace(/^\/+/, '').replace(/\/+$/, '');
  }
  // Anything with a scheme or a path that is not this service's is another site, not a handle.
  return /^https?:\/\//i.test(bare) || bare.includes('/') ? undefined : bare;
}
