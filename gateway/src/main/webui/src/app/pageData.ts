import { askEarly } from '../lib/api/earlyAnswers';
import { buildUrl, type Query } from '../lib/api/client';
import { storedLanguage } from '../lib/i18n/messages';
import { PICKED_DISTRICT, readRememberedMe, sessionStore } from '../lib/session/rememberedMe';
import type { Me, Role } from '../lib/session/SessionProvider';
import { overviewReads } from '../features/overview/requests';
import { organizationsReads } from '../features/organizations/requests';
import { committeePageOf } from './routes';
import { homeOf } from './menu';

const COMMITTEE: Role[] = ['district-admin', 'city-admin'];

/**
 * The first reads of the page at `pathname` + `search`, as its hooks will ask for them, when they can be told before
 * the app runs: the user kept in the tab (none on a tab's first page) and a city administrator's picked district.
 * Only the pages that wait longest for their data are listed (the overview, the organizations list); for the others,
 * and whenever the addresses cannot be known, none.
 */
export function firstReads(pathname: string, search: string, me: Me | undefined, picked: string | null, now: Date = new Date()): string[] {
  const page = committeePageOf(pathname);
  if (page !== 'overview' && page !== 'organizations') return [];
  // the district the app will scope to (SessionProvider): a city administrator's pick, if it is one of theirs
  if (!me && picked) return [];
  const city = !!me?.roles.includes('city-admin');
  const district = city && me!.districts.some((d) => d.code === picked) ? picked! : undefined;
  if (city && !district) return []; // the page asks for a district first
  const params = new URLSearchParams(search);
  let reads: [string, Query][];
  if (page === 'overview') {
    if (me && homeOf(me.roles) !== '/') return []; // sent to their own home page
    reads = overviewReads(params, !!me && me.roles.some((r) => COMMITTEE.includes(r)), now);
  } else {
    if (me && !me.roles.some((r) => COMMITTEE.includes(r))) return [];
    reads = organizationsReads(params);
  }
  return reads.map(([path, query]) => buildUrl(path, query, district));
}

/** Asks for the opened page's first reads now, before React, Ant Design and the page's code are evaluated. */
export function askForOpenedPage(): void {
  try {
    const me = readRememberedMe(sessionStore());
    const picked = window.localStorage.getItem(PICKED_DISTRICT);
    const language = storedLanguage(window.localStorage);
    firstReads(window.location.pathname, window.location.search, me, picked).forEach((url) => askEarly(url, language));
  } catch {
    // storage switched off: the page asks for its data itself, as without this
  }
}
