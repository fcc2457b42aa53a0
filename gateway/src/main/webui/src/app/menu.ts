import type { MessageKey } from '../lib/i18n/messages';
import type { Role } from '../lib/session/SessionProvider';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  roles: Role[];
}

const COMMITTEE: Role[] = ['district-admin', 'city-admin'];
const SECRETARY: Role[] = ['branch-secretary'];
const LIAISON: Role[] = ['enterprise-contact'];
const PORTAL: Role[] = [...SECRETARY, ...LIAISON];

/**
 * The menu by role: a dashboard reader sees the overview only; a branch secretary and an enterprise liaison see
 * the pages of their own organization only.
 */
export const MENU: MenuEntry[] = [
  { path: '/', label: 'nav.overview', roles: [...COMMITTEE, 'dashboard-reader'] },
  { path: '/organizations', label: 'nav.organizations', roles: COMMITTEE },
  { path: '/pairings', label: 'nav.pairings', roles: COMMITTEE },
  { path: '/activities', label: 'nav.activities', roles: COMMITTEE },
  { path: '/demands', label: 'nav.demands', roles: COMMITTEE },
  { path: '/receipts', label: 'nav.receipts', roles: COMMITTEE },
  { path: '/inbox', label: 'nav.inbox', roles: PORTAL },
  { path: '/my/pairings', label: 'nav.myPairings', roles: PORTAL },
  { path: '/my/demands', label: 'nav.myDemands', roles: PORTAL },
  { path: '/my/organization', label: 'nav.myOrganization', roles: PORTAL },
  { path: '/my/calendar', label: 'nav.calendar', roles: PORTAL },
  { path: '/settings', label: 'nav.settings', roles: PORTAL },
  { path: '/rankings', label: 'nav.rankings', roles: COMMITTEE },
  { path: '/my/evaluations', label: 'nav.rate', roles: SECRETARY },
  { path: '/operation-log', label: 'nav.operationLog', roles: COMMITTEE },
  { path: '/my/operation-log', label: 'nav.myOperationLog', roles: SECRETARY },
];

export function menuFor(roles: Role[]): MenuEntry[] {
  return MENU.filter((m) => m.roles.some((r) => roles.includes(r)));
}

/** The menu entry a path belongs to (the longest prefix); the overview for `/`. */
export function selectedKey(pathname: string, entries: MenuEntry[] = MENU): string {
  const match = entries.filter((m) => m.path !== '/' && (pathname === m.path || pathname.startsWith(`${m.path}/`)));
  match.sort((a, b) => b.path.length - a.path.length);
  if (match.length > 0) return match[0].path;
  if (pathname.startsWith('/my/activities')) return '/my/pairings';
  return '/';
}

/** Where a role lands on `/`: the committee on the overview, a liaison in the inbox, a secretary on its pairings. */
export function homeOf(roles: Role[]): string {
  if (roles.some((r) => [...COMMITTEE, 'dashboard-reader'].includes(r))) return '/';
  if (roles.includes('branch-secretary')) return '/my/pairings';
  if (roles.includes('enterprise-contact')) return '/inbox';
  return '/';
}

export function isPortalUser(roles: Role[]): boolean {
  return roles.some((r) => PORTAL.includes(r)) && !roles.some((r) => [...COMMITTEE, 'dashboard-reader'].includes(r));
}
