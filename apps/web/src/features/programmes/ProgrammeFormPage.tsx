import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import {
  CreateProgrammeDocument,
  ProgrammeDocument,
  ProgrammesDocument,
  UpdateProgrammeDocument,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { browserTimeZone, TimeZoneSelect } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import {
  initialValues,
  inputOf,
  serverTargets,
  validationMessages,
  type FormValues,
} from './programme-form-model';
import { RubricListEditor } from './RubricListEditor';
import { SectorListEditor } from './SectorListEditor';
import { CURRENCIES, currencyLabel, formatWindow } from './shared';
import { CAN_ZH, SIX_CANS } from './ui';
import { fromPickerValue } from './zoned';

/** Organizers: create a programme (`/programmes/new`) or edit one (`/programmes/:id/edit`). */
export default function ProgrammeFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ProgrammeDocument, { variables: { id: id ?? '' }, skip: !id });
  const title = id ? t('programmes.form.editTitle') : t('programmes.form.newTitle');
  if (id && error && !data)
    return (
      <>
        <PageHeader title={title} />
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  if (id && !data)
    return (
      <>
        <PageHeader title={title} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  return <ProgrammeForm key={id ?? 'new'} programme={data?.programme} />;
}

function ProgrammeForm({ programme }: { programme: ProgrammeFieldsFragment | undefined }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const navigate = useNavigate();
  const { me } = useSession();
  const zone = me?.user.timeZone ?? browserTimeZone();
  const orgZone = me?.organization.timeZone ?? zone;
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string>();
  const [create, creating] = useMutation(CreateProgrammeDocument, { refetchQueries: [ProgrammesDocument] });
  const [update, updating] = useMutation(UpdateProgrammeDocument);
  const initial = useMemo(() => initialValues(programme, zone, orgZone), [programme, zone, orgZone]);

  const programmeZone = Form.useWatch('timeZone', form) ?? initial.timeZone;
  const window = Form.useWatch('window', form);
  const windowHint = useMemo(() => {
    const [from, to] = window ?? [];
    if (!from || !to) return undefined;
    return t('programmes.form.field.windowInProgrammeZone', {
      zone: programmeZone,
      window: formatWindow(fromPickerValue(from, zone), fromPickerValue(to, zone), language, programmeZone),
    });
  }, [window, programmeZone, zone, language, t]);

  const onFinish = async (values: FormValues) => {
    setFormError(undefined);
    const input = inputOf(values, zone);
    try {
      if (programme) {
        await update({ variables: { id: programme.id, input } });
        void navigate(paths.programme(programme.id), { state: { notice: 'saved' } });
      } else {
        const result = await create({ variables: { input } });
        const created = result.data?.createProgramme;
        void navigate(created ? paths.programme(created.id) : paths.programmes, {
          state: { notice: 'created' },
        });
      }
    } catch (err) {
      const problem = describeError(err);
      if (problem.code === 'VALIDATION' && problem.fields.length > 0) {
        const targets = serverTargets(problem.fields);
        if (targets.size > 0) {
          const messages = validationMessages(t);
          form.setFields([...targets].map((name) => ({ name, errors: [messages[name] ?? ''] })));
          setFormError(t('programmes.form.validation.fixBelow'));
          return;
        }
      }
      setFormError(problemMessage(t, problem));
    }
  };

  return (
    <>
      <PageHeader
        title={programme ? t('programmes.form.editTitle') : t('programmes.form.newTitle')}
        intro={t('programmes.form.intro')}
      />
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onFinish={onFinish}
        onFinishFailed={() => setFormError(t('programmes.form.validation.fixBelow'))}
        scrollToFirstError
      >
        <Flex vertical gap={16}>
          {formError ? <Alert type="error" showIcon message={formError} /> : null}
          <Card title={t('programmes.form.section.basics')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="titleZh"
                  label={t('programmes.form.field.titleZh')}
                  dependencies={['titleEn']}
                  rules={[
                    { max: 200, message: t('programmes.form.validation.titleLength') },
                    {
                      validator: (_, value: string | undefined) =>
                        value?.trim() || (form.getFieldValue('titleEn') as string | undefined)?.trim()
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('programmes.form.validation.title'))),
                    },
                  ]}
                >
                  <Input lang="zh-CN" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="titleEn"
                  label={t('programmes.form.field.titleEn')}
                  rules={[{ max: 200, message: t('programmes.form.validation.titleLength') }]}
                >
                  <Input lang="en" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="descriptionZh"
                  label={t('programmes.form.field.descriptionZh')}
                  rules={[{ max: 4000, message: t('programmes.form.validation.description') }]}
                >
                  <Input.TextArea lang="zh-CN" autoSize={{ minRows: 3, maxRows: 10 }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="descriptionEn"
                  label={t('programmes.form.field.descriptionEn')}
                  rules={[{ max: 4000, message: t('programmes.form.validation.description') }]}
                >
                  <Input.TextArea lang="en" autoSize={{ minRows: 3, maxRows: 10 }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card title={t('programmes.form.section.window')}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="timeZone"
                  label={t('programmes.form.field.timeZone')}
                  extra={t('programmes.form.field.timeZoneHint')}
                  rules={[{ required: true, message: t('programmes.form.validation.timeZone') }]}
                >
                  <TimeZoneSelect />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  name="window"
                  label={t('programmes.form.field.window')}
                  extra={
                    <Flex vertical>
                      <span>{t('programmes.form.field.windowHint', { zone })}</span>
                      {windowHint && programmeZone !== zone ? <span>{windowHint}</span> : null}
                    </Flex>
                  }
                  rules={[
                    {
                      validator: (_, value: FormValues['window']) => {
                        if (!value?.[0] || !value[1])
                          return Promise.reject(new Error(t('programmes.form.validation.window')));
                        if (!value[1].isAfter(value[0]))
                          return Promise.reject(new Error(t('programmes.form.validation.windowOrder')));
                        return Promise.resolve();
                      },
                    },
                  ]}
                >
                  <DatePicker.RangePicker
                    showTime={{ format: 'HH:mm' }}
                    format="YYYY-MM-DD HH:mm"
                    style={{ width: '100%' }}
                    allowEmpty={[false, false]}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <SectorListEditor />

          <Card title={t('programmes.form.section.cans')}>
            <Form.Item
              name="mandatoryCans"
              label={t('programmes.form.field.cans')}
              extra={t('programmes.form.field.cansHint')}
            >
              <Checkbox.Group>
                <Row gutter={[16, 8]}>
                  {SIX_CANS.map((can) => (
                    <Col key={can} xs={24} sm={12} md={8}>
                      <Checkbox value={can}>
                        <span lang="zh-CN">{CAN_ZH[can]}</span>{' '}
                        <Typography.Text type="secondary">
                          {t(`programmes.can.${can}`, { lng: 'en' })}
                        </Typography.Text>
                      </Checkbox>
                    </Col>
                  ))}
                </Row>
              </Checkbox.Group>
            </Form.Item>
          </Card>

          <RubricListEditor />

          <Card title={t('programmes.form.section.sizes')}>
            <Row gutter={16}>
              <Col xs={24} sm={8}>
                <Form.Item
                  name="handbookSize"
                  label={t('programmes.form.field.handbookSize')}
                  rules={[
                    {
                      required: true,
                      type: 'integer',
                      min: 1,
                      max: 10000,
                      message: t('programmes.form.validation.handbookSize'),
                    },
                  ]}
                >
                  <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item
                  name="roadshowSize"
                  label={t('programmes.form.field.roadshowSize')}
                  dependencies={['handbookSize']}
                  rules={[
                    {
                      required: true,
                      type: 'integer',
                      min: 1,
                      max: 500,
                      message: t('programmes.form.validation.roadshowSize'),
                    },
                    {
                      validator: (_, value: number | undefined) =>
                        value !== undefined && value > (form.getFieldValue('handbookSize') as number)
                          ? Promise.reject(new Error(t('programmes.form.validation.roadshowSize')))
                          : Promise.resolve(),
                    },
                  ]}
                >
                  <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item
                  name="currency"
                  label={t('programmes.form.field.currency')}
                  rules={[{ required: true, message: t('programmes.form.validation.currency') }]}
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={(CURRENCIES.includes(initial.currency)
                      ? CURRENCIES
                      : [initial.currency, ...CURRENCIES]
                    ).map((code) => ({ value: code, label: currencyLabel(code, language) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Flex gap={8} justify="flex-end">
            <Button
              onClick={() => void navigate(programme ? paths.programme(programme.id) : paths.programmes)}
            >
              {t('programmes.form.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
              {programme ? t('programmes.form.save') : t('programmes.form.create')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </>
  );
}
