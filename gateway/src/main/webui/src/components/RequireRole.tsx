import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useSession, type Role } from '../lib/session/SessionProvider';

/** A page of the committee: others see "not permitted"; a city administrator first picks a district. */
export function RequireRole({ roles, children, needsDistrict = true }: { roles: Role[]; children: ReactNode; needsDistrict?: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  if (!session.has(...roles)) return <Result status="403" title="403" subTitle={t('error.forbidden')} />;
  if (needsDistrict && !session.district) return <Result status="info" title={t('error.noDistrict')} />;
  return <>{children}</>;
}
