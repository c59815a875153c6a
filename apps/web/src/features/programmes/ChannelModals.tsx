import { useMutation } from '@apollo/client/react';
import { Alert, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ChannelsDocument,
  CreateChannelDocument,
  InviteChannelMemberDocument,
  NominateProjectDocument,
  UpdateChannelDocument,
  type ChannelFieldsFragment,
  type ChannelKind,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { applyFieldErrors, describeError, problemMessage } from '../identity/errors';
import { countryOptions, pickText } from './shared';

const KINDS: ChannelKind[] = ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'TRANSFER_NETWORK', 'ASSOCIATION', 'OTHER'];

/** Strips `input.` / `input.project.` and nested indexes from a server field path. */
function serverFields<T extends string>(fields: { field: string }[], map: Record<string, T>): T[] {
  return fields.flatMap(({ field }) => {
    const path = field.replace(/^input\./, '').replace(/^project\./, '');
    const target = map[path] ?? map[path.split('.')[0] ?? ''];
    return target ? [target] : [];
  });
}

function LanguageOptions() {
  const { t } = useTranslation();
  return LANGUAGES.map((lng) => ({ value: lng, label: t(`programmes.localeName.${lng}`) }));
}

interface ChannelValues {
  nameZh?: string;
  nameEn?: string;
  kind: ChannelKind;
  country?: string;
  contactEmail?: string;
}

/** Create (channel undefined) or edit a channel. */
export function ChannelModal({
  channel,
  open,
  onClose,
  onSaved,
}: {
  channel: ChannelFieldsFragment | undefined;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<ChannelValues>();
  const [create, creating] = useMutation(CreateChannelDocument, { refetchQueries: [ChannelsDocument] });
  const [update, updating] = useMutation(UpdateChannelDocument);
  const [formError, setFormError] = useState<string>();
  const countries = useMemo(() => countryOptions(language), [language]);

  const onFinish = async (values: ChannelValues) => {
    setFormError(undefined);
    const input = {
      name: { zh: values.nameZh?.trim() || null, en: values.nameEn?.trim() || null },
      kind: values.kind,
      country: values.country ?? '',
      contactEmail: values.contactEmail?.trim() || null,
    };
    try {
      if (channel) await update({ variables: { id: channel.id, input } });
      else await create({ variables: { input } });
      form.resetFields();
      onSaved();
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'CONFLICT') {
        form.setFields([{ name: 'nameZh', errors: [t('programmes.channels.conflict')] }]);
        return;
      }
      const messages: Record<string, string> = {
        nameZh: t('programmes.channels.validation.name'),
        kind: t('programmes.channels.validation.kind'),
        country: t('programmes.channels.validation.country'),
        contactEmail: t('programmes.channels.validation.email'),
      };
      const targets = serverFields(problem.fields, {
        name: 'nameZh',
        kind: 'kind',
        country: 'country',
        contactEmail: 'contactEmail',
      });
      if (problem.code === 'VALIDATION' && targets.length) {
        form.setFields(targets.map((name) => ({ name, errors: [messages[name] ?? ''] })));
        return;
      }
      setFormError(problemMessage(t, problem));
    }
  };

  return (
    <Modal
      open={open}
      title={channel ? t('programmes.channels.editTitle') : t('programmes.channels.newTitle')}
      okText={channel ? t('common.save') : t('programmes.channels.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={creating.loading || updating.loading}
      destroyOnHidden
      width={600}
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<ChannelValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={
          channel
            ? {
                nameZh: channel.name.zh ?? '',
                nameEn: channel.name.en ?? '',
                kind: channel.kind,
                country: channel.country,
                contactEmail: channel.contactEmail ?? '',
              }
            : { kind: 'UNIVERSITY' }
        }
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="nameZh"
              label={t('programmes.channels.field.nameZh')}
              dependencies={['nameEn']}
              rules={[
                { max: 200 },
                {
                  validator: (_, value: string | undefined) =>
                    value?.trim() || (form.getFieldValue('nameEn') as string | undefined)?.trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('programmes.channels.validation.name'))),
                },
              ]}
            >
              <Input lang="zh-CN" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="nameEn" label={t('programmes.channels.field.nameEn')} rules={[{ max: 200 }]}>
              <Input lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="kind"
              label={t('programmes.channels.field.kind')}
              rules={[{ required: true, message: t('programmes.channels.validation.kind') }]}
            >
              <Select
                options={KINDS.map((kind) => ({ value: kind, label: t(`programmes.channels.kind.${kind}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="country"
              label={t('programmes.channels.field.country')}
              rules={[{ required: true, message: t('programmes.channels.validation.country') }]}
            >
              <Select showSearch optionFilterProp="label" options={countries} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="contactEmail"
              label={t('programmes.channels.field.contactEmail')}
              rules={[{ type: 'email', message: t('programmes.channels.validation.email') }]}
            >
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

interface InviteValues {
  email: string;
  locale: AppLanguage;
}

/** Invites a person to a channel (they get the Channel role). */
export function InviteChannelMemberModal({
  channel,
  onClose,
  onInvited,
}: {
  channel: ChannelFieldsFragment | undefined;
  onClose: () => void;
  onInvited: (email: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<InviteValues>();
  const [invite, { loading }] = useMutation(InviteChannelMemberDocument, {
    refetchQueries: [ChannelsDocument],
  });
  const [formError, setFormError] = useState<string>();
  const languageOptions = LanguageOptions();

  const onFinish = async (values: InviteValues) => {
    if (!channel) return;
    setFormError(undefined);
    const email = values.email.trim();
    try {
      await invite({ variables: { input: { channelId: channel.id, email, locale: values.locale } } });
      form.resetFields();
      onInvited(email);
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'CONFLICT') {
        form.setFields([{ name: 'email', errors: [t('programmes.channels.inviteConflict')] }]);
        return;
      }
      if (!applyFieldErrors(form, problem, { email: t('programmes.channels.validation.email') }))
        setFormError(problemMessage(t, problem));
    }
  };

  return (
    <Modal
      open={channel !== undefined}
      title={t('programmes.channels.inviteTitle', {
        channel: channel ? pickText(channel.name, language) : '',
      })}
      okText={t('programmes.channels.inviteSend')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('programmes.channels.inviteIntro')}</Typography.Paragraph>
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<InviteValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ locale: language }}
      >
        <Form.Item
          name="email"
          label={t('programmes.channels.field.email')}
          rules={[
            { required: true, message: t('programmes.channels.validation.email') },
            { type: 'email', message: t('programmes.channels.validation.email') },
          ]}
        >
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="locale" label={t('programmes.channels.field.locale')}>
          <Select options={languageOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface NominationValues {
  applicantEmail: string;
  locale: AppLanguage;
  channelId?: string;
  titleZh?: string;
  titleEn?: string;
  organizationName?: string;
  country?: string;
  sectorCode?: string;
}

/** A channel member nominates one project; the applicant is e-mailed to complete and submit it. */
export function NominateModal({
  programme,
  channels,
  onClose,
  onNominated,
}: {
  programme: ProgrammeFieldsFragment | undefined;
  channels: ChannelFieldsFragment[];
  onClose: () => void;
  onNominated: (email: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<NominationValues>();
  const [nominate, { loading }] = useMutation(NominateProjectDocument);
  const [formError, setFormError] = useState<string>();
  const countries = useMemo(() => countryOptions(language), [language]);
  const languageOptions = LanguageOptions();

  const onFinish = async (values: NominationValues) => {
    if (!programme) return;
    setFormError(undefined);
    const applicantEmail = values.applicantEmail.trim();
    try {
      await nominate({
        variables: {
          programmeId: programme.id,
          input: {
            applicantEmail,
            locale: values.locale,
            channelId: values.channelId ?? null,
            project: {
              title: { zh: values.titleZh?.trim() || null, en: values.titleEn?.trim() || null },
              organizationName: values.organizationName?.trim() || null,
              country: values.country ?? null,
              sectorCode: values.sectorCode ?? null,
            },
          },
        },
      });
      form.resetFields();
      onNominated(applicantEmail);
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'CONFLICT') {
        setFormError(t('programmes.nominate.closedCall'));
        return;
      }
      const messages: Record<string, string> = {
        applicantEmail: t('programmes.channels.validation.email'),
        titleZh: t('programmes.nominate.validation.title'),
        country: t('programmes.channels.validation.country'),
        sectorCode: t('programmes.nominate.validation.sector'),
        channelId: t('programmes.nominate.validation.channel'),
      };
      const targets = serverFields(problem.fields, {
        applicantEmail: 'applicantEmail',
        title: 'titleZh',
        country: 'country',
        sectorCode: 'sectorCode',
        channelId: 'channelId',
      });
      if (problem.code === 'VALIDATION' && targets.length) {
        form.setFields(targets.map((name) => ({ name, errors: [messages[name] ?? ''] })));
        return;
      }
      setFormError(problemMessage(t, problem));
    }
  };

  return (
    <Modal
      open={programme !== undefined}
      title={t('programmes.nominate.title', {
        programme: programme ? pickText(programme.title, language) : '',
      })}
      okText={t('programmes.nominate.send')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      width={640}
    >
      <Alert type="info" showIcon message={t('programmes.nominate.intro')} style={{ marginBottom: 16 }} />
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<NominationValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ locale: language, channelId: channels.length === 1 ? channels[0]?.id : undefined }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item
              name="applicantEmail"
              label={t('programmes.nominate.applicantEmail')}
              rules={[
                { required: true, message: t('programmes.channels.validation.email') },
                { type: 'email', message: t('programmes.channels.validation.email') },
              ]}
            >
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="locale" label={t('programmes.nominate.locale')}>
              <Select options={languageOptions} />
            </Form.Item>
          </Col>
          {channels.length > 1 ? (
            <Col xs={24}>
              <Form.Item
                name="channelId"
                label={t('programmes.nominate.channel')}
                rules={[{ required: true, message: t('programmes.nominate.validation.channel') }]}
              >
                <Select options={channels.map((c) => ({ value: c.id, label: pickText(c.name, language) }))} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} sm={12}>
            <Form.Item
              name="titleZh"
              label={t('programmes.nominate.titleZh')}
              dependencies={['titleEn']}
              rules={[
                { max: 200 },
                {
                  validator: (_, value: string | undefined) =>
                    value?.trim() || (form.getFieldValue('titleEn') as string | undefined)?.trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('programmes.nominate.validation.title'))),
                },
              ]}
            >
              <Input lang="zh-CN" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="titleEn" label={t('programmes.nominate.titleEn')} rules={[{ max: 200 }]}>
              <Input lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="organizationName"
              label={t('programmes.nominate.organisation')}
              rules={[{ max: 200 }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="country" label={t('programmes.nominate.country')}>
              <Select showSearch allowClear optionFilterProp="label" options={countries} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="sectorCode" label={t('programmes.nominate.sector')}>
              <Select
                allowClear
                options={(programme?.sectors ?? []).map((s) => ({
                  value: s.code,
                  label: language === 'zh-CN' ? s.nameZh || s.nameEn : s.nameEn || s.nameZh,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
