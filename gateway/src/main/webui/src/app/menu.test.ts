import { describe, expect, it } from 'vitest';
import { homeOf, isPortalUser, menuFor, selectedKey } from './menu';

describe('the menu by role', () => {
  it('gives a branch secretary and a liaison only the pages of their organization', () => {
    const paths = menuFor(['enterprise-contact']).map((m) => m.path);
    expect(paths).toEqual(['/inbox', '/my/pairings', '/my/demands', '/my/organization', '/my/calendar', '/settings']);
    expect(menuFor(['branch-secretary']).map((m) => m.path)).toEqual([...paths, '/my/evaluations', '/my/operation-log']);
    expect(paths).not.toContain('/organizations');
  });

  it('gives the committee none of the portal pages and the reader the overview only', () => {
    expect(menuFor(['district-admin']).map((m) => m.path)).toEqual(['/', '/organizations', '/pairings', '/activities', '/demands', '/receipts', '/rankings', '/operation-log']);
    expect(menuFor(['dashboard-reader']).map((m) => m.path)).toEqual(['/']);
  });

  it('selects the entry of the longest matching prefix', () => {
    expect(selectedKey('/my/pairings/42')).toBe('/my/pairings');
    expect(selectedKey('/my/activities/7')).toBe('/my/pairings');
    expect(selectedKey('/pairings')).toBe('/pairings');
    expect(selectedKey('/my/operation-log')).toBe('/my/operation-log');
    expect(selectedKey('/inboxes')).toBe('/');
    expect(selectedKey('/')).toBe('/');
  });

  it('lands each role on its first page', () => {
    expect(homeOf(['branch-secretary'])).toBe('/my/pairings');
    expect(homeOf(['enterprise-contact'])).toBe('/inbox');
    expect(homeOf(['district-admin'])).toBe('/');
    expect(isPortalUser(['enterprise-contact'])).toBe(true);
    expect(isPortalUser(['district-admin'])).toBe(false);
  });
});
