import './strings';
import '../projects/strings';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, List, Progress, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageStatus } from '../../app/layout/PageStatus';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  MarketProjectDocument,
  PartnerProjectStatusDocument,
  RecommendedPartnersDocument,
  type PartnerProjectFieldsFragment,
} from '../../gql/graphql';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from '../programmes/shared';
import { ProjectFacts } from '../projects/ProjectDetails';
import { BidComparison, CommittedIntents } from './BidComparison';
import { BidCard, InterestCard } from './partner-panels';
import { Muted, ReasonList } from './ui';
import { usePartnerChoice } from './usePartnerChoice';

/**
 * A published project as the market sees it: its public facts only (never scores or reviewer data). Partner
 * members act on it for their partner (save, intents, sealed bid); organizers compare its bids and see the
 * partners who fit.
 */
export default function MarketProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const query = useQuery(MarketProjectDocument, { variables: { id } });
  const project = query.data?.publishedProject;
  if (!project)
    return (
      <PageStatus
        title={t('matching.project.title')}
        error={query.error}
        onRetry={() => void query.refetch().catch(() => undefined)}
      />
    );
  return (
    <>
      <PageHeader
        title={pickText(project.title, language)}
        intro={[project.organizationName, countryName(project.country, language)].filter(Boolean).join(' · ')}
      />
      <Flex gap={16} align="flex-start" wrap="wrap">
        <Flex vertical gap={16} style={{ flex: '1 1 560px', minWidth: 0 }}>
          <Card title={t('matching.project.facts')}>
            <FactsOf project={project} />
          </Card>
          {organizer ? <BidComparison projectId={project.id} canAnswer /> : null}
        </Flex>
        <Flex vertical gap={16} style={{ flex: '0 1 380px', minWidth: 0 }}>
          {hasRole('PARTNER') ? <PartnerSide projectId={project.id} /> : null}
          {organizer ? <CommittedIntents projectId={project.id} /> : null}
          {organizer ? <FittingPartners projectId={project.id} /> : null}
        </Flex>
      </Flex>
    </>
  );
}

function FactsOf({ project }: { project: PartnerProjectFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <ProjectFacts
      project={{ ...project, ipStatus: null }}
      sectorLabel={project.sectorCode}
      heading={(key, first) => (
        <Typography.Title level={5} style={{ marginTop: first ? 0 : 20 }}>
          {t(`projects.page.sections.${key}`)}
        </Typography.Title>
      )}
    />
  );
}

/** The signed-in member's partner and its relation to the project (chosen partner when they have several). */
function PartnerSide({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { partners, partner, choose, error, refetch } = usePartnerChoice();
  const status = useQuery(PartnerProjectStatusDocument, {
    variables: { partnerId: partner?.id ?? '', projectId },
    skip: !partner,
    fetchPolicy: 'cache-and-network',
  });
  if (error && !partners.length)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!partner) return null;
  const reload = () => void status.refetch().catch(() => undefined);
  return (
    <>
      {partners.length > 1 ? (
        <Select
          aria-label={t('matching.home.choosePartner')}
          value={partner.id}
          onChange={choose}
          options={partners.map((p) => ({ value: p.id, label: pickText(p.name, language) }))}
        />
      ) : null}
      {status.error && !status.data ? (
        <QueryError error={status.error} onRetry={reload} />
      ) : status.data ? (
        <>
          <InterestCard status={status.data.partnerProjectStatus} onChanged={reload} />
          <BidCard status={status.data.partnerProjectStatus} onChanged={reload} />
        </>
      ) : (
        <Card>
          <Skeleton active />
        </Card>
      )}
    </>
  );
}

/** Organizers: the partners whose interests fit the project best, with reasons. */
function FittingPartners({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(RecommendedPartnersDocument, { variables: { projectId, first: 10 } });
  return (
    <Card title={t('matching.project.recommendedPartners')} size="small" data-testid="fitting-partners">
      {query.error && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <List
          loading={!query.data}
          dataSource={query.data?.recommendedPartners ?? []}
          locale={{ emptyText: t('matching.project.noPartners') }}
          renderItem={({ partner, score, reasons }) => (
            <List.Item>
              <Flex gap={12} align="flex-start">
                <Progress type="circle" size={40} percent={score} format={(value) => value} />
                <Flex vertical gap={4}>
                  <Typography.Text strong>
                    {pickText(partner.name, language)} <Tag>{t(`matching.partnerKind.${partner.kind}`)}</Tag>
                  </Typography.Text>
                  <Muted>{countryName(partner.country, language)}</Muted>
                  <ReasonList reasons={reasons} />
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Link to={paths.pipeline}>
        <Button type="link">{t('nav.pipeline')}</Button>
      </Link>
    </Card>
  );
}
