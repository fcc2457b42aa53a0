import { Badge, Layout, Menu, Select, Dropdown, Button, Space, Typography, Grid } from 'antd';
import {
  DashboardOutlined, ApartmentOutlined, LinkOutlined, CalendarOutlined, MessageOutlined, CheckSquareOutlined,
  UserOutlined, GlobalOutlined, LogoutOutlined, BellOutlined, SettingOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useSession } from '../lib/session/SessionProvider';
import { forgetMe, sessionStore } from '../lib/session/rememberedMe';
import { isPortalUser, menuFor, selectedKey } from './menu';
import { useUnreadCount } from '../features/portal/api';
import type { MessageKey } from '../lib/i18n/messages';

const ICONS: Record<string, ReactNode> = {
  '/': <DashboardOutlined />,
  '/organizations': <ApartmentOutlined />,
  '/pairings': <LinkOutlined />,
  '/activities': <CalendarOutlined />,
  '/demands': <MessageOutlined />,
  '/receipts': <CheckSquareOutlined />,
  '/inbox': <BellOutlined />,
  '/my/pairings': <LinkOutlined />,
  '/my/demands': <MessageOutlined />,
  '/my/organization': <ApartmentOutlined />,
  '/my/calendar': <CalendarOutlined />,
  '/settings': <SettingOutlined />,
};

export function AppLayout() {
  const { t, language, setLanguage } = useI18n();
  const session = useSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(() => !!window.matchMedia && !window.matchMedia('(min-width: 992px)').matches);
  const portal = isPortalUser(session.me.roles);
  const unread = useUnreadCount(portal);
  const entries = menuFor(session.me.roles);
  const items = entries.map((m) => ({
    key: m.path,
    icon: ICONS[m.path],
    label: (
      <Link to={m.path} onClick={() => { if (!screens.lg) setCollapsed(true); }}>
        {t(m.label)}
        {m.path === '/inbox' && (unread.data ?? 0) > 0
          ? <Badge count={unread.data} size="small" style={{ marginLeft: 8 }} data-testid="unread-badge" /> : null}
      </Link>
    ),
  }));
  const city = session.has('city-admin');
  const role = session.me.roles.find((r) => ['district-admin', 'city-admin', 'dashboard-reader'].includes(r)) ?? session.me.roles[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">{t('app.skipToContent')}</a>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={screens.md ? 64 : 0}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        theme="dark"
        style={screens.md ? undefined : { position: 'fixed', zIndex: 1000, height: '100vh', left: 0, top: 0 }}
      >
        <div style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#fff', fontWeight: 600, fontSize: collapsed ? 16 : 17, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {collapsed ? '共建' : t('app.title')}
        </div>
        <nav aria-label={t('app.title')}>
          <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname, entries)]} items={items} />
        </nav>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
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
              portal ? null : <Typography.Text data-testid="district-name">{session.districtName}</Typography.Text>
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
                  key: 'logout', icon: <LogoutOutlined />, label: <a href="/logout" onClick={() => forgetMe(sessionStore())}>{t('header.logout')}</a>,
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
        <Layout.Content style={{ margin: screens.md ? 24 : 8, minWidth: 0 }}>
          <main id="main" tabIndex={-1} style={{ outline: 'none' }}>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
