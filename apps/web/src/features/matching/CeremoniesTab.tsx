import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import { CeremoniesDocument, CreateCeremonyDocument, type CeremonyMode } from '../../gql/graphql';
import { TimeZoneSelect } from '../identity/fields';
import { QueryError } from '../members/QueryError';
import { formatInstant, pickText } from '../programmes/shared';
import { fromPickerValue } from '../programmes/zoned';
import { useUserTimeZone } from '../projects/cans';
import { ProblemAlert, type Problem } from '../screening/ui';
import { money, toMatchingProblem } from './ui';

const MODES: readonly CeremonyMode[] = ['CLOUD', 'ON_SITE'];

/** Signing ceremonies: when, how, how many agreements and how much committed; create a new one. */
export function CeremoniesTab() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();
  const query = useQuery(CeremoniesDocument, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const connection = query.data?.ceremonies;
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('matching.ceremony.newCeremony')}
        </Button>
      </Flex>
      {notice ? (
        <Alert type="success" showIcon closable message={notice} onClose={() => setNotice(undefined)} />
      ) : null}
      {query.error && !connection ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          loading={!connection}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('matching.ceremony.empty')} /> }}
          columns={[
            {
              title: t('matching.ceremony.name'),
              key: 'title',
              render: (_, c) => <Link to={paths.ceremony(c.id)}>{pickText(c.title, language)}</Link>,
            },
            {
              title: t('matching.ceremony.mode'),
              key: 'mode',
              render: (_, c) => <Tag>{t(`matching.ceremonyMode.${c.mode}`)}</Tag>,
            },
            {
              title: t('matching.ceremony.heldAt'),
              key: 'heldAt',
              render: (_, c) => `${formatInstant(c.heldAt, language, c.timeZone)} (${c.timeZone})`,
            },
            { title: t('matching.ceremony.agreements'), dataIndex: 'agreementCount', align: 'right' },
            {
              title: t('matching.ceremony.committed'),
              key: 'committed',
              align: 'right',
              render: (_, c) => money(c.committed, language),
            },
          ]}
        />
      )}
      <CeremonyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setNotice(t('matching.ceremony.created'));
          void query.refetch().catch(() => undefined);
        }}
      />
    </Flex>
  );
}

interface CeremonyValues {
  titleZh?: string;
  titleEn?: string;
  mode: CeremonyMode;
  heldAt: Dayjs;
  timeZone: string;
  venue?: string;
}

function CeremonyModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const zone = useUserTimeZone();
  const [form] = Form.useForm<CeremonyValues>();
  const [create, { loading }] = useMutation(CreateCeremonyDocument);
  const [problem, setProblem] = useState<Problem>();
  const submit = async () => {
    setProblem(undefined);
    const values = await form.validateFields();
    if (!values.titleZh?.trim() && !values.titleEn?.trim()) {
      setProblem({ message: t('matching.ceremony.titleRequired') });
      return;
    }
    try {
      await create({
        variables: {
          input: {
            title: { zh: values.titleZh?.trim() || null, en: values.titleEn?.trim() || null },
            mode: values.mode,
            heldAt: fromPickerValue(values.heldAt, values.timeZone),
            timeZone: values.timeZone,
            venue: values.venue?.trim() || null,
          },
        },
      });
      onClose();
      onCreated();
    } catch (error) {
      setProblem(toMatchingProblem(t, error));
    }
  };
  const required = [{ required: true, message: t('matching.move.required') }];
  return (
    <Modal
      open={open}
      title={t('matching.ceremony.newCeremony')}
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
        initialValues={{ mode: 'CLOUD', timeZone: zone, heldAt: dayjs().add(7, 'day').hour(10).minute(0) }}
      >
        <Form.Item name="titleZh" label={t('matching.ceremony.titleZh')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('matching.ceremony.titleEn')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="mode" label={t('matching.ceremony.mode')} rules={required}>
          <Select options={MODES.map((m) => ({ value: m, label: t(`matching.ceremonyMode.${m}`) }))} />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item name="heldAt" label={t('matching.ceremony.heldAt')} rules={required} style={{ flex: 1 }}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="timeZone"
            label={t('matching.ceremony.timeZone')}
            rules={required}
            style={{ flex: 1 }}
          >
            <TimeZoneSelect />
          </Form.Item>
        </Flex>
        <Form.Item name="venue" label={t('matching.ceremony.venue')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
