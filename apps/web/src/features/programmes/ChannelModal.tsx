import { useMutation } from '@apollo/client/react';
import { Col, Form, Input, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ChannelsDocument,
  CreateChannelDocument,
  UpdateChannelDocument,
  type ChannelFieldsFragment,
  type ChannelKind,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { applyServerFields, BilingualFields, FormModal } from './channel-modal-parts';
import { countryOptions } from './shared';

const KINDS: ChannelKind[] = ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'TRANSFER_NETWORK', 'ASSOCIATION', 'OTHER'];

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
      const map = { name: 'nameZh', kind: 'kind', country: 'country', contactEmail: 'contactEmail' };
      if (applyServerFields(form, problem, map, messages)) return;
      setFormError(problemMessage(t, problem));
    }
  };

  return (
    <FormModal
      open={open}
      title={channel ? t('programmes.channels.editTitle') : t('programmes.channels.newTitle')}
      okText={channel ? t('common.save') : t('programmes.channels.create')}
      onOk={() => form.submit()}
      onClose={onClose}
      loading={creating.loading || updating.loading}
      width={600}
      formError={formError}
    >
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
          <BilingualFields
            zh={{ name: 'nameZh', label: t('programmes.channels.field.nameZh') }}
            en={{ name: 'nameEn', label: t('programmes.channels.field.nameEn') }}
            message={t('programmes.channels.validation.name')}
          />
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
    </FormModal>
  );
}
