import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AssignCommentatorsDocument,
  RoadshowMembersDocument,
  type RoadshowFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { ProblemAlert, type Problem } from '../screening/ui';
import { toRoadshowProblem } from './ui';

/** The event's commentators: members of the organisation, chosen by name (they get the COMMENTATOR role). */
export function CommentatorsCard({
  roadshow,
  editable,
}: {
  roadshow: RoadshowFieldsFragment;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const members = useQuery(RoadshowMembersDocument, { variables: { first: 100 } });
  const [assign, assigning] = useMutation(AssignCommentatorsDocument);
  const current = roadshow.commentators.map((c) => c.userId);
  const [chosen, setChosen] = useState<string[]>();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const value = chosen ?? current;
  const changed = value.length !== current.length || value.some((id) => !current.includes(id));
  const options = [
    ...(members.data?.members.edges.map(({ node }) => ({
      value: node.userId,
      label: `${node.displayName} · ${node.email}`,
    })) ?? []),
    // Assigned commentators beyond the first page of members still show by name.
    ...roadshow.commentators
      .filter((c) => !members.data?.members.edges.some((e) => e.node.userId === c.userId))
      .map((c) => ({ value: c.userId, label: c.displayName })),
  ];

  const save = async () => {
    setProblem(undefined);
    setSaved(false);
    try {
      await assign({ variables: { id: roadshow.id, userIds: value } });
      setChosen(undefined);
      setSaved(true);
    } catch (error) {
      setProblem(toRoadshowProblem(t, error));
    }
  };

  return (
    <Card title={t('roadshows.planner.commentators')} data-testid="commentators-card">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('roadshows.planner.commentatorsIntro')}</Typography.Text>
        {members.error && !members.data ? (
          <QueryError error={members.error} onRetry={() => void members.refetch().catch(() => undefined)} />
        ) : null}
        <Select
          mode="multiple"
          aria-label={t('roadshows.planner.commentators')}
          placeholder={t('roadshows.planner.commentatorsPlaceholder')}
          value={value}
          onChange={(ids: string[]) => {
            setSaved(false);
            setChosen(ids);
          }}
          options={options}
          optionFilterProp="label"
          loading={members.loading}
          disabled={!editable}
          style={{ width: '100%' }}
        />
        <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
        {saved ? <Alert type="success" showIcon message={t('roadshows.planner.commentatorsSaved')} /> : null}
        {editable ? (
          <div>
            <Button disabled={!changed} loading={assigning.loading} onClick={() => void save()}>
              {t('roadshows.planner.commentatorsSave')}
            </Button>
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}
