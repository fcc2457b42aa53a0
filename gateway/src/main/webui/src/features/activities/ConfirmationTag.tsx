import { Tag } from 'antd';
import { useI18n } from '../../lib/i18n/I18nProvider';
import type { Activity } from './api';
import { confirmationTag } from './confirmation';

/** Where a held activity's confirmation stands: confirmed, awaiting, disputed, or decided by the committee. */
export function ConfirmationTag({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  const tag = confirmationTag(activity);
  return tag ? <Tag color={tag.color} data-testid="confirmation">{t(tag.key)}</Tag> : null;
}
