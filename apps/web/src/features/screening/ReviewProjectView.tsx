import '../projects/strings';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { AssignmentFieldsFragment, SixCan } from '../../gql/graphql';
import { SIX_CANS } from '../projects/cans';
import { pickText } from '../projects/format';
import { Attachments, ProjectFacts } from '../projects/ProjectDetails';

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
  const heading = (key: 'basics' | 'technology' | 'cans' | 'attachments', first = false) => (
    <Typography.Title level={5} style={{ margin: first ? '0 0 8px' : '20px 0 8px' }}>
      {t(`projects.page.sections.${key}`)}
    </Typography.Title>
  );
  const label = { width: 170 };
  return (
    <div data-testid="review-project">
      <ProjectFacts
        project={project}
        sectorLabel={pickText(project.sectorName, language) || project.sectorCode}
        heading={heading}
      />
      {project.team ? (
        <Descriptions bordered size="small" column={1} styles={{ label }} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('projects.field.team')}>
            <Text value={project.team} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}

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
