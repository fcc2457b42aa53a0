import { App, Button, Card, Descriptions, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { showFieldErrors } from '../../lib/api/formErrors';
import type { MessageKey } from '../../lib/i18n/messages';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { answerDemand, portalKeys, useDemand, useMyPairing, type DemandWithHistory } from './api';
import { demandActions, type DemandAction } from './logic';
import { useOrgLabel } from './orgLabel';
import { PortalQuery } from './PortalQuery';

const TEXT_FIELD: Record<DemandAction, { name: string; label: MessageKey; required: boolean }> = {
  accept: { name: 'note', label: 'demand.note', required: false },
  resolve: { name: 'resolution', label: 'demand.resolution', required: true },
  reject: { name: 'reason', label: 'demand.reason', required: true },
};

/** A demand with its history; the lead side's secretary accepts, resolves or rejects it (the last two with a text). */
export default function MyDemandPage() {
  const { id = '' } = useParams();
  const read = useDemand(id);
  return <PortalQuery query={read} rows={5}>{(d) => <DemandView demand={d} />}</PortalQuery>;
}

function DemandView({ demand: d }: { demand: DemandWithHistory }) {
  const { t, label, date, dateTime } = useI18n();
  const { me } = useSession();
  const pairing = useMyPairing(d.pairingId);
  const orgLabel = useOrgLabel();
  const [action, setAction] = useState<DemandAction | null>(null);
  const actions = pairing.data ? demandActions(d, pairing.data.data, me.organizationId, me.roles) : [];
  const category = t(`demand.category.${d.category}` as MessageKey);
  return (
    <>
      <PageHeader title={d.title} sub={pairing.data ? <Link to={`/my/pairings/${d.pairingId}`}>{pairing.data.data.title}</Link> : null} />
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('demand.status')}><Tag data-testid="demand-status" data-status={d.status}>{label('demandStatus', d.status)}</Tag>{d.overdue ? <Tag color="red">{t('demand.overdue')}</Tag> : null}</Descriptions.Item>
            <Descriptions.Item label={t('demand.category')}>{category.startsWith('demand.category.') ? d.category : category}</Descriptions.Item>
            <Descriptions.Item label={t('pairing.partners')}>{orgLabel(d.raisedBy, pairing.data?.data)}</Descriptions.Item>
            {d.dueOn ? <Descriptions.Item label={t('demand.desiredDate')}>{date(d.dueOn)}</Descriptions.Item> : null}
            {d.detail ? <Descriptions.Item label={t('demand.detail')}><span style={{ whiteSpace: 'pre-wrap' }}>{d.detail}</span></Descriptions.Item> : null}
            {d.resolution ? <Descriptions.Item label={t('demand.resolutionLabel')}><span style={{ whiteSpace: 'pre-wrap' }}>{d.resolution}</span></Descriptions.Item> : null}
          </Descriptions>
          {actions.length > 0 ? (
            <Space wrap style={{ marginTop: 8 }}>
              {actions.map((a) => (
                <Button key={a} size="large" type={a === 'reject' ? 'default' : 'primary'} danger={a === 'reject'} onClick={() => setAction(a)} data-testid={`demand-${a}`}>
                  {t(`demand.${a}` as MessageKey)}
                </Button>
              ))}
            </Space>
          ) : null}
        </Card>
        <Card size="small" title={t('demand.history')}>
          <Timeline data-testid="demand-history" items={(d.history ?? []).map((s) => ({
            children: (
              <Space direction="vertical" size={0}>
                <Typography.Text>{s.from ? `${label('demandStatus', s.from)} → ` : ''}{label('demandStatus', s.to)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dateTime(s.at)} · {s.actor}</Typography.Text>
                {s.note ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{s.note}</Typography.Text> : null}
              </Space>
            ),
          }))} />
        </Card>
      </Space>
      {action ? <AnswerModal demand={d} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
}

function AnswerModal({ demand, action, onClose }: { demand: DemandWithHistory; action: DemandAction; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string>>();
  const [problem, setProblem] = useState<unknown>(null);
  const client = useQueryClient();
  const field = TEXT_FIELD[action];
  const save = useMutation({
    mutationFn: (text?: string) => answerDemand(demand.id, action, text),
    onSuccess: (answer) => {
      client.setQueryData(portalKeys.demand(demand.id), answer.data);
      client.invalidateQueries({ queryKey: portalKeys.demands });
      message.success(t(`demand.${action}` as MessageKey));
      onClose();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open title={t(`demand.${action}` as MessageKey)} onCancel={onClose} okText={t('app.confirm')} cancelText={t('app.cancel')}
      confirmLoading={save.isPending} okButtonProps={{ disabled: save.isPending }}
      onOk={() => form.validateFields().then((v) => { setProblem(null); save.mutate(v[field.name]); }).catch(() => undefined)}>
      {problem ? <ProblemAlert error={problem} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item name={field.name} label={t(field.label)} rules={field.required ? [{ required: true, whitespace: true, message: t(field.label) }] : []}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
