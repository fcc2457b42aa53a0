import { useQuery } from '@tanstack/react-query';
import { get, request, type Page, type Query } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';
import { currentDistrict } from '../../lib/api/client';
import type { Hierarchy } from './tree';

export type Kind = 'PARTY_COMMITTEE' | 'GENERAL_BRANCH' | 'BRANCH';
export type Sector = 'ORGAN' | 'STATE_ENTERPRISE' | 'NON_PUBLIC_ENTERPRISE' | 'SOCIAL_ORGANIZATION' | 'COMMUNITY';
export const KINDS: Kind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'];
export const SECTORS: Sector[] = ['ORGAN', 'STATE_ENTERPRISE', 'NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANIZATION', 'COMMUNITY'];
export const ORGANIZATION_STATUSES = ['ACTIVE', 'DISSOLVED'] as const;

export interface Contact { id?: string; name?: string; phone?: string; email?: string; language?: string; account?: AccountState }

/** A person's sign-in account made from the register (registry-service). */
export type AccountState = 'NONE' | 'INVITED' | 'ACTIVE' | 'DISABLED';

export interface OrganizationInput {
  name: string;
  kind: Kind;
  sector: Sector;
  parentId?: string | null;
  hostUnit?: { name?: string; creditCode?: string };
  secretary?: { name?: string; phone?: string; email?: string; account?: AccountState };
  contacts?: Contact[];
  members?: { full?: number; probationary?: number };
  foundedOn?: string | null;
  honours?: string[];
}

export interface Organization extends OrganizationInput {
  id: string;
  district: string;
  status: 'ACTIVE' | 'DISSOLVED';
  version: number;
  dissolution?: { reason: string; dissolvedOn: string } | null;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  imported: number;
  errors: unknown[];
}

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (q: Query) => ['organizations', 'list', currentDistrict(), q] as const,
  one: (id: string) => ['organizations', 'one', id] as const,
  children: (id: string) => ['organizations', 'children', id] as const,
};

export function useOrganizations(query: Query, enabled = true) {
  return useQuery<Page<Organization>, ApiError>({
    queryKey: organizationKeys.list(query),
    queryFn: () => get<Page<Organization>>('/api/organizations', query),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery<{ data: Organization; etag?: string }, ApiError>({
    queryKey: organizationKeys.one(id ?? ''),
    queryFn: () => request<Organization>(`/api/organizations/${id}`, { scoped: false }),
    enabled: !!id,
  });
}

export function useChildren(id: string | undefined) {
  return useQuery<Page<Organization>, ApiError>({
    queryKey: organizationKeys.children(id ?? ''),
    queryFn: () => get<Page<Organization>>(`/api/organizations/${id}/children`, { size: 200 }),
    enabled: !!id,
  });
}

/** Names of organizations by id, for the pages that show pairings and activities. */
export function useOrganizationNames() {
  return useQuery<Map<string, Organization>, ApiError>({
    queryKey: ['organizations', 'names', currentDistrict()],
    queryFn: async () => {
      const page = await get<Page<Organization>>('/api/organizations', { size: 200, sort: 'name,asc' });
      return new Map(page.items.map((o) => [o.id, o]));
    },
    staleTime: 60_000,
  });
}

export function register(input: OrganizationInput) {
  return request<Organization>('/api/organizations', { method: 'POST', body: input, scoped: false });
}

export function update(id: string, input: OrganizationInput, etag: string | undefined) {
  return request<Organization>(`/api/organizations/${id}`, { method: 'PUT', body: input, ifMatch: etag, scoped: false });
}

export function dissolve(id: string, reason: string, dissolvedOn: string, etag: string | undefined) {
  return request<Organization>(`/api/organizations/${id}/dissolution`, {
    method: 'POST', body: { reason, dissolvedOn }, ifMatch: etag, scoped: false,
  });
}

export function importSheet(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  return request<ImportReport>('/api/organizations/imports', { method: 'POST', form, query: { dryRun: dryRun ? 'true' : undefined }, scoped: false });
}

/** The district's hierarchy as one tree (no personal data). */
export function useHierarchy(enabled = true) {
  return useQuery<Hierarchy, ApiError>({
    queryKey: ['organizations', 'hierarchy', currentDistrict()],
    queryFn: () => get<Hierarchy>('/api/organizations/hierarchy'),
    enabled,
  });
}

export interface Account {
  organizationId: string;
  person: string;
  role: string;
  state: AccountState;
  username: string;
  invitedAt: string;
}

/** Invites the secretary (`person` = 'secretary') or a contact (its id): Keycloak e-mails the invitation. */
export function inviteAccount(organizationId: string, person: string) {
  return request<Account>(`/api/organizations/${organizationId}/accounts`, { method: 'POST', body: { person }, scoped: false });
}
