import { Layout, Menu, Select, Dropdown, Button, Space, Typography, Grid } from 'antd';
import {
  DashboardOutlined, ApartmentOutlined, LinkOutlined, CalendarOutlined, MessageOutlined, CheckSquareOutlined,
  UserOutlined, GlobalOutlined, LogoutOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useSession, type Role } from '../lib/session/SessionProvider';
import type { MessageKey } from '../lib/i18n/messages';

interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  roles: Role[];
}

const COMMITTEE: Role[] = ['district-admin', 'city-admin'];

/** The menu by role: a dashboard reader sees the overview only. */
export const MENU: MenuEntry[] = [
  { path: '/', label: 'nav.overview', icon: <DashboardOutlined />, roles: [...COMMITTEE, 'dashboard-reader'] },
  { path: '/organizations', label: 'nav.organizations', icon: <ApartmentOutlined />, roles: COMMITTEE },
  { path: '/pairings', label: 'nav.pairings', icon: <LinkOutlined />, roles: COMMITTEE },
  { path: '/activities', label: 'nav.activities', icon: <CalendarOutlined />, roles: COMMITTEE },
  { path: '/demands', label: 'nav.demands', icon: <MessageOutlined />, roles: COMMITTEE },
  { path: '/receipts', label: 'nav.receipts', icon: <CheckSquareOutlined />, roles: COMMITTEE },
];

function selectedKey(pathname: string): string {
  const match = MENU.filter((m) => m.path !== '/' && pathname.startsWith(m.path));
  return match.length > 0 ? match[0].path : '/';
}

export function AppLayout() {
  const { t, language, setLanguage } = useI18n();
  const session = useSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const items = MENU.filter((m) => session.has(...m.roles))
    .map((m) => ({ key: m.path, icon: m.icon, label: <Link to={m.path}>{t(m.label)}</Link> }));
  const city = session.has('city-admin');
  const role = session.me.roles.find((r) => ['district-admin', 'city-admin', 'dashboard-reader'].includes(r)) ?? session.me.roles[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={screens.md ? 64 : 0}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        theme="dark"
      >
        <div style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#fff', fontWeight: 600, fontSize: collapsed ? 16 : 17, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {collapsed ? '共建' : t('app.title')}
        </div>
        <nav aria-label={t('app.title')}>
          <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 16, borderBottom: '1px solid #f0f0f0', flexWrap: 'wrap', height: 'auto', minHeight: 56, lineHeight: '56px' }}>
          <Space wrap>
            {city ? (
              <span data-testid="district-picker"><Select
                aria-label={t('header.district')}
                placeholder={t('header.pickDistrict')}
                value={session.district}
                style={{ minWidth: 160 }}
                onChange={session.pickDistrict}
                options={session.me.districts.map((d) => ({ value: d.code, label: d.name }))}
              /></span>
            ) : (
              <Typography.Text data-testid="district-name">{session.districtName}</Typography.Text>
            )}
            <Select
              aria-label={t('header.language')}
              value={language}
              onChange={setLanguage}
              suffixIcon={<GlobalOutlined />}
              options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]}
              style={{ width: 110 }}
            />
            <Dropdown
              menu={{
                items: [{
                  key: 'logout', icon: <LogoutOutlined />, label: <a href="/logout">{t('header.logout')}</a>,
                }],
              }}
            >
              <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                {session.me.name || session.me.username}
                {role ? <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{t(`role.${role}` as MessageKey)}</Typography.Text> : null}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: screens.md ? 24 : 8 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
