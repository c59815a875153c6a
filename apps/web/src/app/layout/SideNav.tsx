import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FundProjectionScreenOutlined,
  FileTextOutlined,
  FlagOutlined,
  HeartOutlined,
  HistoryOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../features/identity/useSession';
import type { Role } from '../../gql/graphql';
import { paths } from '../paths';

interface NavEntry {
  path: string;
  icon: ReactNode;
  label: string;
  /** Roles that may use the page; absent: everyone signed in. */
  roles?: readonly Role[];
}

/** The entries of the sider: only pages that exist, and only those the user's roles can use. */
export function SideNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { roles } = useSession();
  const entries: NavEntry[] = [
    { path: paths.overview, icon: <DashboardOutlined />, label: t('nav.overview') },
    {
      path: paths.programmes,
      icon: <FlagOutlined />,
      label: t('nav.programmes'),
      roles: ['ORGANIZER', 'CHANNEL'],
    },
    {
      path: paths.channels,
      icon: <ApartmentOutlined />,
      label: t('nav.channels'),
      roles: ['ORGANIZER', 'CHANNEL'],
    },
    { path: paths.myProjects, icon: <FileTextOutlined />, label: t('nav.myProjects'), roles: ['APPLICANT'] },
    { path: paths.partnerHome, icon: <ShopOutlined />, label: t('nav.partnerHome'), roles: ['PARTNER'] },
    {
      path: paths.pipeline,
      icon: <FundProjectionScreenOutlined />,
      label: t('nav.pipeline'),
      roles: ['ORGANIZER', 'PARTNER'],
    },
    { path: paths.roadshows, icon: <VideoCameraOutlined />, label: t('nav.roadshows'), roles: ['ORGANIZER'] },
    { path: paths.agreements, icon: <FileDoneOutlined />, label: t('nav.agreements'), roles: ['ORGANIZER'] },
    { path: paths.review, icon: <SolutionOutlined />, label: t('nav.review'), roles: ['REVIEWER'] },
    { path: paths.reviewers, icon: <AuditOutlined />, label: t('nav.reviewers'), roles: ['ORGANIZER'] },
    { path: paths.members, icon: <TeamOutlined />, label: t('nav.members'), roles: ['ORGANIZER'] },
    { path: paths.audit, icon: <HistoryOutlined />, label: t('nav.audit'), roles: ['ORGANIZER'] },
    { path: paths.webhooks, icon: <ApiOutlined />, label: t('nav.webhooks'), roles: ['ORGANIZER'] },
    { path: paths.systemStatus, icon: <HeartOutlined />, label: t('nav.systemStatus') },
  ];
  const items: MenuProps['items'] = entries
    .filter((entry) => !entry.roles || entry.roles.some((role) => roles.includes(role)))
    .map((entry) => ({
      key: entry.path,
      icon: entry.icon,
      label: <Link to={entry.path}>{entry.label}</Link>,
    }));
  // The entry whose page contains the current one (e.g. /review for /review/assignments/…).
  const selected = items
    .flatMap((item) => (item ? [String(item.key)] : []))
    .filter((key) => key === pathname || (key !== '/' && pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" items={items} selectedKeys={selected} style={{ borderInlineEnd: 'none' }} />
    </nav>
  );
}
