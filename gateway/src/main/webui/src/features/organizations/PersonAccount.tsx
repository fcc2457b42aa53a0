import { App, Button, Space, Tag, Tooltip } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { ApiError } from '../../lib/api/problem';
import { inviteAccount, organizationKeys, type AccountState } from './api';
import { canInvite } from './accounts';

const COLORS: Record<AccountState, string> = { NONE: 'default', INVITED: 'gold', ACTIVE: 'green', DISABLED: 'red' };

/**
 * A person's account state and, for whoever may invite, the "invite" action. The secretary is `person = 'secretary'`,
 * a contact its id.
 */
export function PersonAccount({ organizationId, person, state, email, mayInvite, organizationActive }: {
  organizationId: string; person?: string; state?: AccountState; email?: string; mayInvite: boolean; organizationActive: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const invite = useMutation({
    mutationFn: () => inviteAccount(organizationId, person!),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: organizationKeys.all });
      message.success(t('account.invited', { email: email ?? '' }));
    },
    onError: (e) => message.error(e instanceof ApiError ? (e.detail || e.title) : t('account.inviteFailed')),
  });
  if (!state) {
    return null;
  }
  const offer = mayInvite && !!person && canInvite(state, email, organizationActive);
  return (
    <Space size={4} data-testid={`account-${person ?? 'unknown'}`}>
      <Tag color={COLORS[state]}>{t(`account.state.${state}` as const)}</Tag>
      {offer ? (
        <Tooltip title={t('account.invite.hint')}>
          <Button size="small" type="link" loading={invite.isPending} onClick={() => invite.mutate()}>
            {state === 'INVITED' ? t('account.reinvite') : t('account.invite')}
          </Button>
        </Tooltip>
      ) : null}
      {mayInvite && !email && state === 'NONE' ? <Tag>{t('account.noEmail')}</Tag> : null}
    </Space>
  );
}
