import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { FxRatesDocument, SetFxRateDocument } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { CURRENCIES, currencyLabel, formatInstant } from '../programmes/shared';
import { ProblemAlert, type Problem } from '../screening/ui';
import { toMatchingProblem } from './ui';

const RATE = /^\d{1,12}(\.\d{1,10})?$/;

/** The organisation's FX table: one base currency and a rate per other currency (used by every comparison). */
export function FxRatesTab() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(FxRatesDocument, { fetchPolicy: 'cache-and-network' });
  const [setRate, { loading }] = useMutation(SetFxRateDocument, {
    refetchQueries: ['AgreementsSummary', 'Ceremonies'],
  });
  const [form] = Form.useForm<{ base: string; currency: string; rate: string }>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const table = query.data?.fxRates;
  const currencyOptions = CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, language) }));
  const submit = async (values: { base: string; currency: string; rate: string }) => {
    setProblem(undefined);
    setNotice(undefined);
    try {
      await setRate({
        variables: { input: { base: values.base, currency: values.currency, rate: values.rate.trim() } },
      });
      setNotice(t('matching.rates.rateSaved'));
      form.resetFields(['currency', 'rate']);
    } catch (error) {
      setProblem(toMatchingProblem(t, error));
    }
  };
  if (query.error && !table)
    return <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">{t('matching.rates.intro')}</Typography.Paragraph>
      {notice ? <Alert type="success" showIcon message={notice} /> : null}
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      {table ? (
        <Form
          form={form}
          layout="inline"
          initialValues={{ base: table.base ?? 'CNY' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="base" label={t('matching.rates.base')} rules={[{ required: true }]}>
            <Select
              options={currencyOptions}
              style={{ width: 170 }}
              disabled={!!table.base}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item
            name="currency"
            label={t('matching.rates.currency')}
            rules={[{ required: true, message: t('matching.move.required') }]}
          >
            <Select options={currencyOptions} style={{ width: 170 }} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item
            name="rate"
            label={t('matching.rates.rate')}
            rules={[
              { required: true, message: t('matching.move.required') },
              { pattern: RATE, message: t('matching.rates.rateFormat') },
            ]}
          >
            <Input inputMode="decimal" style={{ width: 140 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('matching.rates.set')}
          </Button>
        </Form>
      ) : null}
      <Table
        rowKey="currency"
        size="middle"
        loading={!table}
        dataSource={table?.rates ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('matching.rates.empty')} /> }}
        columns={[
          {
            title: t('matching.rates.currency'),
            key: 'currency',
            render: (_, r) => currencyLabel(r.currency, language),
          },
          {
            title: t('matching.rates.perBase', { base: table?.base ?? '' }),
            dataIndex: 'rate',
            align: 'right',
          },
          {
            title: t('matching.rates.updated'),
            key: 'updated',
            render: (_, r) => formatInstant(r.updatedAt, language),
          },
        ]}
      />
    </Flex>
  );
}
