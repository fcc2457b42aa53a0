import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { useOrganization } from '../organizations/api';
import { memberLabel, type NamedPairing } from './logic';

/**
 * How a secretary or a liaison sees the organizations of a pairing: by the names the pairing's API gives its members
 * (the registry shows them only their own organization), else its own by name and the others by their side.
 */
export function useOrgLabel() {
  const { t } = useI18n();
  const { me } = useSession();
  const own = useOrganization(me.organizationId);
  const words = { own: t('portal.own'), lead: t('portal.lead'), partner: (n: number | '') => t('portal.partner', { n }) };
  return (id: string, pairing?: NamedPairing): string =>
    memberLabel(id, pairing, { id: me.organizationId, name: own.data?.data.name }, words);
}
