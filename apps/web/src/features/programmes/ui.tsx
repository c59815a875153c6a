import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus, ProjectStatus, SixCan } from '../../gql/graphql';

const PROGRAMME_COLORS: Record<ProgrammeStatus, string> = {
  DRAFT: 'default',
  OPEN: 'green',
  CLOSED: 'orange',
  ARCHIVED: 'default',
};

export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PROGRAMME_COLORS[status]} bordered={status !== 'ARCHIVED'}>
      {t(`programmes.status.${status}`)}
    </Tag>
  );
}

const PROJECT_COLORS: Record<ProjectStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  IN_SCREENING: 'geekblue',
  SHORTLISTED: 'cyan',
  IN_ROADSHOW: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <Tag color={PROJECT_COLORS[status]}>{t(`programmes.projectStatus.${status}`)}</Tag>;
}

export const PROJECT_STATUSES: ProjectStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'IN_SCREENING',
  'SHORTLISTED',
  'IN_ROADSHOW',
  'REJECTED',
  'WITHDRAWN',
];

export const SIX_CANS: SixCan[] = ['ATTEND', 'CONVERT', 'TRANSFER', 'TRADE', 'CROSS_BORDER', 'LAND'];
/** The Chinese names of the six cans, shown next to the English ones whatever the UI language. */
export const CAN_ZH: Record<SixCan, string> = {
  ATTEND: '能参会',
  CONVERT: '能转化',
  TRANSFER: '能转移',
  TRADE: '能交易',
  CROSS_BORDER: '能跨境',
  LAND: '能落地',
};
