import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { useOrganization } from '../organizations/api';
import type { PairingSides } from './logic';

/**
 * How a secretary or a liaison sees the organizations of a pairing: its own by name, the others by their side
 * (the registry shows them only their own organization).
 */
export function useOrgLabel() {
  const { t } = useI18n();
  const { me } = useSession();
  const own = useOrganization(me.organizationId);
  return (id: string, pairing?: PairingSides): string => {
    if (id === me.organizationId) return own.data?.data.name ?? t('portal.own');
    if (pairing && pairing.leadId === id) return t('portal.lead');
    const n = pairing ? pairing.partnerIds.indexOf(id) + 1 : 0;
    return t('portal.partner', { n: n > 0 ? n : '' }).trim();
  };
}
