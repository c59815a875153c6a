import { Button, Flex, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../app/layout/Brand';
import { LanguageSwitch } from '../../app/layout/LanguageSwitch';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../identity/useSession';

/** The public call pages: a slim header (language switch, log-in or "My projects") over a centred column. */
export function PublicLayout({
  title,
  children,
  width = 960,
}: {
  title: string;
  children: ReactNode;
  width?: number;
}) {
  usePageTitle(title);
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { status, hasRole } = useSession();
  return (
    <Flex vertical style={{ minHeight: '100vh' }}>
      <Flex
        component="header"
        align="center"
        justify="space-between"
        gap={12}
        style={{
          height: 56,
          paddingInline: 20,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Brand />
        <Flex align="center" gap={12}>
          <LanguageSwitch />
          {status === 'authenticated' ? (
            hasRole('APPLICANT') ? (
              <Link to={paths.myProjects}>
                <Button type="text">{t('projects.call.myProjects')}</Button>
              </Link>
            ) : null
          ) : status === 'anonymous' ? (
            <Link to={paths.logIn}>
              <Button type="text">{t('projects.call.logIn')}</Button>
            </Link>
          ) : null}
        </Flex>
      </Flex>
      <Flex component="main" justify="center" style={{ padding: '32px 16px 48px' }}>
        <div style={{ width: '100%', maxWidth: width }}>{children}</div>
      </Flex>
    </Flex>
  );
}
