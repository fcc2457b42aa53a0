import type { Me } from './SessionProvider';

/**
 * Who the user is does not change while the browser tab is open, so the answer of `/api/me` is kept in the tab's
 * session storage: a page opened or reloaded in the same tab shows at once and asks for its data beside the
 * renewed `/api/me`, instead of after it. The kept copy is only a head start: the server still decides what each
 * request may see, the fresh answer replaces it, and signing out or a refused session forgets it.
 */
export const REMEMBERED_ME = 'gongjian.me';

/** The district a city administrator picked last (local storage: kept across tabs). */
export const PICKED_DISTRICT = 'gongjian.district';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readRememberedMe(store: Store | undefined): Me | undefined {
  try {
    const text = store?.getItem(REMEMBERED_ME);
    if (!text) return undefined;
    const me = JSON.parse(text) as Partial<Me>;
    const valid = typeof me.username === 'string' && Array.isArray(me.roles) && Array.isArray(me.districts);
    return valid ? (me as Me) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMe(store: Store | undefined, me: Me): void {
  try {
    store?.setItem(REMEMBERED_ME, JSON.stringify(me));
  } catch {
    // storage full or switched off: the app asks every time, as without it
  }
}

export function forgetMe(store: Store | undefined): void {
  try {
    store?.removeItem(REMEMBERED_ME);
  } catch {
    // nothing kept
  }
}

/** Whether a fresh answer is another person, or the same person with other rights (the pages' data is then dropped). */
export function isAnotherSession(kept: Me | undefined, fresh: Me): boolean {
  if (!kept) return false;
  return kept.username !== fresh.username || kept.district !== fresh.district
    || kept.organizationId !== fresh.organizationId || [...kept.roles].sort().join() !== [...fresh.roles].sort().join();
}

export function sessionStore(): Store | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}
