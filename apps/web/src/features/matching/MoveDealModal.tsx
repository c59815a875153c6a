import { useMutation, useQuery } from '@apollo/client/react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  CeremoniesDocument,
  MembersDocument,
  MoveDealDocument,
  RecordAgreementDocument,
  RecordRealisationDocument,
  type AgreementKind,
  type DealCardFieldsFragment,
  type DealStage,
  type MoveDealInput,
} from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { useSession } from '../identity/useSession';
import { pickText } from '../programmes/shared';
import { FileRequestError, uploadFile } from '../projects/files';
import { ProblemAlert, type Problem } from '../screening/ui';
import { AmountField, RealisationFields, toAmountInput, toMatchingProblem } from './ui';

const AGREEMENT_KINDS: readonly AgreementKind[] = [
  'INVESTMENT',
  'COOPERATION',
  'LANDING',
  'LICENSING',
  'TALENT',
];

interface MoveValues {
  meetingAt?: Dayjs;
  ndaFileId?: string;
  mouFileId?: string;
  reason?: string;
  ownerUserId?: string;
  kind?: AgreementKind;
  parties?: string;
  ceremonyId?: string;
  signedAt?: Dayjs;
  committed?: { amount?: string; currency?: string };
  realised?: { amount?: string; currency?: string };
  registeredEntity?: string;
  jobsCreated?: number | null;
}

/** Uploads one file and keeps its id (the NDA or the MoU a stage needs). */
function FileField({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Upload
        accept="application/pdf,image/*"
        showUploadList={false}
        beforeUpload={(file) => {
          setProblem(undefined);
          setBusy(true);
          uploadFile(file)
            .then((saved) => {
              setName(saved.filename);
              onChange?.(saved.id);
            })
            .catch((error: unknown) =>
              setProblem(
                error instanceof FileRequestError && error.serverMessage
                  ? error.serverMessage
                  : String(error),
              ),
            )
            .finally(() => setBusy(false));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {t('matching.move.upload')}
        </Button>
      </Upload>
      {value && name ? (
        <Typography.Text type="success" style={{ marginInlineStart: 8 }}>
          {t('matching.move.uploaded', { name })}
        </Typography.Text>
      ) : null}
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginTop: 8 }} /> : null}
    </>
  );
}

/**
 * Moves a deal to a stage, asking for what the stage needs: the meeting date, the signed NDA or MoU, a reason
 * to drop; signing records the agreement first and landing its realisation. Organizers may also set the owner.
 */
export function MoveDealModal({
  deal,
  to,
  onClose,
  onMoved,
}: {
  deal: DealCardFieldsFragment;
  to: DealStage | undefined;
  onClose: () => void;
  onMoved: (stage: DealStage) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { hasRole } = useSession();
  const organizer = hasRole('ORGANIZER');
  const [form] = Form.useForm<MoveValues>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [move] = useMutation(MoveDealDocument);
  const [recordAgreement] = useMutation(RecordAgreementDocument);
  const [recordRealisation] = useMutation(RecordRealisationDocument);
  const members = useQuery(MembersDocument, { variables: { first: 200 }, skip: !organizer || !to });
  const ceremonies = useQuery(CeremoniesDocument, {
    variables: { first: 100 },
    skip: !organizer || to !== 'SIGNED',
  });
  const needsAgreement = to === 'SIGNED' && !deal.agreementId;
  const needsRealisation = to === 'LANDED';

  const submit = async () => {
    if (!to) return;
    setProblem(undefined);
    const values = await form.validateFields();
    setBusy(true);
    try {
      if (needsAgreement) {
        const committed = toAmountInput(values.committed);
        if (!committed) throw new Error('unreachable: the form requires the amount');
        // A retry after a failed move finds the agreement already recorded: go on with the move.
        await recordAgreement({
          variables: {
            input: {
              dealId: deal.id,
              kind: values.kind ?? 'INVESTMENT',
              parties: (values.parties ?? '')
                .split('\n')
                .map((p) => p.trim())
                .filter(Boolean),
              ceremonyId: values.ceremonyId ?? null,
              signedAt: (values.signedAt ?? dayjs()).toISOString(),
              committed,
            },
          },
        }).catch((error: unknown) => {
          if (!/already has its agreement/.test(describeError(error).message)) throw error;
        });
      }
      if (needsRealisation && deal.agreementId) {
        const realised = toAmountInput(values.realised);
        if (!realised) throw new Error('unreachable: the form requires the amount');
        await recordRealisation({
          variables: {
            id: deal.agreementId,
            input: {
              realised,
              registeredEntity: values.registeredEntity?.trim() || null,
              jobsCreated: values.jobsCreated ?? null,
            },
          },
        });
      }
      const input: MoveDealInput = {
        to,
        version: deal.version,
        ...(values.meetingAt ? { meetingAt: values.meetingAt.toISOString() } : {}),
        ...(values.reason ? { reason: values.reason.trim() } : {}),
        ...(values.ownerUserId ? { ownerUserId: values.ownerUserId } : {}),
        ...(values.ndaFileId ? { ndaFileId: values.ndaFileId } : {}),
        ...(values.mouFileId ? { mouFileId: values.mouFileId } : {}),
      };
      await move({ variables: { id: deal.id, input } });
      form.resetFields();
      onMoved(to);
      onClose();
    } catch (error) {
      const described = describeError(error);
      setProblem(
        described.code === 'CONFLICT' && /meanwhile/.test(described.message)
          ? { message: t('matching.problem.stale'), detail: described.message }
          : toMatchingProblem(t, error),
      );
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('matching.move.required') }];
  return (
    <Modal
      open={!!to}
      title={to ? t('matching.move.title', { stage: t(`matching.stage.${to}`) }) : ''}
      okText={t('matching.move.confirm')}
      cancelText={t('matching.common.cancel')}
      okButtonProps={{ loading: busy, danger: to === 'DROPPED' }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {pickText(deal.projectTitle, language)} · {pickText(deal.partnerName, language)}
      </Typography.Paragraph>
      <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
      {needsAgreement ? <Alert type="info" showIcon message={t('matching.move.agreementFirst')} /> : null}
      {needsRealisation ? <Alert type="info" showIcon message={t('matching.move.realisationFirst')} /> : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        style={{ marginTop: 12 }}
        initialValues={{
          kind: 'INVESTMENT',
          signedAt: dayjs(),
          ownerUserId: deal.ownerUserId ?? undefined,
          parties: `${pickText(deal.projectTitle, language)}\n${pickText(deal.partnerName, language)}`,
        }}
      >
        {to === 'MEETING' ? (
          <Form.Item name="meetingAt" label={t('matching.move.meetingAt')} rules={required}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {to === 'NDA' ? (
          <Form.Item name="ndaFileId" label={t('matching.move.nda')} rules={required}>
            <FileField />
          </Form.Item>
        ) : null}
        {to === 'MOU' ? (
          <Form.Item name="mouFileId" label={t('matching.move.mou')} rules={required}>
            <FileField />
          </Form.Item>
        ) : null}
        {to === 'DROPPED' ? (
          <Form.Item name="reason" label={t('matching.move.reason')} rules={[...required, { max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        ) : null}
        {needsAgreement ? (
          <>
            <Form.Item name="kind" label={t('matching.agreement.kind')} rules={required}>
              <Select
                options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`matching.agreementKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="parties"
              label={t('matching.agreement.parties')}
              extra={t('matching.agreement.partiesHelp')}
              rules={[{ required: true, whitespace: true, message: t('matching.agreement.partiesRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
            <AmountField name="committed" label={t('matching.agreement.committed')} required />
            <Form.Item name="signedAt" label={t('matching.agreement.signedAt')} rules={required}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="ceremonyId" label={t('matching.agreement.ceremony')}>
              <Select
                allowClear
                options={(ceremonies.data?.ceremonies.edges ?? []).map(({ node }) => ({
                  value: node.id,
                  label: pickText(node.title, language),
                }))}
              />
            </Form.Item>
          </>
        ) : null}
        {needsRealisation ? <RealisationFields /> : null}
        {organizer ? (
          <Form.Item name="ownerUserId" label={t('matching.move.owner')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(members.data?.members.edges ?? [])
                .filter(({ node }) => node.roles.includes('ORGANIZER'))
                .map(({ node }) => ({ value: node.userId, label: node.displayName || node.email }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
