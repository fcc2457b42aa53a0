import type { AccountState } from './api';

/** What a person may still be invited to: none yet, or an invitation not yet followed (sent again). */
export function canInvite(state: AccountState | undefined, email: string | undefined, organizationActive: boolean) {
  return organizationActive && !!email && (state === 'NONE' || state === 'INVITED');
}
