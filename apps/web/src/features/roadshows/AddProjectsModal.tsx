import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  AddRoadshowProjectsDocument,
  RoadshowCandidatesDocument,
  type RoadshowCandidatesQuery,
  type RoadshowFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from '../programmes/shared';
import { ProjectStatusTag } from '../projects/cans';
import { ProblemAlert, type Problem } from '../screening/ui';
import { toRoadshowProblem } from './ui';

const MAX_PROJECTS = 20;
const PAGE = 100;

type Candidate = RoadshowCandidatesQuery['publishedProjects']['edges'][number]['node'];

/**
 * Picks projects of the event's programme that may pitch (shortlisted, in a roadshow, or published to
 * partners: the API's `publishedProjects`, narrowed to this programme) and puts them on the programme.
 */
export function AddProjectsModal({
  open,
  onClose,
  roadshow,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  roadshow: RoadshowFieldsFragment;
  onAdded: (count: number) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [problem, setProblem] = useState<Problem>();
  const [add, adding] = useMutation(AddRoadshowProjectsDocument);
  const query = useQuery(RoadshowCandidatesDocument, {
    variables: { first: PAGE, filter: search ? { search } : null },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const connection = query.data?.publishedProjects;
  const onEvent = new Set(roadshow.projectIds);
  const rows: Candidate[] = (connection?.edges.map((e) => e.node) ?? []).filter(
    (p) => p.programmeId === roadshow.programmeId && !onEvent.has(p.id),
  );
  const left = MAX_PROJECTS - roadshow.projectIds.length;

  const submit = async () => {
    setProblem(undefined);
    try {
      await add({ variables: { id: roadshow.id, projectIds: selected } });
      onAdded(selected.length);
      setSelected([]);
    } catch (error) {
      setProblem(toRoadshowProblem(t, error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('roadshows.planner.addTitle')}
      onCancel={onClose}
      width={820}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('roadshows.common.cancel')}
        </Button>,
        <Button
          key="add"
          type="primary"
          disabled={!selected.length || selected.length > left}
          loading={adding.loading}
          onClick={() => void submit()}
        >
          {t('roadshows.planner.add', { n: selected.length })}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('roadshows.planner.addIntro')}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('roadshows.planner.search')}
          aria-label={t('roadshows.planner.search')}
          onSearch={(value) => setSearch(value.trim())}
        />
        {selected.length > left ? (
          <Alert type="warning" showIcon message={t('roadshows.problem.TOO_MANY_PROJECTS')} />
        ) : (
          <Typography.Text type="secondary">{t('roadshows.planner.maxProjects', { left })}</Typography.Text>
        )}
        <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
        {query.error && !connection ? (
          <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
        ) : (
          <Table<Candidate>
            rowKey="id"
            size="small"
            loading={!connection && query.loading}
            dataSource={rows}
            pagination={false}
            scroll={{ y: 360 }}
            locale={{ emptyText: t('roadshows.planner.noCandidates') }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys.map(String)),
            }}
            columns={[
              {
                key: 'title',
                title: t('roadshows.planner.columns.project'),
                render: (_, p) => (
                  <Flex vertical>
                    <Typography.Text>{pickText(p.title, language)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {p.organizationName}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'country',
                title: t('roadshows.public.columns.from'),
                width: 140,
                render: (_, p) => countryName(p.country, language),
              },
              {
                key: 'status',
                title: t('roadshows.list.columns.status'),
                width: 130,
                render: (_, p) => <ProjectStatusTag status={p.status} />,
              },
            ]}
          />
        )}
        {connection?.pageInfo.hasNextPage ? (
          <div>
            <Button
              loading={query.loading}
              onClick={() => void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {t('roadshows.common.loadMore')}
            </Button>
          </div>
        ) : null}
      </Flex>
    </Modal>
  );
}
