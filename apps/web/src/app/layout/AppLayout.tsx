import { Flex, Layout, theme } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { UserMenu } from '../../features/identity/UserMenu';
import { BellSlot } from '../../features/notifications/BellSlot';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteFallback } from './RouteFallback';
import { SideNav } from './SideNav';

const HEADER_HEIGHT = 56;

/** Header with the product name, language switch, organisation and user menus; sider navigation, and the routed page. */
export function AppLayout() {
  const { token } = theme.useToken();
  const bar = { background: token.colorBgContainer, borderColor: token.colorBorderSecondary };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          ...bar,
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          paddingInline: 20,
          borderBottom: `1px solid ${bar.borderColor}`,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
      >
        <Brand />
        <Flex align="center" gap={8}>
          <LanguageSwitch />
          <BellSlot />
          <UserMenu />
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={220}
          breakpoint="lg"
          collapsible
          trigger={null}
          theme="light"
          style={{ ...bar, borderRight: `1px solid ${bar.borderColor}` }}
        >
          {/* The sider spans the page; its menu stays in view while the page scrolls. */}
          <div style={{ position: 'sticky', top: HEADER_HEIGHT }}>
            <SideNav />
          </div>
        </Layout.Sider>
        <Layout.Content className="sixcan-content">
          <main>
            <Suspense fallback={<RouteFallback />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
