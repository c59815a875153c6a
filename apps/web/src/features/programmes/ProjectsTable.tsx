import { Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import type { ProgrammeProjectsQuery } from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { countryName, formatInstant, otherText, pickText } from './shared';
import { ProjectStatusTag } from './ui';

export type ProjectRow = ProgrammeProjectsQuery['projects']['edges'][number]['node'];

/** One page of the programme's projects. */
export function ProjectsTable({
  rows,
  loading,
  filtered,
  sectorLabel,
}: {
  rows: ProjectRow[];
  loading: boolean;
  filtered: boolean;
  sectorLabel: (code: string | null | undefined) => string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  return (
    <div data-testid="projects-table">
      <Table<ProjectRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={false}
        tableLayout="auto"
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? t('programmes.projects.emptyFiltered') : t('programmes.projects.empty')}
            />
          ),
        }}
        columns={[
          {
            key: 'title',
            title: t('programmes.projects.column.title'),
            width: '28%',
            render: (_, project) => (
              <Flex vertical>
                <Link to={paths.project(project.id)}>
                  {pickText(project.title, language) || t('programmes.common.none')}
                </Link>
                {otherText(project.title, language) ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {otherText(project.title, language)}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            key: 'organisation',
            title: t('programmes.projects.column.organisation'),
            render: (_, project) => project.organizationName ?? t('programmes.common.none'),
          },
          {
            key: 'country',
            width: 100,
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            title: t('programmes.projects.column.country'),
            render: (_, project) => countryName(project.country, language) || t('programmes.common.none'),
          },
          {
            key: 'sector',
            width: 120,
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            title: t('programmes.projects.column.sector'),
            render: (_, project) => sectorLabel(project.sectorCode) || t('programmes.common.none'),
          },
          {
            key: 'channel',
            width: 120,
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            title: t('programmes.projects.column.channel'),
            render: (_, project) =>
              project.channel ? pickText(project.channel.name, language) : t('programmes.common.none'),
          },
          {
            key: 'trl',
            title: t('programmes.projects.column.trl'),
            align: 'right',
            width: 64,
            render: (_, project) => project.trl ?? t('programmes.common.none'),
          },
          {
            key: 'status',
            width: 96,
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            title: t('programmes.projects.column.status'),
            render: (_, project) => <ProjectStatusTag status={project.status} />,
          },
          {
            key: 'submittedAt',
            width: 150,
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            title: t('programmes.projects.column.submittedAt', { zone }),
            render: (_, project) =>
              project.submittedAt
                ? formatInstant(project.submittedAt, language, zone)
                : t('programmes.common.none'),
          },
        ]}
      />
    </div>
  );
}
