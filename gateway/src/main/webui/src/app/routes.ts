export type CommitteePage = 'overview' | 'organizations' | 'import' | 'pairings' | 'pairing' | 'activities' | 'activity'
  | 'demands' | 'receipts';

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
  return undefined;
}
