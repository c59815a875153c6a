import '../projects/strings';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { AssignmentFieldsFragment, SixCan } from '../../gql/graphql';
import { SIX_CANS } from '../projects/cans';
import { countryName } from '../projects/countries';
import { formatMoney, pickText } from '../projects/format';
import { Attachments } from '../projects/ProjectDetails';

type ReviewProject = AssignmentFieldsFragment['project'];

function Text({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  return value?.trim() ? (
    <span style={{ whiteSpace: 'pre-line' }}>{value}</span>
  ) : (
    <Typography.Text type="secondary">{t('projects.common.none')}</Typography.Text>
  );
}

/** What a reviewer reads: the project as its applicant described it, with the cans this round checks first. */
export function ReviewProjectView({ project, cans }: { project: ReviewProject; cans: readonly SixCan[] }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const ordered = [...cans, ...SIX_CANS.filter((c) => !cans.includes(c))];
  const heading = (key: 'basics' | 'technology' | 'team' | 'cans' | 'attachments') => (
    <Typography.Title level={5} style={{ margin: key === 'basics' ? '0 0 8px' : '20px 0 8px' }}>
      {t(`projects.page.sections.${key}`)}
    </Typography.Title>
  );
  const label = { width: 170 };
  return (
    <div data-testid="review-project">
      {heading('basics')}
      <Descriptions bordered size="small" column={1} styles={{ label }}>
        <Descriptions.Item label={t('projects.field.titleZh')}>
          <Text value={project.title.zh} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.titleEn')}>
          <Text value={project.title.en} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.summaryZh')}>
          <Text value={project.summary.zh} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.summaryEn')}>
          <Text value={project.summary.en} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.organizationName')}>
          <Text value={project.organizationName} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.country')}>
          <Text value={countryName(project.country, language)} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.sector')}>
          <Text value={pickText(project.sectorName, language) || project.sectorCode} />
        </Descriptions.Item>
      </Descriptions>

      {heading('technology')}
      <Descriptions bordered size="small" column={1} styles={{ label }}>
        <Descriptions.Item label={t('projects.field.trl')}>
          {project.trl ? (
            `TRL ${project.trl} · ${t(`projects.trl.${project.trl}` as 'projects.trl.1')}`
          ) : (
            <Text value="" />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.ipStatus')}>
          {project.ipStatus ? t(`projects.ipStatus.${project.ipStatus}`) : <Text value="" />}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.cooperationModes')}>
          <Flex gap={4} wrap>
            {project.cooperationModes.map((mode) => (
              <Tag key={mode}>{t(`projects.cooperation.${mode}`)}</Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.fundingAsk')}>
          {project.fundingAsk ? (
            formatMoney(project.fundingAsk.amount, project.fundingAsk.currency, language)
          ) : (
            <Text value="" />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.team')}>
          <Text value={project.team} />
        </Descriptions.Item>
      </Descriptions>

      {heading('cans')}
      <Descriptions bordered size="small" column={1} styles={{ label }}>
        {ordered.map((can) => {
          const item = project.selfAssessment.find((s) => s.can === can);
          return (
            <Descriptions.Item
              key={can}
              label={
                <Flex vertical gap={2}>
                  <span>{t(`projects.can.${can}`)}</span>
                  {cans.includes(can) ? (
                    <span>
                      <Tag color="blue">{t('screening.review.checkedHere')}</Tag>
                    </span>
                  ) : null}
                </Flex>
              }
            >
              {item ? (
                <Flex vertical gap={4}>
                  <Text value={item.claim} />
                  {item.evidence ? <Typography.Text type="secondary">{item.evidence}</Typography.Text> : null}
                </Flex>
              ) : (
                <Text value="" />
              )}
            </Descriptions.Item>
          );
        })}
      </Descriptions>

      {heading('attachments')}
      <Attachments attachments={project.attachments} />
    </div>
  );
}
