import { Tooltip, Space, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { get, type Page } from '../../lib/api/client';
import { useI18n } from '../../lib/i18n/I18nProvider';
import type { Cadence, Pairing } from './api';
import { standingColour, standingOf, termPeriods, type Standing } from './cadence';

/** The pairing's term as a row of coloured periods, each with its kept / required counts and those awaiting confirmation. */
export function CadenceRow({ pairing }: { pairing: Pairing }) {
  const { t, label } = useI18n();
  const slots = termPeriods(pairing.term.start, pairing.term.end, pairing.agreement.cadence.period, dayjs().format('YYYY-MM-DD'));
  const asked = pairing.status !== 'PROPOSED' && pairing.status !== 'REJECTED';
  const answers = useQueries({
    queries: slots.map((slot) => ({
      queryKey: ['cadence', pairing.id, slot.label],
      queryFn: () => get<Page<Cadence>>('/api/cadence', { pairingId: pairing.id, period: slot.label }),
      enabled: asked && slot.begun,
      staleTime: 60_000,
    })),
  });
  return (
    <div data-testid="cadence-row">
      <Space wrap size={4}>
        {slots.map((slot, i) => {
          const c = answers[i].data?.items?.[0];
          const standing: Standing = standingOf(slot, c?.status);
          return (
            <Tooltip key={slot.label} title={c ? t('cadence.kept', { kept: c.kept, required: c.required, awaiting: c.awaitingConfirmation, disputed: c.disputed }) : label('cadence', standing)}>
              <div
                tabIndex={0}
                role="img"
                aria-label={`${slot.label} ${label('cadence', standing)}`}
                data-testid="cadence-period"
                data-standing={standing}
                style={{ background: standingColour(standing), color: standing === 'UPCOMING' ? '#595959' : '#fff', padding: '4px 8px', borderRadius: 4, minWidth: 72, textAlign: 'center', fontSize: 12 }}
              >
                <div>{slot.label}</div>
                <div>{c ? `${c.kept}/${c.required}${c.awaitingConfirmation > 0 ? ` (+${c.awaitingConfirmation})` : ''}` : label('cadence', standing)}</div>
              </div>
            </Tooltip>
          );
        })}
      </Space>
      <div style={{ marginTop: 8 }}>
        <Space wrap>
          {(['OK', 'IN_PROGRESS', 'AT_RISK', 'MISSED', 'UPCOMING'] as Standing[]).map((s) => (
            <Typography.Text key={s} type="secondary">
              <span style={{ display: 'inline-block', width: 10, height: 10, background: standingColour(s), marginRight: 4 }} />
              {label('cadence', s)}
            </Typography.Text>
          ))}
        </Space>
      </div>
    </div>
  );
}
