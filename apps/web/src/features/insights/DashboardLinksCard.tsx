import { FundOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { Panel, Paragraph, Text } from '../../app/layout/plain';
import { paths } from '../../app/paths';
import { ProgrammesDocument, type ProgrammeStatus } from '../../gql/graphql';

/** Open calls first, then closed ones, then drafts; archived programmes are left out. */
const ORDER: Record<ProgrammeStatus, number> = { OPEN: 0, CLOSED: 1, DRAFT: 2, ARCHIVED: 3 };
const SHOWN = 5;

/** The title in the UI language, else the other one (programmes/shared has the same, in a larger module). */
function titleIn(title: { zh: string | null; en: string | null }, language: string): string {
  const zh = title.zh?.trim() ?? '';
  const en = title.en?.trim() ?? '';
  return language === 'zh-CN' ? zh || en : en || zh;
}

/**
 * The organizer's way from the home page to each programme's dashboard. Light on purpose: it is on the first
 * screen after login, so it loads neither the dashboard nor its charts (its strings are in `programmes`).
 */
export function DashboardLinksCard() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { data } = useQuery(ProgrammesDocument, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const programmes = (data?.programmes.edges.map((e) => e.node) ?? [])
    .filter((p) => p.status !== 'ARCHIVED')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status])
    .slice(0, SHOWN);
  if (!programmes.length) return null;
  return (
    <Panel
      data-testid="dashboard-links"
      title={
        <Flex gap={8} align="center">
          <FundOutlined />
          {t('programmes.dashboards.title')}
        </Flex>
      }
    >
      <Paragraph secondary>{t('programmes.dashboards.intro')}</Paragraph>
      <Flex vertical gap={8}>
        {programmes.map((programme) => (
          <Flex key={programme.id} justify="space-between" align="center" gap={12} wrap>
            <span>
              <Text strong>{titleIn(programme.title, language)}</Text>
              <Text secondary> · {t(`programmes.status.${programme.status}`)}</Text>
            </span>
            <Link to={`${paths.programme(programme.id)}?tab=dashboard`}>
              <Button size="small">{t('programmes.dashboards.open')}</Button>
            </Link>
          </Flex>
        ))}
      </Flex>
    </Panel>
  );
}
