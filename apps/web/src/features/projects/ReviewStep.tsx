import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicantProgrammeFieldsFragment, ApplicantProjectFieldsFragment } from '../../gql/graphql';
import type { ApiProblem } from '../identity/errors';
import { useCanLabel } from './cans';
import { ProjectDetails } from './ProjectDetails';
import { fieldLabel, problemText, REVIEW_STEP, targetOf } from './wizard-model';

/** The wizard's last step: what is still missing for submission, then the project as reviewers see it. */
export function ReviewStep({
  programme,
  project,
  missing,
  stepTitles,
  userZone,
  showProblems,
  goTo,
}: {
  programme: ApplicantProgrammeFieldsFragment;
  project: ApplicantProjectFieldsFragment;
  missing: ApplicantProjectFieldsFragment['missingForSubmission'];
  stepTitles: string[];
  userZone: string;
  showProblems: (problem: ApiProblem) => unknown;
  goTo: (step: number) => void;
}) {
  const { t } = useTranslation();
  const canLabel = useCanLabel();
  return (
    <section aria-label={stepTitles[REVIEW_STEP]}>
      <Typography.Paragraph type="secondary">{t('projects.wizard.reviewIntro')}</Typography.Paragraph>
      <Card
        size="small"
        title={t('projects.wizard.checklistTitle')}
        style={{ marginBottom: 16 }}
        data-testid="submission-checklist"
      >
        {missing.length === 0 ? (
          <Typography.Text type="success">
            <CheckCircleOutlined /> {t('projects.wizard.checklistDone')}
          </Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={missing}
            renderItem={(problem) => {
              const target = targetOf(problem.field);
              return (
                <List.Item
                  actions={[
                    <Button
                      key="fix"
                      type="link"
                      size="small"
                      onClick={() => {
                        showProblems({ code: 'VALIDATION', fields: [problem], message: '' });
                        goTo(target.step);
                      }}
                    >
                      {t('projects.wizard.fix', { step: stepTitles[target.step] })}
                    </Button>,
                  ]}
                >
                  <span>
                    <ExclamationCircleOutlined style={{ color: '#d48806' }} />{' '}
                    <strong>
                      {t('projects.common.labelled', { label: fieldLabel(t, problem.field, canLabel) })}
                    </strong>
                    {problemText(t, problem.field, problem.message)}
                  </span>
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      <ProjectDetails project={project} mandatoryCans={programme.mandatoryCans} timeZone={userZone} />
    </section>
  );
}
