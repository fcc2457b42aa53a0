import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../lib/i18n/I18nProvider';

/** What a page of another organization (the API answers 404 or 403), or no page at all, shows. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <div data-testid="not-found">
      <Result status="404" title="404" subTitle={t('portal.notFound')} extra={<Link to="/"><Button type="primary">{t('nav.overview')}</Button></Link>} />
    </div>
  );
}
