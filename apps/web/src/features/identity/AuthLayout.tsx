import { Flex, theme } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from '../../app/layout/Brand';
import { LanguageSwitch } from '../../app/layout/LanguageSwitch';
import { usePageTitle } from '../../app/usePageTitle';

interface AuthLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
}

/**
 * Public pages (log-in, sign-up, invitations, password reset): a card under a slim header. Plain
 * elements (no Card, which brings Tabs; no Typography) keep them out of the first screen of a signed-out visitor.
 */
export function AuthLayout({ title, intro, children, footer, width = 440 }: AuthLayoutProps) {
  usePageTitle(title);
  const { token } = theme.useToken();
  return (
    <Flex vertical style={{ minHeight: '100vh' }}>
      <Flex
        component="header"
        align="center"
        justify="space-between"
        style={{
          height: 56,
          paddingInline: 20,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Brand />
        <LanguageSwitch />
      </Flex>
      <Flex component="main" justify="center" style={{ padding: '48px 16px' }}>
        <section
          style={{
            width: '100%',
            maxWidth: width,
            padding: 24,
            fontSize: token.fontSize,
            lineHeight: token.lineHeight,
            color: token.colorText,
            background: token.colorBgContainer,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
          }}
        >
          <h1 style={{ margin: '0 0 8px', fontSize: token.fontSizeHeading3, fontWeight: 600 }}>{title}</h1>
          {intro ? <p style={{ margin: '0 0 20px', color: token.colorTextSecondary }}>{intro}</p> : null}
          {children}
          {footer ? <div style={{ marginTop: 16, textAlign: 'center' }}>{footer}</div> : null}
        </section>
      </Flex>
    </Flex>
  );
}
