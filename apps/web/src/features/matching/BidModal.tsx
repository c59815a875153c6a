import { useMutation } from '@apollo/client/react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PlaceBidDocument,
  ReviseBidDocument,
  type BidFieldsFragment,
  type BidTermsInput,
} from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { ProblemAlert, type Problem } from '../screening/ui';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { CURRENCIES, currencyLabel } from '../programmes/shared';
import { AMOUNT, toAmountInput, toMatchingProblem } from './ui';

interface BidFormValues {
  currency: string;
  investment?: string;
  equityPercent?: number | null;
  spaceM2?: number | null;
  rentFreeMonths?: number | null;
  subsidy?: string;
  otherTerms?: string;
  validUntil?: Dayjs;
}

const initialValues = (bid: BidFieldsFragment | null | undefined): BidFormValues =>
  bid
    ? {
        currency: bid.terms.investment?.currency ?? bid.terms.subsidy?.currency ?? 'CNY',
        investment: bid.terms.investment?.amount ?? '',
        equityPercent: bid.terms.equityPercent,
        spaceM2: bid.terms.spaceM2,
        rentFreeMonths: bid.terms.rentFreeMonths,
        subsidy: bid.terms.subsidy?.amount ?? '',
        otherTerms: bid.terms.otherTerms ?? '',
        ...(bid.terms.validUntil ? { validUntil: dayjs(bid.terms.validUntil) } : {}),
      }
    : { currency: 'CNY', validUntil: dayjs().add(30, 'day') };

/** Places a sealed bid, or revises the live one (with a version check so a concurrent change is not lost). */
export function BidModal({
  open,
  onClose,
  partnerId,
  projectId,
  bid,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  partnerId: string;
  projectId: string;
  /** The live bid to revise; absent: a new bid. */
  bid?: BidFieldsFragment | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<BidFormValues>();
  const [place, placing] = useMutation(PlaceBidDocument);
  const [revise, revising] = useMutation(ReviseBidDocument);
  const [problem, setProblem] = useState<Problem>();
  const currency = Form.useWatch('currency', form) ?? 'CNY';

  const submit = async () => {
    setProblem(undefined);
    const values = await form.validateFields();
    const terms: BidTermsInput = {
      investment: toAmountInput({ amount: values.investment, currency: values.currency }),
      equityPercent: values.equityPercent ?? null,
      spaceM2: values.spaceM2 ?? null,
      rentFreeMonths: values.rentFreeMonths ?? null,
      subsidy: toAmountInput({ amount: values.subsidy, currency: values.currency }),
      otherTerms: values.otherTerms?.trim() || null,
      validUntil: (values.validUntil ?? dayjs()).endOf('day').toISOString(),
    };
    if (!terms.investment && !terms.spaceM2 && !terms.subsidy) {
      setProblem({ message: t('matching.bid.needsOffer') });
      return;
    }
    try {
      if (bid) {
        await revise({ variables: { id: bid.id, input: terms, version: bid.version } });
        onDone(t('matching.project.bidRevised'));
      } else {
        await place({ variables: { input: { ...terms, partnerId, projectId } } });
        onDone(t('matching.project.bidPlaced'));
      }
      onClose();
    } catch (error) {
      const described = describeError(error);
      setProblem(
        described.code === 'CONFLICT' && bid
          ? { message: t('matching.problem.stale'), detail: described.message }
          : toMatchingProblem(t, error),
      );
    }
  };

  return (
    <Modal
      open={open}
      title={bid ? t('matching.project.reviseBid') : t('matching.project.placeBid')}
      okText={bid ? t('matching.project.reviseBid') : t('matching.project.placeBid')}
      cancelText={t('matching.common.cancel')}
      okButtonProps={{ loading: placing.loading || revising.loading }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert type="info" showIcon message={t('matching.project.sealedNote')} style={{ marginBottom: 12 }} />
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        style={{ marginTop: 12 }}
        initialValues={initialValues(bid)}
      >
        <Form.Item name="currency" label={t('matching.common.currency')} rules={[{ required: true }]}>
          <Select
            options={CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, language) }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item
          name="investment"
          label={t('matching.bid.investment')}
          rules={[{ pattern: AMOUNT, message: t('matching.bid.amountFormat') }]}
        >
          <Input inputMode="decimal" addonAfter={currency} />
        </Form.Item>
        <Form.Item
          name="equityPercent"
          label={t('matching.bid.equity')}
          rules={[{ type: 'number', min: 0, max: 100, message: t('matching.bid.equityRange') }]}
        >
          <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="spaceM2"
          label={t('matching.bid.space')}
          rules={[{ type: 'integer', min: 0, message: t('matching.bid.wholeNumber') }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="rentFreeMonths"
          label={t('matching.bid.rentFree')}
          rules={[{ type: 'integer', min: 0, message: t('matching.bid.wholeNumber') }]}
        >
          <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="subsidy"
          label={t('matching.bid.subsidy')}
          rules={[{ pattern: AMOUNT, message: t('matching.bid.amountFormat') }]}
        >
          <Input inputMode="decimal" addonAfter={currency} />
        </Form.Item>
        <Form.Item name="otherTerms" label={t('matching.bid.otherTerms')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('matching.bid.validUntil')}
          rules={[
            { required: true, message: t('matching.bid.validUntilFuture') },
            {
              validator: (_, value?: Dayjs) =>
                !value || value.endOf('day').isAfter(dayjs())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('matching.bid.validUntilFuture'))),
            },
          ]}
        >
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
