import { useMutation } from '@apollo/client/react';
import { Checkbox, Col, DatePicker, Form, InputNumber, Modal, Radio, Row, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  CreateScreeningRoundDocument,
  UpdateScreeningRoundDocument,
  type AdvanceRuleKind,
  type ProgrammeFieldsFragment,
  type ScreeningRoundFieldsFragment,
  type SixCan,
} from '../../gql/graphql';
import { SIX_CANS } from '../programmes/ui';
import { fromPickerValue, toPickerValue } from '../programmes/zoned';
import { ProblemAlert, toProblem, type Problem } from './ui';

interface Values {
  cans: SixCan[];
  criteria: string[];
  reviewersPerProject: number;
  maxLoad: number;
  deadline: Dayjs;
  kind: AdvanceRuleKind;
  n?: number;
  minScore?: number;
  lastRound: boolean;
}

const RULES: AdvanceRuleKind[] = ['TOP_N', 'MIN_SCORE', 'MANUAL'];

/** Creates the next round, or edits a DRAFT one; the deadline is entered in the programme's zone. */
export function RoundFormModal({
  programme,
  round,
  open,
  onClose,
  onSaved,
}: {
  programme: ProgrammeFieldsFragment;
  round?: ScreeningRoundFieldsFragment;
  open: boolean;
  onClose: () => void;
  onSaved: (round: ScreeningRoundFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<Problem>();
  const [create, creating] = useMutation(CreateScreeningRoundDocument);
  const [update, updating] = useMutation(UpdateScreeningRoundDocument);
  const zone = programme.timeZone;
  const kind = Form.useWatch('kind', form);
  const initial: Partial<Values> = round
    ? {
        cans: round.cans,
        criteria: round.criteria,
        reviewersPerProject: round.reviewersPerProject,
        maxLoad: round.maxLoad,
        deadline: toPickerValue(round.deadline, zone),
        kind: round.advanceRule.kind,
        n: round.advanceRule.n ?? undefined,
        minScore: round.advanceRule.minScore ?? undefined,
        lastRound: round.lastRound,
      }
    : {
        cans: programme.mandatoryCans.length ? programme.mandatoryCans : SIX_CANS,
        criteria: programme.rubric.map((c) => c.code),
        reviewersPerProject: 3,
        maxLoad: 60,
        kind: 'TOP_N',
        n: programme.handbookSize,
        lastRound: false,
      };

  const onFinish = async (v: Values) => {
    setError(undefined);
    const advanceRule = {
      kind: v.kind,
      n: v.kind === 'TOP_N' ? (v.n ?? null) : null,
      minScore: v.kind === 'MIN_SCORE' ? (v.minScore ?? null) : null,
    };
    const fields = {
      cans: v.cans,
      criteria: v.criteria,
      reviewersPerProject: v.reviewersPerProject,
      maxLoad: v.maxLoad,
      deadline: fromPickerValue(v.deadline, zone),
      advanceRule,
      lastRound: v.lastRound,
    };
    try {
      const saved = round
        ? (await update({ variables: { id: round.id, input: fields } })).data?.updateScreeningRound
        : (await create({ variables: { input: { programmeId: programme.id, ...fields } } })).data
            ?.createScreeningRound;
      if (saved) onSaved(saved);
    } catch (err) {
      setError(toProblem(t, err));
    }
  };

  return (
    <Modal
      open={open}
      title={round ? t('screening.rounds.form.editTitle') : t('screening.rounds.form.title')}
      okText={round ? t('screening.rounds.form.save') : t('screening.rounds.form.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating.loading || updating.loading}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void onFinish(v)}
        preserve={false}
      >
        <div style={{ marginBottom: error ? 16 : 0 }}>
          <ProblemAlert problem={error} />
        </div>
        <Form.Item
          name="cans"
          label={t('screening.rounds.form.cans')}
          extra={t('screening.rounds.form.cansHelp')}
        >
          <Checkbox.Group
            options={SIX_CANS.map((can) => ({ value: can, label: t(`screening.can.${can}`) }))}
          />
        </Form.Item>
        <Form.Item name="criteria" label={t('screening.rounds.form.criteria')}>
          <Checkbox.Group
            options={programme.rubric.map((c) => ({
              value: c.code,
              label: `${language === 'zh-CN' ? c.nameZh : c.nameEn} (${c.weight})`,
            }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="reviewersPerProject"
              label={t('screening.rounds.form.k')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={10} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="maxLoad" label={t('screening.rounds.form.maxLoad')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="deadline"
              label={t('screening.rounds.form.deadline', { zone })}
              rules={[{ required: true, message: t('screening.rounds.form.deadline', { zone }) }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" label={t('screening.rounds.form.rule')}>
          <Radio.Group
            optionType="button"
            options={RULES.map((r) => ({ value: r, label: t(`screening.rule.kind.${r}`) }))}
          />
        </Form.Item>
        {kind === 'TOP_N' ? (
          <Form.Item name="n" label={t('screening.rounds.form.n')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        {kind === 'MIN_SCORE' ? (
          <Form.Item name="minScore" label={t('screening.rounds.form.minScore')} rules={[{ required: true }]}>
            <InputNumber min={0} max={programme.rubricScale} step={0.1} style={{ width: 200 }} />
          </Form.Item>
        ) : null}
        <Form.Item name="lastRound" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Switch />
        </Form.Item>
        <Typography.Text type="secondary">{t('screening.rounds.form.lastRound')}</Typography.Text>
      </Form>
    </Modal>
  );
}
