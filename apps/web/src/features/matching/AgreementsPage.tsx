import './strings';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Form, Modal, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  AgreementsDocument,
  AgreementsSummaryDocument,
  RecordRealisationDocument,
  type AgreementFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { formatInstant, pickText } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { CeremoniesTab } from './CeremoniesTab';
import { FxRatesTab } from './FxRatesTab';
import { marketLink } from './project-lists';
import { money, Muted, RealisationFields, toAmountInput, toMatchingProblem } from './ui';

const TABS = ['agreements', 'ceremonies', 'rates'] as const;

/** Organizers: signed agreements with their totals, signing ceremonies, and the FX table behind the sums. */
export default function AgreementsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'agreements';
  return (
    <>
      <PageHeader title={t('matching.agreements.title')} intro={t('matching.agreements.intro')} />
      <SummaryCards />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'agreements',
              label: t('matching.agreements.tabs.agreements'),
              children: <AgreementsTable />,
            },
            {
              key: 'ceremonies',
              label: t('matching.agreements.tabs.ceremonies'),
              children: <CeremoniesTab />,
            },
            { key: 'rates', label: t('matching.agreements.tabs.rates'), children: <FxRatesTab /> },
          ]}
        />
      </Card>
    </>
  );
}

/** The headline figures: agreements signed, committed and realised in the base currency, projects landed. */
function SummaryCards() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(AgreementsSummaryDocument, { fetchPolicy: 'cache-and-network' });
  const summary = query.data?.agreementsSummary;
  if (query.error && !summary)
    return <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap data-testid="agreements-summary">
        <Card style={{ flex: '1 1 180px' }} loading={!summary}>
          <Statistic title={t('matching.agreements.count')} value={summary?.count ?? 0} />
        </Card>
        <Card style={{ flex: '1 1 240px' }} loading={!summary}>
          <Statistic title={t('matching.agreements.committed')} value={money(summary?.committed, language)} />
        </Card>
        <Card style={{ flex: '1 1 240px' }} loading={!summary}>
          <Statistic title={t('matching.agreements.realised')} value={money(summary?.realised, language)} />
        </Card>
        <Card style={{ flex: '1 1 180px' }} loading={!summary}>
          <Statistic title={t('matching.agreements.landed')} value={summary?.landed ?? 0} />
        </Card>
      </Flex>
      {summary && !summary.committed ? (
        <Alert type="info" showIcon message={t('matching.agreements.noBase')} />
      ) : null}
      {summary?.missingRates.length ? (
        <Alert
          type="warning"
          showIcon
          message={t('matching.agreements.missingRates', { currencies: summary.missingRates.join(', ') })}
        />
      ) : null}
    </Flex>
  );
}

/** The agreements of a ceremony, or all of them; realisation recorded from a row. */
export function AgreementsTable({ ceremonyId }: { ceremonyId?: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(AgreementsDocument, {
    variables: { ceremonyId: ceremonyId ?? null, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const [realising, setRealising] = useState<AgreementFieldsFragment>();
  const connection = query.data?.agreements;
  if (query.error && !connection)
    return <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  return (
    <>
      <Table
        rowKey="id"
        size="middle"
        loading={!connection}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('matching.agreements.empty')} /> }}
        columns={[
          {
            title: t('matching.common.project'),
            key: 'project',
            render: (_, a) => (
              <Flex vertical>
                <Link to={marketLink(a.projectId)}>{pickText(a.projectTitle, language)}</Link>
                <Link to={paths.deal(a.dealId)}>
                  <Muted>{t('matching.deal.title')}</Muted>
                </Link>
              </Flex>
            ),
          },
          {
            title: t('matching.common.partner'),
            key: 'partner',
            render: (_, a) => pickText(a.partnerName, language),
          },
          {
            title: t('matching.agreement.kind'),
            key: 'kind',
            render: (_, a) => <Tag>{t(`matching.agreementKind.${a.kind}`)}</Tag>,
          },
          {
            title: t('matching.agreement.committed'),
            key: 'committed',
            align: 'right',
            render: (_, a) => money(a.committed, language),
          },
          {
            title: t('matching.agreements.signedAt'),
            key: 'signed',
            render: (_, a) => formatInstant(a.signedAt, language),
          },
          ...(ceremonyId
            ? []
            : [
                {
                  title: t('matching.agreements.ceremony'),
                  key: 'ceremony',
                  render: (_: unknown, a: AgreementFieldsFragment) =>
                    a.ceremonyId ? (
                      <Link to={paths.ceremony(a.ceremonyId)}>{pickText(a.ceremonyTitle, language)}</Link>
                    ) : (
                      '—'
                    ),
                },
              ]),
          {
            title: t('matching.agreement.realised'),
            key: 'realised',
            render: (_, a) =>
              a.realisedAt ? (
                <Flex vertical>
                  <span>{money(a.realised, language)}</span>
                  <Muted>
                    {[
                      a.registeredEntity,
                      a.jobsCreated != null
                        ? `${a.jobsCreated} ${t('matching.agreement.jobsCreated')}`
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Muted>
                </Flex>
              ) : (
                <Button size="small" onClick={() => setRealising(a)}>
                  {t('matching.agreement.recordRealisation')}
                </Button>
              ),
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button
          style={{ marginTop: 12 }}
          onClick={() => void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {t('matching.common.loadMore')}
        </Button>
      ) : null}
      <RealisationModal agreement={realising} onClose={() => setRealising(undefined)} />
    </>
  );
}

interface RealisationValues {
  realised?: { amount?: string; currency?: string };
  registeredEntity?: string;
  jobsCreated?: number | null;
}

function RealisationModal({
  agreement,
  onClose,
}: {
  agreement?: AgreementFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<RealisationValues>();
  const [realise, { loading }] = useMutation(RecordRealisationDocument, {
    refetchQueries: ['AgreementsSummary'],
  });
  const [problem, setProblem] = useState<Problem>();
  const submit = async () => {
    if (!agreement) return;
    setProblem(undefined);
    const values = await form.validateFields();
    const realised = toAmountInput(values.realised);
    if (!realised) return;
    try {
      await realise({
        variables: {
          id: agreement.id,
          input: {
            realised,
            registeredEntity: values.registeredEntity?.trim() || null,
            jobsCreated: values.jobsCreated ?? null,
          },
        },
      });
      onClose();
    } catch (error) {
      setProblem(toMatchingProblem(t, error));
    }
  };
  return (
    <Modal
      open={!!agreement}
      title={t('matching.agreement.recordRealisation')}
      okText={t('matching.common.save')}
      cancelText={t('matching.common.cancel')}
      okButtonProps={{ loading }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ realised: { currency: agreement?.committed.currency ?? 'CNY' } }}
      >
        <Typography.Paragraph type="secondary">
          {agreement ? pickText(agreement.projectTitle, language) : ''}
        </Typography.Paragraph>
        <RealisationFields />
      </Form>
    </Modal>
  );
}
