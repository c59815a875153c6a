import { BellOutlined } from '@ant-design/icons';
import { Button, theme } from 'antd';
import { lazy, Suspense, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './useUnreadCount';

// The dropdown (popover, list, strings) loads when the bell is first pointed at, focused or clicked: the
// first screen carries only the button and its count.
const BellDropdown = lazy(() => import('./BellDropdown'));

/** The header's bell: the unread count, live; a click opens the latest notifications. */
export default function NotificationBell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { count, interrupted } = useUnreadCount();
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  const want = () => setWanted(true);

  const button: ReactElement = (
    <Button
      type="text"
      aria-label={count > 0 ? t('header.notificationsUnread', { count }) : t('header.notifications')}
      aria-haspopup="dialog"
      aria-expanded={open}
      onMouseEnter={want}
      onFocus={want}
      onClick={() => {
        // Until the dropdown is there, a click asks for it open; then the popover handles clicks.
        if (ready) return;
        want();
        setOpen(true);
      }}
      data-testid="notification-bell"
      style={{ height: 40, paddingInline: 10 }}
    >
      <span style={{ position: 'relative', display: 'inline-flex' }} data-testid="notification-badge">
        <BellOutlined style={{ fontSize: 18 }} />
        {count > 0 ? (
          <span
            data-testid="notification-count"
            style={{
              position: 'absolute',
              top: -7,
              insetInlineStart: 9,
              minWidth: 16,
              height: 16,
              paddingInline: 4,
              borderRadius: 8,
              background: token.colorError,
              color: token.colorWhite,
              fontSize: 11,
              lineHeight: '16px',
              textAlign: 'center',
              boxShadow: `0 0 0 1px ${token.colorBgContainer}`,
            }}
          >
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </span>
    </Button>
  );

  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <BellDropdown
        open={open}
        onOpenChange={setOpen}
        onReady={() => setReady(true)}
        count={count}
        interrupted={interrupted}
      >
        {button}
      </BellDropdown>
    </Suspense>
  );
}
