import { useMutation } from '@apollo/client/react';
import { Alert, Col, Form, Input, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  NominateProjectDocument,
  type ChannelFieldsFragment,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import {
  applyServerFields,
  BilingualFields,
  FormModal,
  requiredEmailRules,
  useLanguageOptions,
} from './channel-modal-parts';
import { countryOptions, pickText } from './shared';

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
  const languageOptions = useLanguageOptions();

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
      const map = {
        applicantEmail: 'applicantEmail',
        title: 'titleZh',
        country: 'country',
        sectorCode: 'sectorCode',
        channelId: 'channelId',
      };
      if (applyServerFields(form, problem, map, messages)) return;
      setFormError(problemMessage(t, problem));
    }
  };

  return (
    <FormModal
      open={programme !== undefined}
      title={t('programmes.nominate.title', {
        programme: programme ? pickText(programme.title, language) : '',
      })}
      okText={t('programmes.nominate.send')}
      onOk={() => form.submit()}
      onClose={onClose}
      loading={loading}
      width={640}
      intro={
        <Alert type="info" showIcon message={t('programmes.nominate.intro')} style={{ marginBottom: 16 }} />
      }
      formError={formError}
    >
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
              rules={requiredEmailRules(t)}
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
          <BilingualFields
            zh={{ name: 'titleZh', label: t('programmes.nominate.titleZh') }}
            en={{ name: 'titleEn', label: t('programmes.nominate.titleEn') }}
            message={t('programmes.nominate.validation.title')}
          />
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
    </FormModal>
  );
}
