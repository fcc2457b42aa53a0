import { Alert, Button } from 'antd';
import { ApiError } from '../lib/api/problem';
import { useI18n } from '../lib/i18n/I18nProvider';
import type { MessageKey } from '../lib/i18n/messages';

/** The message a user reads for an error, in the user's language where the API did not give a better one. */
export function useProblemText() {
  const { t } = useI18n();
  return (error: unknown): { title: string; detail?: string } => {
    if (!(error instanceof ApiError)) return { title: t('error.title'), detail: String(error) };
    switch (error.kind) {
      case 'network': return { title: t('error.network') };
      case 'unavailable':
        return { title: t('error.unavailable', { service: error.service ? t(`service.${error.service}` as MessageKey) : error.title }) };
      case 'stale': return { title: t('error.stale') };
      case 'unauthenticated': return { title: t('error.unauthenticated') };
      case 'rateLimited': return { title: t('error.rateLimited') };
      default: return { title: error.title, detail: error.detail };
    }
  };
}

/** One error, as an alert; a stale version offers to reload, a failed read to retry. */
export function ProblemAlert({ error, onRetry, onReload }: { error: unknown; onRetry?: () => void; onReload?: () => void }) {
  const { t } = useI18n();
  const text = useProblemText()(error);
  const stale = error instanceof ApiError && error.kind === 'stale';
  const unplaced = error instanceof ApiError && error.kind === 'validation' ? error.fields : [];
  const action = stale && onReload
    ? <Button size="small" onClick={onReload}>{t('app.reload')}</Button>
    : onRetry ? <Button size="small" onClick={onRetry}>{t('app.retry')}</Button> : undefined;
  return (
    <div data-testid="problem"><Alert
      type={error instanceof ApiError && error.kind === 'unavailable' ? 'warning' : 'error'}
      showIcon
      role="alert"
      message={text.title}
      description={unplaced.length > 0
        ? <ul style={{ margin: 0, paddingLeft: 16 }}>{unplaced.map((f) => <li key={f.field + f.message}>{f.field}: {f.message}</li>)}</ul>
        : text.detail}
      action={action}
      style={{ marginBottom: 16 }}
    /></div>
  );
}
