import './strings';
import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import {
  InviteReviewerDocument,
  ProgrammesDocument,
  ReviewerProfilesDocument,
  UpdateReviewerProfileDocument,
  type ReviewerProfileFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { countryName, countryOptions } from '../programmes/shared';
import { ProblemAlert, toProblem, type Problem } from './ui';

const LANGUAGES = ['zh', 'en'] as const;

interface ProfileValues {
  email: string;
  displayName?: string;
  locale: 'zh-CN' | 'en';
  sectors: string[];
  languages: string[];
  country?: string;
  affiliation?: string;
  maxLoad: number;
}

/** Sector codes with names, from the organisation's programmes. */
function useSectorNames(): Map<string, string> {
  const language = useAppLanguage();
  const { data } = useQuery(ProgrammesDocument, { variables: { first: 50 } });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const { node } of data?.programmes.edges ?? [])
      for (const s of node.sectors)
        names.set(s.code, language === 'zh-CN' ? s.nameZh || s.nameEn : s.nameEn || s.nameZh);
    return names;
  }, [data, language]);
}

/** The reviewer pool of the organisation: invite experts, keep their expertise and load up to date. */
export default function ReviewersPage() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const sectors = useSectorNames();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ReviewerProfileFieldsFragment | 'new'>();
  const [notice, setNotice] = useState<string>();
  const { data, error, refetch, loading, fetchMore } = useQuery(ReviewerProfilesDocument, {
    variables: { first: 50, search: search.trim() || null },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.reviewerProfiles.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader
        title={t('screening.reviewers.title')}
        intro={t('screening.reviewers.intro')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
            {t('screening.reviewers.invite')}
          </Button>
        }
      />
      <Card>
        <Flex vertical gap={12}>
          {notice ? (
            <Alert type="success" showIcon closable message={notice} onClose={() => setNotice(undefined)} />
          ) : null}
          <Flex justify="space-between" gap={12} wrap>
            <Input.Search
              allowClear
              style={{ maxWidth: 360 }}
              placeholder={t('screening.reviewers.search')}
              aria-label={t('screening.reviewers.search')}
              onSearch={setSearch}
            />
            {data ? (
              <Typography.Text type="secondary">
                {t('screening.common.of', { done: rows.length, total: data.reviewerProfiles.totalCount })}
              </Typography.Text>
            ) : null}
          </Flex>
          {error && !data ? (
            <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          ) : null}
          <Table<ReviewerProfileFieldsFragment>
            rowKey="id"
            size="small"
            loading={loading && !data}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('screening.reviewers.empty') }}
            data-testid="reviewers-table"
            columns={[
              {
                key: 'name',
                title: t('screening.reviewers.column.name'),
                render: (_, r) => (
                  <Flex vertical>
                    <span>
                      {r.displayName} {r.userId ? null : <Tag>{t('screening.reviewers.pending')}</Tag>}
                    </span>
                    <Typography.Text type="secondary">{r.email}</Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'sectors',
                title: t('screening.reviewers.column.sectors'),
                render: (_, r) => (
                  <Flex gap={4} wrap>
                    {r.sectors.map((s) => (
                      <Tag key={s}>{sectors.get(s) ?? s}</Tag>
                    ))}
                  </Flex>
                ),
              },
              {
                key: 'languages',
                title: t('screening.reviewers.column.languages'),
                render: (_, r) =>
                  r.languages.map((l) => t(`screening.reviewers.language.${l as 'zh' | 'en'}`, l)).join(', '),
              },
              {
                key: 'affiliation',
                title: t('screening.reviewers.column.affiliation'),
                render: (_, r) => r.affiliation ?? '—',
              },
              {
                key: 'country',
                title: t('screening.reviewers.column.country'),
                render: (_, r) => countryName(r.country, language),
              },
              {
                key: 'maxLoad',
                title: t('screening.reviewers.column.maxLoad'),
                align: 'right',
                render: (_, r) => r.maxLoad,
              },
              {
                key: 'active',
                title: t('screening.reviewers.column.active'),
                align: 'right',
                render: (_, r) => r.activeAssignments,
              },
              {
                key: 'edit',
                title: '',
                render: (_, r) => (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('screening.reviewers.form.editTitle')}
                    onClick={() => setEditing(r)}
                  />
                ),
              },
            ]}
          />
          {data?.reviewerProfiles.pageInfo.hasNextPage ? (
            <Button
              onClick={() =>
                void fetchMore({
                  variables: { after: data.reviewerProfiles.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    reviewerProfiles: {
                      ...fetchMoreResult.reviewerProfiles,
                      edges: [...prev.reviewerProfiles.edges, ...fetchMoreResult.reviewerProfiles.edges],
                    },
                  }),
                })
              }
            >
              {t('common.loadMore')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <ReviewerModal
        profile={editing}
        sectors={sectors}
        onClose={() => setEditing(undefined)}
        onSaved={(text) => {
          setEditing(undefined);
          setNotice(text);
          void refetch().catch(() => undefined);
        }}
      />
    </>
  );
}

function ReviewerModal({
  profile,
  sectors,
  onClose,
  onSaved,
}: {
  profile: ReviewerProfileFieldsFragment | 'new' | undefined;
  sectors: Map<string, string>;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<ProfileValues>();
  const [problem, setProblem] = useState<Problem>();
  const [invite, inviting] = useMutation(InviteReviewerDocument);
  const [update, updating] = useMutation(UpdateReviewerProfileDocument);
  const existing = profile && profile !== 'new' ? profile : undefined;
  const submit = async (v: ProfileValues) => {
    setProblem(undefined);
    const fields = {
      displayName: v.displayName?.trim() || null,
      sectors: v.sectors,
      languages: v.languages,
      country: v.country ?? null,
      affiliation: v.affiliation?.trim() || null,
      maxLoad: v.maxLoad,
    };
    try {
      if (existing) {
        await update({ variables: { id: existing.id, input: fields } });
        onSaved(t('screening.reviewers.form.saved'));
      } else {
        const saved = (
          await invite({ variables: { input: { ...fields, email: v.email.trim(), locale: v.locale } } })
        ).data?.inviteReviewer;
        onSaved(
          t(saved?.userId ? 'screening.reviewers.form.granted' : 'screening.reviewers.form.invited', {
            email: v.email.trim(),
          }),
        );
      }
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };
  return (
    <Modal
      open={Boolean(profile)}
      title={existing ? t('screening.reviewers.form.editTitle') : t('screening.reviewers.form.title')}
      okText={existing ? t('screening.reviewers.form.save') : t('screening.reviewers.form.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={inviting.loading || updating.loading}
      width={600}
      destroyOnHidden
    >
      <Form<ProfileValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => void submit(v)}
        initialValues={
          existing
            ? {
                email: existing.email,
                displayName: existing.displayName,
                sectors: existing.sectors,
                languages: existing.languages,
                country: existing.country ?? undefined,
                affiliation: existing.affiliation ?? undefined,
                maxLoad: existing.maxLoad,
              }
            : { locale: language, languages: ['zh', 'en'], sectors: [], maxLoad: 60 }
        }
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="email"
              label={t('screening.reviewers.form.email')}
              rules={[{ required: true, type: 'email' }]}
            >
              <Input disabled={Boolean(existing)} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="displayName" label={t('screening.reviewers.form.displayName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        {!existing ? (
          <Form.Item name="locale" label={t('screening.reviewers.form.locale')}>
            <Select
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="sectors" label={t('screening.reviewers.form.sectors')}>
          <Select mode="multiple" options={[...sectors].map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="languages"
              label={t('screening.reviewers.form.languages')}
              rules={[{ required: true }]}
            >
              <Select
                mode="multiple"
                options={LANGUAGES.map((l) => ({ value: l, label: t(`screening.reviewers.language.${l}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="maxLoad"
              label={t('screening.reviewers.form.maxLoad')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="affiliation" label={t('screening.reviewers.form.affiliation')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="country" label={t('screening.reviewers.form.country')}>
              <Select showSearch allowClear optionFilterProp="label" options={countryOptions(language)} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ProblemAlert problem={problem} />
    </Modal>
  );
}
