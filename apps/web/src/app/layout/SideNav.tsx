import { DashboardOutlined, HeartOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../paths';

/** The entries of the sider; only pages that exist are listed. */
export function SideNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items: MenuProps['items'] = [
    {
      key: paths.overview,
      icon: <DashboardOutlined />,
      label: <Link to={paths.overview}>{t('nav.overview')}</Link>,
    },
    {
      key: paths.systemStatus,
      icon: <HeartOutlined />,
      label: <Link to={paths.systemStatus}>{t('nav.systemStatus')}</Link>,
    },
  ];
  const selected = items.flatMap((item) => (item && item.key === pathname ? [String(item.key)] : []));

  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" items={items} selectedKeys={selected} style={{ borderInlineEnd: 'none' }} />
    </nav>
  );
}
