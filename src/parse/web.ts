// Website, LinkedIn profile and X/Twitter handle from signature segments (raw text, so links that
// clean-up blanked — `Company<https://company.example/>` — still count).
import { parse as parseHost } from 'tldts';
import { PATTERNS } from './patterns';
import { words, type Segment } from './text';
import type { ParsedValue } from './types';
import {
  FOLLOW_OBJECT_PRONOUNS,
  LINK_WRAPPERS,
  NON_WEBSITE_HOSTS,
  PUBLIC_PAGE_PATH_WORDS,
  SITE_LABEL_WORDS,
  SOCIAL_NETWORK_NAMES,
} from './vocabulary';

export interface WebFindings {
  website?: ParsedValue<string>;
  linkedin?: ParsedValue<string>;
  twitter?: ParsedValue<string>;
}

/** Twitter paths that are not handles. */
const NOT_HANDLES = new Set(['intent', 'share', 'home', 'i', 'search', 'hashtag', 'explore', 'settings']);
/** A chat's broadcast mentions (`@here vendor portal is back up`): no one's handle. */
const CHAT_MENTIONS = new Set(['here', 'channel', 'everyone', 'all', 'team']);
/** A site path this short is a language or home page (`/en`), not a campaign link. */
const MAX_HOME_PATH = 3;
/** A degree or an abbreviation (`M.Sc`, `Org.nr`) is this short before its dot. */
const MAX_ABBREVIATION = 3;
/** Top-level names reserved for examples and tests (RFC 2606, 6761): real enough for a site written in a text. */
const RESERVED_TLDS = new Set(['example', 'test', 'invalid', 'localhost']);

const hostIs = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

interface Link {
  host: string;
  path: string;
  scheme: string;
  start: number;
  end: number;
}

function parseLink(text: string, start: number): Link | undefined {
  let rest = text;
  let scheme = '';
  const schemeEnd = rest.indexOf('://');
  if (schemeEnd >= 0) {
    scheme = rest.slice(0, schemeEnd).toLowerCase();
    rest = rest.slice(schemeEnd + 3);
  }
  const cut = rest.search(PATTERNS.urlTail);
  const hostAndPath = cut >= 0 ? rest.slice(0, cut) : rest;
  const slash = hostAndPath.indexOf('/');
  const host = (slash >= 0 ? hostAndPath.slice(0, slash) : hostAndPath)
    .toLowerCase()
    .replace(PATTERNS.edgePunctuation, '');
  const path = slash >= 0 ? hostAndPath.slice(slash).replace(PATTERNS.trailingSlashes, '') : '';
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !l || l.startsWith('-') || l.endsWith('-'))) return undefined;
  return { host, path, scheme, start, end: start + text.length };
}

/**
 * `Follow Amaka: @amaka_o`, `Suivez-la : @…`, `Folgen Sie mir: @…`: the handle a follow verb gives when the words
 * between name the person (their name as one capitalised word, object pronouns) or are none. Any other word makes
 * it no one's own (`Follow us`, `on Instagram`, `Follow up with @…`); a chat's mention (`@here`) is none.
 */
function followedHandle(text: string): RegExpExecArray | null {
  const followed = PATTERNS.followHandle.exec(text);
  if (!followed || CHAT_MENTIONS.has((followed[2] ?? '').toLowerCase())) return null;
  const others = words((followed[1] ?? '').replaceAll('-', ' ')).filter(
    (w) => !FOLLOW_OBJECT_PRONOUNS.has(w.toLowerCase()),
  );
  const named = others.length === 0 || (others.length === 1 && PATTERNS.upper.test((others[0] as string).charAt(0)));
  return named ? followed : null;
}

/** `Twitter: @ana_k`, `Follow me on Twitter: @ana_k`, `@ana_k` alone: a handle named as an X/Twitter account (a chat's `@here` is none). */
function twitterHandle(segment: Segment): ParsedValue<string> | undefined {
  const followed = followedHandle(segment.text);
  if (followed) return { value: followed[2] ?? '', start: segment.start, end: segment.end };
  const labelled =
    PATTERNS.twitterLabel.exec(segment.text) ??
    PATTERNS.twitterHandleNamed.exec(segment.text) ??
    PATTERNS.twitterInSentence.exec(segment.text);
  const handle = labelled ?? PATTERNS.handle.exec(segment.text);
  const mention = handle && !labelled && CHAT_MENTIONS.has((handle[1] ?? '').toLowerCase());
  if (!handle || mention || !(labelled || segment.text.trim().startsWith('@'))) return undefined;
  return { value: handle[1] ?? '', start: segment.start, end: segment.end };
}

/** `Twitter` over `priyanka_sketches`: a profile's contact panel gives its label on one line and the handle alone on the next. */
function handleUnderLabel(segment: Segment, next: Segment | undefined): ParsedValue<string> | undefined {
  if (!next || next.line !== segment.line + 1 || next.order !== 0 || !PATTERNS.twitterLabelLine.test(segment.text))
    return undefined;
  // Written as a handle (`@`, `_`, a digit, all lower case, capitals inside), not a capitalised word: `x` over a given name is a
  // sign-off's kiss, and `Twitter` over `LinkedIn` a follow-us list of networks.
  const handle = PATTERNS.twitterHandle.exec(next.text);
  const written = handle && PATTERNS.handleShaped.test(next.text.trim());
  if (!handle || !written || SOCIAL_NETWORK_NAMES.has((handle[1] ?? '').toLowerCase())) return undefined;
  return { value: handle[1] ?? '', start: next.start, end: next.end };
}

/** The link a wrapper stands for (Outlook Safe Links, a site's outbound redirect), else `url` itself. */
function unwrapped(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const wrapper = LINK_WRAPPERS.find(
    (w) => hostIs(parsed.hostname.toLowerCase(), w.host) && (!w.path || parsed.pathname === w.path),
  );
  const target = wrapper && parsed.searchParams.get(wrapper.param);
  return target && PATTERNS.schemeStart.test(target) ? target : url;
}

/**
 * Either side of an address's `@`, a scan's spaces beside it too (`ana.kim @ firm.example`), or the head of a local part
 * running on to it (`ops.desk2@…`): a part of it, no site. Only the `@` itself may stand after spaces: a host spaced
 * from a whole address (`www.firm.example info@…` on a flattened line) is a site.
 */
const besideAt = (raw: string, start: number, end: number): boolean =>
  raw.slice(0, start).trimEnd().endsWith('@') ||
  raw.slice(end).trimStart().startsWith('@') ||
  PATTERNS.localPartTail.test(raw.slice(end));

function linksIn(segment: Segment, raw: string): Link[] {
  const out: Link[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of raw.matchAll(PATTERNS.urlWithScheme)) {
    const at = m.index ?? 0;
    const link = parseLink(unwrapped(m[0].replace(PATTERNS.edgePunctuation, '')), segment.start + at);
    if (link) out.push({ ...link, end: segment.start + at + m[0].length });
    taken.push([at, at + m[0].length]);
  }
  for (const m of raw.matchAll(PATTERNS.hostLike)) {
    const text = (m[1] ?? '') + (m[2] ?? '');
    const at = (m.index ?? 0) + m[0].indexOf(text);
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    if (besideAt(raw, at, at + text.length)) continue;
    const link = parseLink(text.replace(PATTERNS.edgePunctuation, ''), segment.start + at);
    // A host without a public top-level name is code or a file (`auth.service`, `report.pdf`).
    const host = link && parseHost(link.host);
    if (!link || !host || !(host.isIcann || RESERVED_TLDS.has(host.publicSuffix ?? ''))) continue;
    // A bare host counts only standing alone or after a label (`Web: site.example`), so that
    // `Node.js` in a sentence is no website.
    const before = raw.slice(0, at).trim();
    const bareHost = !text.toLowerCase().startsWith('www.');
    if (bareHost && before && !PATTERNS.labelEnd.test(before) && words(before).length > 1) continue;
    const name = host.domainWithoutSuffix ?? '';
    // After a network's or messenger's label (`Skype: ana.kim.work`, `Snapchat: firm.example`), an account's name, unless
    // it is the network's own link (`LinkedIn: linkedin.com/in/…`, `Twitter: x.com/…`), named for it or a profile host.
    const label = PATTERNS.labelEnd.test(before) ? words(before.replace(PATTERNS.labelEnd, '')).at(-1) : undefined;
    const networkLink = SOCIAL_NETWORK_NAMES.has(name) || NON_WEBSITE_HOSTS.some((h) => hostIs(link.host, h));
    if (bareHost && label && SOCIAL_NETWORK_NAMES.has(label.toLowerCase()) && !networkLink) continue;
    // `M.Sc.`, `B.Com`, `Org.nr.`, `m.tech`: a name of three letters or fewer before a public suffix, with no `www.` or
    // path to mark it a site, written capitalised or of one letter, is an abbreviation shaped like a host; a short
    // firm's own site is written in lower case (`kto.io`, `sap.com`).
    const abbreviationShape = name.length === 1 || PATTERNS.upperStart.test(text);
    if (
      bareHost &&
      !link.path &&
      !host.subdomain &&
      name.length <= MAX_ABBREVIATION &&
      abbreviationShape &&
      host.isIcann
    )
      continue;
    out.push(link);
  }
  return out;
}

/**
 * `linkedin.com/in/amara-` / `nwachukwu-bell`: a profile's name broken after a hyphen at the line's end
 * goes on at the start of the next line (`next`, when it is that line's only word).
 */
function slugGoesOn(slug: string, segment: Segment, next: Segment | undefined): string {
  const rest = next?.line === segment.line + 1 ? PATTERNS.slugLine.exec(next.text)?.[1] : undefined;
  if (!rest || !segment.text.trimEnd().endsWith('-')) return slug;
  // The link reader drops the hyphen at the edge.
  return `${slug.endsWith('-') ? slug : `${slug}-`}${rest}`;
}

/**
 * `www.cityofx.example/publicworks`, `profiles.uni.example/a-brooks`, `Portfolio: ana.example/work`: a page deeper than
 * a home page is the sender's own when its line gives it alone, on the host the sender's mail comes from (or under it),
 * or after a label naming a site; and when no word of its host or path names a page for everyone (careers, news,
 * shop, bookings: PUBLIC_PAGE_PATH_WORDS) and it is no file. `Book a meeting: …`, `Download the report: …` are not.
 */
function isOwnPage(link: Link, page: string, raw: string, rawStart: number, mailHost: string | undefined): boolean {
  const before = raw.slice(0, link.start - rawStart).trim();
  const after = raw.slice(link.end - rawStart).trim();
  if (after) return false;
  const label = PATTERNS.labelEnd.test(before) ? words(before).at(-1)?.toLowerCase() : undefined;
  const own = !before && !!mailHost && hostIs(link.host.replace(PATTERNS.wwwPrefix, ''), mailHost);
  if (!own && !(label && SITE_LABEL_WORDS.has(label))) return false;
  const host = parseHost(link.host);
  const parts = [...(host.subdomain ?? '').split('.'), ...page.split(PATTERNS.pathWordBreak)];
  return !PATTERNS.fileExtension.test(page) && !parts.some((part) => PUBLIC_PAGE_PATH_WORDS.has(part.toLowerCase()));
}

/** The host of a website findWeb gave (`https://www.firm.example/team` → `www.firm.example`). */
export const siteHost = (site: string): string => site.split('/')[2] ?? '';

/** Website, LinkedIn and X handle of `segments`; `mailHost`, the sender's mail domain, vouches for their own page. */
export function findWeb(
  segments: readonly Segment[],
  rawOf: (segment: Segment) => string,
  mailHost?: string,
): WebFindings {
  const found: WebFindings = {};
  let ownPage: ParsedValue<string> | undefined;
  for (const [i, segment] of segments.entries()) {
    const raw = rawOf(segment);
    const profile = (slug: string): string =>
      `https://www.linkedin.com/in/${slugGoesOn(slug, segment, segments[i + 1])}`;
    const shorthand = PATTERNS.linkedinShorthand.exec(segment.text);
    if (shorthand && !found.linkedin) {
      found.linkedin = { value: profile(shorthand[1] ?? ''), start: segment.start, end: segment.end };
    }
    const handle = found.twitter ? undefined : (twitterHandle(segment) ?? handleUnderLabel(segment, segments[i + 1]));
    if (handle) found.twitter = handle;
    for (const link of linksIn(segment, raw)) {
      const { host, path } = link;
      const span = { start: link.start, end: link.end };
      if (hostIs(host, 'linkedin.com')) {
        const slug = path.split('/');
        if (!found.linkedin && (slug[1] === 'in' || slug[1] === 'pub') && slug[2]) {
          found.linkedin = { value: profile(slug[2].split(PATTERNS.urlQuery)[0] ?? ''), ...span };
        }
        continue;
      }
      if (hostIs(host, 'twitter.com') || hostIs(host, 'x.com')) {
        const name = path.split('/')[1]?.split(PATTERNS.urlQuery)[0] ?? '';
        if (!found.twitter && name && !NOT_HANDLES.has(name.toLowerCase()))
          found.twitter = { value: name.replace('@', ''), ...span };
        continue;
      }
      if (NON_WEBSITE_HOSTS.some((h) => hostIs(host, h))) continue;
      const page = path.split(PATTERNS.urlQuery)[0] ?? '';
      const home = page.length <= MAX_HOME_PATH || PATTERNS.languagePath.test(page) || PATTERNS.userHomePath.test(page);
      const site = { value: `${link.scheme || 'https'}://${host}${page}`, ...span };
      if (!found.website && home) found.website = site;
      else if (!home && !ownPage && isOwnPage(link, page, raw, segment.start, mailHost)) ownPage = site;
    }
  }
  found.website ??= ownPage;
  return found;
}

/** The X/Twitter handle the sender's own sentences name (`and twitter is @priya_compbio if you want to tag me`). */
export function handleInSentences(sentences: readonly Segment[]): ParsedValue<string> | undefined {
  for (const sentence of sentences) {
    const named = PATTERNS.twitterInSentence.exec(sentence.text);
    if (named?.[1]) return { value: named[1], start: sentence.start, end: sentence.end };
  }
  return undefined;
}
