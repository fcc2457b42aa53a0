import { App, Button, DatePicker, Descriptions, Drawer, Form, Input, List, Modal, Space, Tag, Tabs, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldErrors } from '../../lib/api/formErrors';
import { dissolve, organizationKeys, useChildren, useOrganization } from './api';
import { OrganizationForm } from './OrganizationForm';
import { PersonAccount } from './PersonAccount';
import { usePairings } from '../pairings/api';
import { useActivities } from '../activities/api';

/** An organization's details, its sub-organizations, pairings and activities; edit and dissolve. */
export function OrganizationDrawer({ id, onClose, onOpen }: { id?: string; onClose: () => void; onOpen: (id: string) => void }) {
  const { t, label, date, dateTime } = useI18n();
  const session = useSession();
  const read = useOrganization(id);
  const children = useChildren(id);
  const pairings = usePairings({ organizationId: id, size: 50 }, !!id);
  const activities = useActivities({ organizationId: id, size: 20, sort: 'startsAt,desc' }, !!id);
  const [editing, setEditing] = useState(false);
  const [dissolving, setDissolving] = useState(false);
  const o = read.data?.data;
  return (
    <Drawer open={!!id} onClose={onClose} width={Math.min(720, window.innerWidth)} title={o?.name ?? t('app.detail')}
      extra={o && session.canEdit && o.status === 'ACTIVE' ? (
        <Space>
          <Button onClick={() => setEditing(true)}>{t('app.edit')}</Button>
          <Button danger onClick={() => setDissolving(true)}>{t('org.dissolve')}</Button>
        </Space>
      ) : null}
    >
      <QueryState query={read} rows={8}>
        {({ data }) => (
          <Tabs items={[
            {
              key: 'detail', label: t('app.detail'), children: (
                <div data-testid="org-detail"><Descriptions column={1} bordered size="small">
                  <Descriptions.Item label={t('org.kind')}>{label('kind', data.kind)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.sector')}>{label('sector', data.sector)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.status')}>
                    <Tag color={data.status === 'ACTIVE' ? 'green' : 'default'}>{label('orgStatus', data.status)}</Tag>
                    {data.dissolution ? `${date(data.dissolution.dissolvedOn)} ${data.dissolution.reason}` : null}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('org.hostUnit')}>{data.hostUnit?.name} {data.hostUnit?.creditCode}</Descriptions.Item>
                  <Descriptions.Item label={t('org.secretary')}>
                    {data.secretary?.name} {session.seesPersonalData ? `${data.secretary?.phone ?? ''} ${data.secretary?.email ?? ''}` : null}
                    {data.secretary ? (
                      <PersonAccount organizationId={data.id} person="secretary" state={data.secretary.account}
                        email={data.secretary.email} mayInvite={session.canEdit} organizationActive={data.status === 'ACTIVE'} />
                    ) : null}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('org.contacts')}>
                    {(data.contacts ?? []).map((c, i) => (
                      <div key={c.id ?? i}>{c.name} {session.seesPersonalData ? `${c.phone ?? ''} ${c.email ?? ''}` : null}
                        <PersonAccount organizationId={data.id} person={c.id} state={c.account} email={c.email}
                          mayInvite={session.canEdit} organizationActive={data.status === 'ACTIVE'} />
                      </div>
                    ))}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('org.members')}>
                    {t('org.members.count', { full: data.members?.full ?? 0, probationary: data.members?.probationary ?? 0 })}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('org.foundedOn')}>{date(data.foundedOn)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.honours')}>{(data.honours ?? []).map((h) => <Tag key={h}>{h}</Tag>)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.parent')}>
                    {data.parentId ? <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(data.parentId!)}>{t('org.parent')}</Button> : '—'}
                  </Descriptions.Item>
                </Descriptions></div>
              ),
            },
            {
              key: 'tree', label: t('org.tree'), children: (
                <QueryState query={children} isEmpty={(p) => p.items.length === 0}>
                  {(page) => <List size="small" dataSource={page.items} renderItem={(c) => (
                    <List.Item><Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(c.id)}>{c.name}</Button> <Tag>{label('kind', c.kind)}</Tag></List.Item>
                  )} />}
                </QueryState>
              ),
            },
            {
              key: 'pairings', label: t('org.pairings'), children: (
                <QueryState query={pairings} isEmpty={(p) => p.items.length === 0}>
                  {(page) => <List size="small" dataSource={page.items} renderItem={(p) => (
                    <List.Item><Link to={`/pairings/${p.id}`}>{p.title}</Link><Tag>{label('pairingStatus', p.status)}</Tag></List.Item>
                  )} />}
                </QueryState>
              ),
            },
            {
              key: 'activities', label: t('org.activities'), children: (
                <QueryState query={activities} isEmpty={(p) => p.items.length === 0}>
                  {(page) => <List size="small" dataSource={page.items} renderItem={(a) => (
                    <List.Item><Link to={`/activities/${a.id}`}>{a.title}</Link>
                      <Typography.Text type="secondary">{dateTime(a.startsAt)}</Typography.Text></List.Item>
                  )} />}
                </QueryState>
              ),
            },
          ]} />
        )}
      </QueryState>
      {editing && o ? (
        <OrganizationForm organization={o} etag={read.data?.etag} onClose={() => setEditing(false)}
          onSaved={() => { setEditing(false); read.refetch(); }} />
      ) : null}
      {dissolving && o ? (
        <DissolveDialog id={o.id} name={o.name} etag={read.data?.etag} onDone={() => { setDissolving(false); read.refetch(); }}
          onCancel={() => setDissolving(false)} />
      ) : null}
    </Drawer>
  );
}

function DissolveDialog({ id, name, etag, onDone, onCancel }: { id: string; name: string; etag?: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason: string; dissolvedOn: dayjs.Dayjs }>();
  const [problem, setProblem] = useState<unknown>(null);
  const run = useMutation({
    mutationFn: (v: { reason: string; dissolvedOn: dayjs.Dayjs }) => dissolve(id, v.reason, v.dissolvedOn.format('YYYY-MM-DD'), etag),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: organizationKeys.all });
      message.success(t('org.dissolved'));
      onDone();
    },
    onError: (e) => setProblem(showFieldErrors(form, e).rest),
  });
  return (
    <Modal open title={t('org.dissolve')} okButtonProps={{ danger: true }} okText={t('org.dissolve')} cancelText={t('app.cancel')}
      onOk={() => form.submit()} onCancel={onCancel} confirmLoading={run.isPending}>
      <Typography.Paragraph>{t('org.dissolve.confirm', { name })}</Typography.Paragraph>
      {problem ? <ProblemAlert error={problem} onReload={onDone} /> : null}
      <Form form={form} layout="vertical" initialValues={{ dissolvedOn: dayjs() }} onFinish={(v) => run.mutate(v)}>
        <Form.Item name="reason" label={t('org.dissolve.reason')} rules={[{ required: true, message: t('org.dissolve.reason') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="dissolvedOn" label={t('org.dissolve.on')} rules={[{ required: true, message: t('org.dissolve.on') }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
