import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import type { ProjectStatus, SixCan } from '../../gql/graphql';

/** The six cans in the order the criteria are told. */
export const SIX_CANS: readonly SixCan[] = ['ATTEND', 'CONVERT', 'TRANSFER', 'TRADE', 'CROSS_BORDER', 'LAND'];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Can attend (能参会)" in English, "能参会（can attend）" in Chinese: both names, the UI language first. */
export function useCanLabel(): (can: SixCan) => string {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies AppLanguage;
  return (can) => {
    const zh = t(`projects.can.${can}`, { lng: 'zh-CN' });
    const en = t(`projects.can.${can}`, { lng: 'en' });
    return language === 'zh-CN' ? `${zh}（${en}）` : `${capitalize(en)} (${zh})`;
  };
}

const STATUS_COLORS: Record<ProjectStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  IN_SCREENING: 'processing',
  SHORTLISTED: 'green',
  IN_ROADSHOW: 'purple',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="project-status">
      {t(`projects.status.${status}`)}
    </Tag>
  );
}

/** The signed-in user's time zone, else the browser's. */
export function useUserTimeZone(): string {
  const { me } = useSession();
  return me?.user.timeZone || browserTimeZone();
}

/** Statuses from which the applicant may still withdraw (before a final decision). */
export const WITHDRAWABLE: readonly ProjectStatus[] = ['DRAFT', 'SUBMITTED', 'IN_SCREENING'];
