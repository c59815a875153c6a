import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  OverrideDecisionDocument,
  ReleaseFeedbackDocument,
  type Decision,
  type RoundResultFieldsFragment,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { pickText } from '../programmes/shared';
import { ProblemAlert, toProblem, type Problem } from './ui';

/** Overrides the proposed decision of one project; the reason is required and kept in the justification. */
export function OverrideModal({
  round,
  result,
  onClose,
  onDone,
}: {
  round: ScreeningRoundFieldsFragment;
  result: RoundResultFieldsFragment | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<{ decision: Decision; reason: string }>();
  const [problem, setProblem] = useState<Problem>();
  const [override, overriding] = useMutation(OverrideDecisionDocument);
  const submit = async (values: { decision: Decision; reason: string }) => {
    if (!result) return;
    setProblem(undefined);
    try {
      await override({
        variables: {
          roundId: round.id,
          projectId: result.projectId,
          decision: values.decision,
          reason: values.reason.trim(),
        },
      });
      onDone();
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };
  return (
    <Modal
      open={Boolean(result)}
      title={t('screening.results.overrideForm.title')}
      okText={t('screening.results.overrideForm.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={overriding.loading}
      destroyOnHidden
    >
      {result ? (
        <Typography.Paragraph strong>
          #{result.rank} {pickText(result.title, language)}
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ decision: result?.decision === 'ADVANCE' ? 'REJECT' : 'ADVANCE', reason: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="decision" label={t('screening.results.overrideForm.decision')}>
          <Radio.Group
            optionType="button"
            options={(['ADVANCE', 'REJECT'] as Decision[]).map((d) => ({
              value: d,
              label: t(`screening.decision.${d}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('screening.results.overrideForm.reason')}
          rules={[{ required: true, whitespace: true, message: t('screening.results.overrideForm.reason') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problem} />
    </Modal>
  );
}

/** Written feedback to the applicant of one project (never scores or reviewer names). */
export function FeedbackModal({
  round,
  result,
  onClose,
}: {
  round: ScreeningRoundFieldsFragment;
  result: RoundResultFieldsFragment | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<{ zh: string; en: string }>();
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState(false);
  const [release, releasing] = useMutation(ReleaseFeedbackDocument);
  const submit = async (values: { zh: string; en: string }) => {
    if (!result) return;
    setProblem(undefined);
    try {
      await release({
        variables: {
          roundId: round.id,
          projectId: result.projectId,
          text: { zh: values.zh?.trim() || null, en: values.en?.trim() || null },
        },
      });
      setDone(true);
    } catch (err) {
      setProblem(toProblem(t, err));
    }
  };
  const close = () => {
    setDone(false);
    onClose();
  };
  return (
    <Modal
      open={Boolean(result)}
      title={t('screening.results.feedbackForm.title')}
      okText={t('screening.results.feedbackForm.submit')}
      cancelText={t('common.cancel')}
      onCancel={close}
      onOk={() => (done ? close() : form.submit())}
      confirmLoading={releasing.loading}
      destroyOnHidden
    >
      {result ? <Typography.Paragraph strong>{pickText(result.title, language)}</Typography.Paragraph> : null}
      <Typography.Paragraph type="secondary">{t('screening.results.feedbackForm.help')}</Typography.Paragraph>
      {done ? (
        <Alert type="success" showIcon message={t('screening.results.feedbackForm.released')} />
      ) : (
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void submit(v)}>
          <Form.Item name="zh" label={t('screening.results.feedbackForm.zh')}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
          </Form.Item>
          <Form.Item name="en" label={t('screening.results.feedbackForm.en')}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
          </Form.Item>
        </Form>
      )}
      <ProblemAlert problem={problem} />
    </Modal>
  );
}
