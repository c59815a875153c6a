import { DownOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { homePathFor } from './roles';
import { useSession } from './useSession';

/** Header: the organisation switcher (with several memberships) and the user menu. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, signOut, switchOrganization } = useSession();
  const [switching, setSwitching] = useState(false);
  if (!me) return null;

  const userItems: MenuProps['items'] = [
    { key: 'profile', icon: <UserOutlined />, label: t('header.profile') },
    { type: 'divider' },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('header.signOut') },
  ];
  const onUserClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') void navigate(paths.profile);
    // RequireAuth then takes the signed-out user to the log-in page.
    if (key === 'signOut') void signOut();
  };

  const others = me.memberships.filter((m) => m.organization.id !== me.organization.id);
  const orgItems: MenuProps['items'] = me.memberships.map((m) => ({
    key: m.organization.id,
    label: m.organization.name,
    disabled: m.organization.id === me.organization.id,
  }));
  const onOrgClick: MenuProps['onClick'] = ({ key }) => {
    setSwitching(true);
    void switchOrganization(key)
      .then((next) => navigate(next ? homePathFor(next.roles) : paths.overview))
      .catch(() => undefined)
      .finally(() => setSwitching(false));
  };

  return (
    <>
      {others.length > 0 ? (
        <Dropdown
          menu={{ items: orgItems, onClick: onOrgClick, selectedKeys: [me.organization.id] }}
          trigger={['click']}
        >
          <Button
            type="text"
            icon={<SwapOutlined />}
            loading={switching}
            aria-label={t('header.switchOrganization')}
            data-testid="organization-switcher"
          >
            <span className="sixcan-header-label">{me.organization.name}</span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      ) : (
        <span className="sixcan-header-label sixcan-org-name" data-testid="organization-name">
          {me.organization.name}
        </span>
      )}
      <Dropdown menu={{ items: userItems, onClick: onUserClick }} trigger={['click']}>
        <Button type="text" icon={<UserOutlined />} aria-label={t('header.userMenu')} data-testid="user-menu">
          <span className="sixcan-header-label">{me.user.displayName}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </>
  );
}
