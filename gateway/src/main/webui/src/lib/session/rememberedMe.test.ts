import { describe, expect, it } from 'vitest';
import { forgetMe, isAnotherSession, readRememberedMe, rememberMe, REMEMBERED_ME } from './rememberedMe';
import type { Me } from './SessionProvider';

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => { items.set(k, v); },
    removeItem: (k) => { items.delete(k); },
  };
}

const zhang: Me = {
  username: 'admin.zhang', name: '张建华', roles: ['district-admin'], district: 'xiangtan-htz',
  districts: [{ code: 'xiangtan-htz', name: '湘潭高新区' }],
};

describe('the signed-in user kept in the tab', () => {
  it('is read back as it was kept', () => {
    const store = memory();
    rememberMe(store, zhang);
    expect(readRememberedMe(store)).toEqual(zhang);
  });
  it('is nothing when none was kept, it was forgotten, or what is kept is not a user', () => {
    const store = memory();
    expect(readRememberedMe(store)).toBeUndefined();
    rememberMe(store, zhang);
    forgetMe(store);
    expect(readRememberedMe(store)).toBeUndefined();
    store.setItem(REMEMBERED_ME, '{not json');
    expect(readRememberedMe(store)).toBeUndefined();
    store.setItem(REMEMBERED_ME, JSON.stringify({ username: 'x' }));
    expect(readRememberedMe(store)).toBeUndefined();
    expect(readRememberedMe(undefined)).toBeUndefined();
  });
  it('survives a storage that refuses to keep anything', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('off'); } };
    expect(() => rememberMe(full, zhang)).not.toThrow();
    expect(() => forgetMe(full)).not.toThrow();
  });
});

describe('another session', () => {
  it('is another person, district, organization or set of roles', () => {
    expect(isAnotherSession(zhang, { ...zhang, username: 'city.li' })).toBe(true);
    expect(isAnotherSession(zhang, { ...zhang, district: 'yuhu' })).toBe(true);
    expect(isAnotherSession(zhang, { ...zhang, organizationId: 'o-1' })).toBe(true);
    expect(isAnotherSession(zhang, { ...zhang, roles: ['dashboard-reader'] })).toBe(true);
  });
  it('is not the same person answered again (roles in another order, a new display name), nor a first answer', () => {
    const two: Me = { ...zhang, roles: ['district-admin', 'city-admin'] };
    expect(isAnotherSession(two, { ...two, roles: ['city-admin', 'district-admin'] })).toBe(false);
    expect(isAnotherSession(zhang, { ...zhang, name: '张 建华' })).toBe(false);
    expect(isAnotherSession(undefined, zhang)).toBe(false);
  });
});
