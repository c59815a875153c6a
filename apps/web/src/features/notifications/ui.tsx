import {
  BellOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  SafetyOutlined,
  ShopOutlined,
  SolutionOutlined,
  VideoCameraOutlined,
  FileDoneOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationCategory } from '../../gql/graphql';

const ICONS: Record<NotificationCategory, ReactNode> = {
  SECURITY: <SafetyOutlined />,
  INTAKE: <FileTextOutlined />,
  SCREENING: <FundProjectionScreenOutlined />,
  REVIEWING: <SolutionOutlined />,
  ROADSHOW: <VideoCameraOutlined />,
  MATCHING: <ShopOutlined />,
  DEALS: <FileDoneOutlined />,
};

const COLORS: Record<NotificationCategory, string> = {
  SECURITY: 'red',
  INTAKE: 'blue',
  SCREENING: 'purple',
  REVIEWING: 'cyan',
  ROADSHOW: 'magenta',
  MATCHING: 'gold',
  DEALS: 'green',
};

export function categoryIcon(category: NotificationCategory): ReactNode {
  return ICONS[category] ?? <BellOutlined />;
}

export function CategoryTag({ category }: { category: NotificationCategory }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[category]} icon={ICONS[category]} style={{ marginInlineEnd: 0 }}>
      {t(`notifications.category.${category}`)}
    </Tag>
  );
}

/** Only app paths are followed in the app; anything else is ignored (links come from our own e-mails). */
export function appPath(link: string | null | undefined): string | undefined {
  if (!link) return undefined;
  if (link.startsWith('/') && !link.startsWith('//')) return link;
  try {
    const url = new URL(link);
    if (url.origin === window.location.origin) return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // not a URL
  }
  return undefined;
}
