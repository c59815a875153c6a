import './strings';
import { useQuery } from '@apollo/client/react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ProjectFeedbackDocument } from '../../gql/graphql';
import { formatInstant, pickText } from '../programmes/shared';

/** Feedback the organizers released on a project (text only: never scores or reviewers). Hidden when none. */
export function ProjectFeedback({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { data } = useQuery(ProjectFeedbackDocument, { variables: { projectId }, errorPolicy: 'ignore' });
  const items = data?.projectFeedback ?? [];
  if (!items.length) return null;
  return (
    <Card title={t('screening.feedback.title')} data-testid="project-feedback">
      <Flex vertical gap={12}>
        {items.map((item) => (
          <Flex key={item.roundOrdinal} vertical gap={2}>
            <Typography.Text strong>
              {t('screening.feedback.roundN', { ordinal: item.roundOrdinal })}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {formatInstant(item.releasedAt, language)}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
              {pickText(item.text, language)}
            </Typography.Paragraph>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
