export type CommitteePage = 'overview' | 'organizations' | 'import' | 'pairings' | 'pairing' | 'activities' | 'activity'
  | 'demands' | 'receipts' | 'rankings' | 'operationLog';

/** Which committee page a path shows, or none (a portal page, an unknown path). */
export function committeePageOf(pathname: string): CommitteePage | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return 'overview';
  if (path === '/organizations/import') return 'import';
  if (path === '/organizations') return 'organizations';
  if (path === '/pairings') return 'pairings';
  if (/^\/pairings\/[^/]+$/.test(path)) return 'pairing';
  if (path === '/activities') return 'activities';
  if (/^\/activities\/[^/]+$/.test(path)) return 'activity';
  if (path === '/demands') return 'demands';
  if (path === '/receipts') return 'receipts';
  if (path === '/rankings') return 'rankings';
  if (path === '/operation-log') return 'operationLog';
  return undefined;
}

export type PortalPage = 'inbox' | 'myPairings' | 'myPairing' | 'myActivity' | 'myDemands' | 'myDemand' | 'myOrganization'
  | 'calendar' | 'settings' | 'rate' | 'myOperationLog';

/** Which portal page a path shows, or none (a committee page, an unknown path). */
export function portalPageOf(pathname: string): PortalPage | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/inbox') return 'inbox';
  if (path === '/my/pairings') return 'myPairings';
  if (/^\/my\/pairings\/[^/]+$/.test(path)) return 'myPairing';
  if (/^\/my\/activities\/[^/]+$/.test(path)) return 'myActivity';
  if (path === '/my/demands') return 'myDemands';
  if (/^\/my\/demands\/[^/]+$/.test(path)) return 'myDemand';
  if (path === '/my/organization') return 'myOrganization';
  if (path === '/my/calendar') return 'calendar';
  if (path === '/settings') return 'settings';
  if (path === '/my/evaluations') return 'rate';
  if (path === '/my/operation-log') return 'myOperationLog';
  return undefined;
}
