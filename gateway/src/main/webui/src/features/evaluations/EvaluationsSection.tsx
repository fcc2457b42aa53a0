import { App, Button, Card, Descriptions, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldErrors } from '../../lib/api/formErrors';
import { useOrganizationNames } from '../organizations/api';
import { evaluationKeys, finalizeDraft, openDraft, usePairingEvaluations, type Evaluation } from './api';
import { canFinalize, missingRaters, ordered } from './logic';

interface PairingRef {
  id: string;
  leadId: string;
  partnerIds: string[];
  status: string;
}

/** The evaluations of a pairing on the committee's pairing page: drafts with the sides' ratings, finalize. */
export function EvaluationsSection({ pairing }: { pairing: PairingRef }) {
  const { t, label, date } = useI18n();
  const session = useSession();
  const evaluations = usePairingEvaluations(pairing.id);
  const names = useOrganizationNames();
  const [finalizing, setFinalizing] = useState<Evaluation | null>(null);
  const [opening, setOpening] = useState(false);
  const name = (id: string) => names.data?.get(id)?.name ?? '…';
  const members = [pairing.leadId, ...pairing.partnerIds];
  const mayOpen = session.canEdit && !['PROPOSED', 'REJECTED'].includes(pairing.status);
  return (
    <Card title={t('pairing.evaluations')} data-testid="evaluations"
      extra={mayOpen ? <Button size="small" onClick={() => setOpening(true)}>{t('evaluation.open')}</Button> : null}>
      <QueryState query={evaluations} isEmpty={(e) => e.length === 0}>
        {(list) => (
          <List itemLayout="vertical" size="small" dataSource={ordered(list)} renderItem={(e) => (
            <List.Item key={e.id} data-testid="evaluation"
              extra={canFinalize(e, session.canEdit)
                ? <Button type="primary" size="small" onClick={() => setFinalizing(e)}>{t('evaluation.finalize')}</Button> : null}>
              <Space wrap>
                <Tag color={e.status === 'DRAFT' ? 'orange' : 'green'}>{label('evaluationStatus', e.status)}</Tag>
                <span>{date(e.periodStart)} – {date(e.periodEnd)}</span>
                <Tag>{e.ratingLabel ?? e.rating}</Tag>
                <span>{t('pairing.score')} {e.score}</span>
                <Typography.Text type="secondary">{label('evaluationOrigin', e.origin)}</Typography.Text>
              </Space>
              {e.sideRatings.length > 0 ? (
                <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                  {e.sideRatings.map((r) => (
                    <Descriptions.Item key={r.organizationId} label={`${name(r.organizationId)}（${label('evaluationSide', r.side)}）`}>
                      {t('evaluation.stars', { rating: r.rating })}{r.remarks ? ` · ${r.remarks}` : ''}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ) : null}
              {e.status === 'DRAFT' && missingRaters(e, members).length > 0 ? (
                <Typography.Text type="secondary">
                  {t('evaluation.waitingFor', { names: missingRaters(e, members).map(name).join('、') })}
                </Typography.Text>
              ) : null}
              {e.remarks ? <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0 }}>{e.remarks}</Typography.Paragraph> : null}
            </List.Item>
          )} />
        )}
      </QueryState>
      {finalizing ? <FinalizeDialog evaluation={finalizing} onClose={() => setFinalizing(null)} /> : null}
      {opening ? <OpenDialog pairingId={pairing.id} onClose={() => setOpening(false)} /> : null}
    </Card>
  );
}

function FinalizeDialog({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ remarks?: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: { remarks?: string }) => finalizeDraft(evaluation, v),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: evaluationKeys.all });
      message.success(t('evaluation.finalized'));
      onClose();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  const reload = () => { client.invalidateQueries({ queryKey: evaluationKeys.all }); onClose(); };
  return (
    <Modal open title={t('evaluation.finalize')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('evaluation.finalize')} cancelText={t('app.cancel')} confirmLoading={run.isPending}>
      {problem ? <ProblemAlert error={problem} onReload={reload} /> : null}
      <Typography.Paragraph>{t('evaluation.finalizeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ remarks: evaluation.remarks }}
        onFinish={(v) => { setProblem(null); run.mutate(v); }}>
        <Form.Item name="remarks" label={t('evaluation.remarks')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function OpenDialog({ pairingId, onClose }: { pairingId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ periodStart?: string; periodEnd?: string }>();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: { periodStart?: string; periodEnd?: string }) =>
      openDraft(pairingId, { periodStart: v.periodStart || undefined, periodEnd: v.periodEnd || undefined }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: evaluationKeys.all });
      message.success(t('evaluation.opened'));
      onClose();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open title={t('evaluation.open')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('evaluation.open')} cancelText={t('app.cancel')} confirmLoading={run.isPending}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Typography.Paragraph>{t('evaluation.openHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => { setProblem(null); run.mutate(v); }}>
        <Form.Item name="periodStart" label={t('evaluation.periodStart')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="periodEnd" label={t('evaluation.periodEnd')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
