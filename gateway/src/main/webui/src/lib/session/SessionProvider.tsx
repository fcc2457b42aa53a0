import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { configureApi, request } from '../api/client';
import type { ApiError } from '../api/problem';
import { isAnotherSession, PICKED_DISTRICT, readRememberedMe, rememberMe, sessionStore } from './rememberedMe';

export type Role = 'city-admin' | 'district-admin' | 'dashboard-reader' | 'branch-secretary' | 'enterprise-contact';

export interface Me {
  username: string;
  name?: string;
  roles: Role[];
  district?: string;
  organizationId?: string;
  districts: { code: string; name: string }[];
}

export interface Session {
  me: Me;
  /** The district the pages show: the user's own, or the one a city administrator picked. */
  district?: string;
  districtName?: string;
  pickDistrict: (code: string) => void;
  has: (...roles: Role[]) => boolean;
  /** May change records (district committee); readers and city administrators only read. */
  canEdit: boolean;
  /** May see personal data (phones, e-mail addresses): never the dashboard reader. */
  seesPersonalData: boolean;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The signed-in user. A page opened again in the same tab starts from the answer kept in the tab
 * ({@link readRememberedMe}) and renews it beside its own requests; the first page of a tab waits for it.
 */
export function useMe() {
  const client = useQueryClient();
  return useQuery<Me, ApiError>({
    queryKey: ['me'],
    queryFn: async () => {
      // never scoped to a picked district: the same address as the document's preload of it
      const fresh = (await request<Me>('/api/me', { scoped: false })).data;
      const store = sessionStore();
      const kept = readRememberedMe(store);
      rememberMe(store, fresh);
      if (isAnotherSession(kept, fresh)) {
        void client.resetQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      }
      return fresh;
    },
    initialData: () => readRememberedMe(sessionStore()),
    initialDataUpdatedAt: 0,
    staleTime: Infinity,
    refetchOnMount: 'always',
    retry: 1,
  });
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const client = useQueryClient();
  const city = me.roles.includes('city-admin');
  const [picked, setPicked] = useState<string | undefined>(() => {
    if (!city) return undefined;
    const saved = window.localStorage.getItem(PICKED_DISTRICT);
    const code = me.districts.some((d) => d.code === saved) ? saved! : undefined;
    configureApi({ district: code });
    return code;
  });
  const pickDistrict = useCallback((code: string) => {
    window.localStorage.setItem(PICKED_DISTRICT, code);
    configureApi({ district: code });
    setPicked(code);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  }, [client]);
  const value = useMemo<Session>(() => {
    const district = city ? picked : me.district;
    const has = (...roles: Role[]) => roles.some((r) => me.roles.includes(r));
    return {
      me,
      district,
      districtName: me.districts.find((d) => d.code === district)?.name ?? district,
      pickDistrict,
      has,
      canEdit: has('district-admin'),
      seesPersonalData: has('district-admin', 'city-admin'),
    };
  }, [me, city, picked, pickDistrict]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
