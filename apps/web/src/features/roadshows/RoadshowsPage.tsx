import './strings';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { ProgrammesDocument } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { pickText } from '../programmes/shared';
import { ProgrammeStatusTag } from '../programmes/ui';
import { RoadshowList } from './RoadshowList';

/** Organizers: the roadshow events of every programme that is not archived, each with its planner and console. */
export default function RoadshowsPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { data, error, refetch, fetchMore, loading } = useQuery(ProgrammesDocument, {
    variables: { first: 50 },
  });
  const connection = data?.programmes;
  const programmes = (connection?.edges.map((e) => e.node) ?? []).filter((p) => p.status !== 'ARCHIVED');
  return (
    <>
      <PageHeader title={t('roadshows.nav.title')} intro={t('roadshows.nav.intro')} />
      {error && !connection ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !connection ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {!programmes.length ? (
            <Alert type="info" showIcon message={t('roadshows.list.emptyProgrammes')} />
          ) : null}
          {programmes.map((programme) => (
            <Card
              key={programme.id}
              title={
                <Flex gap={8} align="center" wrap>
                  <Link to={`${paths.programme(programme.id)}?tab=roadshows`}>
                    {pickText(programme.title, language)}
                  </Link>
                  <ProgrammeStatusTag status={programme.status} />
                </Flex>
              }
            >
              <RoadshowList programmeId={programme.id} programmeZone={programme.timeZone} intro="" />
            </Card>
          ))}
          {connection.pageInfo.hasNextPage ? (
            <div>
              <Button
                loading={loading}
                onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              >
                {t('roadshows.common.loadMore')}
              </Button>
            </div>
          ) : null}
        </Flex>
      )}
    </>
  );
}
