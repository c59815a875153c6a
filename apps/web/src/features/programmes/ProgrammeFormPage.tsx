import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
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
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
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
  type ProgrammeInput,
  type SixCan,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { browserTimeZone, TimeZoneSelect } from '../identity/fields';
import { useSession } from '../identity/useSession';
import { QueryError } from '../members/QueryError';
import { CURRENCIES, currencyLabel, formatWindow } from './shared';
import { CAN_ZH, SIX_CANS } from './ui';
import { fromPickerValue, toPickerValue } from './zoned';

interface SectorRow {
  code: string;
  nameZh: string;
  nameEn: string;
}
interface CriterionRow extends SectorRow {
  weight: number;
}

interface FormValues {
  titleZh?: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  timeZone: string;
  window?: [Dayjs | null, Dayjs | null] | null;
  sectors: SectorRow[];
  mandatoryCans: SixCan[];
  rubric: CriterionRow[];
  rubricScale: number;
  handbookSize: number;
  roadshowSize: number;
  currency: string;
}

const CODE = /^[A-Z0-9_]{1,20}$/;

/** Server field (`input.sectors.0.code`, `closesAt`, …) → the form field showing its problem. */
const SERVER_FIELDS: Record<string, keyof FormValues> = {
  title: 'titleZh',
  description: 'descriptionZh',
  timeZone: 'timeZone',
  opensAt: 'window',
  closesAt: 'window',
  sectors: 'sectors',
  mandatoryCans: 'mandatoryCans',
  rubric: 'rubric',
  rubricScale: 'rubricScale',
  handbookSize: 'handbookSize',
  roadshowSize: 'roadshowSize',
  currency: 'currency',
};

function initialValues(
  programme: ProgrammeFieldsFragment | undefined,
  zone: string,
  orgZone: string,
): FormValues {
  if (!programme) {
    const opens = dayjs().startOf('hour').add(1, 'hour');
    return {
      timeZone: orgZone,
      window: [opens, opens.add(30, 'day')],
      sectors: [],
      mandatoryCans: [],
      rubric: [],
      rubricScale: 10,
      handbookSize: 100,
      roadshowSize: 12,
      currency: 'CNY',
    };
  }
  return {
    titleZh: programme.title.zh ?? '',
    titleEn: programme.title.en ?? '',
    descriptionZh: programme.description.zh ?? '',
    descriptionEn: programme.description.en ?? '',
    timeZone: programme.timeZone,
    window: [toPickerValue(programme.opensAt, zone), toPickerValue(programme.closesAt, zone)],
    sectors: programme.sectors.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
    mandatoryCans: [...programme.mandatoryCans],
    rubric: programme.rubric.map(({ code, nameZh, nameEn, weight }) => ({ code, nameZh, nameEn, weight })),
    rubricScale: programme.rubricScale,
    handbookSize: programme.handbookSize,
    roadshowSize: programme.roadshowSize,
    currency: programme.currency,
  };
}

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
    const [from, to] = values.window ?? [];
    const input: ProgrammeInput = {
      title: { zh: values.titleZh?.trim() || null, en: values.titleEn?.trim() || null },
      description: { zh: values.descriptionZh?.trim() || null, en: values.descriptionEn?.trim() || null },
      timeZone: values.timeZone,
      ...(from ? { opensAt: fromPickerValue(from, zone) } : {}),
      ...(to ? { closesAt: fromPickerValue(to, zone) } : {}),
      sectors: values.sectors.map((s) => ({
        code: s.code.trim(),
        nameZh: s.nameZh.trim(),
        nameEn: s.nameEn.trim(),
      })),
      mandatoryCans: values.mandatoryCans,
      rubric: values.rubric.map((c) => ({
        code: c.code.trim(),
        nameZh: c.nameZh.trim(),
        nameEn: c.nameEn.trim(),
        weight: c.weight,
      })),
      rubricScale: values.rubricScale,
      handbookSize: values.handbookSize,
      roadshowSize: values.roadshowSize,
      currency: values.currency,
    };
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
        const messages: Partial<Record<keyof FormValues, string>> = {
          titleZh: t('programmes.form.validation.title'),
          descriptionZh: t('programmes.form.validation.description'),
          timeZone: t('programmes.form.validation.timeZone'),
          window: t('programmes.form.validation.windowOrder'),
          sectors: t('programmes.form.validation.sectors'),
          mandatoryCans: t('programmes.form.validation.cans'),
          rubric: t('programmes.form.validation.rubric'),
          rubricScale: t('programmes.form.validation.rubricScale'),
          handbookSize: t('programmes.form.validation.handbookSize'),
          roadshowSize: t('programmes.form.validation.roadshowSize'),
          currency: t('programmes.form.validation.currency'),
        };
        const targets = new Set<keyof FormValues>();
        for (const { field } of problem.fields) {
          const key = field.replace(/^input\./, '').split('.')[0] ?? '';
          const target = SERVER_FIELDS[key];
          if (target) targets.add(target);
        }
        if (targets.size > 0) {
          form.setFields([...targets].map((name) => ({ name, errors: [messages[name] ?? ''] })));
          setFormError(t('programmes.form.validation.fixBelow'));
          return;
        }
      }
      setFormError(problemMessage(t, problem));
    }
  };

  const requiredName = { required: true, whitespace: true, message: t('programmes.form.validation.name') };
  const codeRules = (list: 'sectors' | 'rubric') => [
    { required: true, pattern: CODE, message: t('programmes.form.validation.sectorCode') },
    {
      validator: (_: unknown, value: string | undefined) => {
        const codes = ((form.getFieldValue(list) as SectorRow[] | undefined) ?? []).map((row) => row?.code);
        return value && codes.filter((code) => code === value).length > 1
          ? Promise.reject(new Error(t('programmes.form.validation.sectorCodeDuplicate')))
          : Promise.resolve();
      },
    },
  ];
  const upper = (event: React.ChangeEvent<HTMLInputElement>) => event.target.value.toUpperCase();

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

          <Card title={t('programmes.form.section.sectors')}>
            <Form.List name="sectors">
              {(fields, { add, remove }, { errors }) => (
                <Flex vertical gap={8}>
                  {fields.length === 0 ? (
                    <Typography.Text type="secondary">{t('programmes.form.noSectors')}</Typography.Text>
                  ) : null}
                  {fields.map((field, index) => (
                    <Row gutter={8} key={field.key} align="top" data-testid={`sector-row-${index}`}>
                      <Col xs={24} sm={5}>
                        <Form.Item
                          name={[field.name, 'code']}
                          label={index === 0 ? t('programmes.form.field.sectorCode') : undefined}
                          rules={codeRules('sectors')}
                          getValueFromEvent={upper}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label={t('programmes.form.field.sectorCode')} maxLength={20} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={8}>
                        <Form.Item
                          name={[field.name, 'nameZh']}
                          label={index === 0 ? t('programmes.form.field.sectorNameZh') : undefined}
                          rules={[requiredName, { max: 100 }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label={t('programmes.form.field.sectorNameZh')} lang="zh-CN" />
                        </Form.Item>
                      </Col>
                      <Col xs={20} sm={9}>
                        <Form.Item
                          name={[field.name, 'nameEn']}
                          label={index === 0 ? t('programmes.form.field.sectorNameEn') : undefined}
                          rules={[requiredName, { max: 100 }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label={t('programmes.form.field.sectorNameEn')} lang="en" />
                        </Form.Item>
                      </Col>
                      <Col xs={4} sm={2}>
                        <Form.Item label={index === 0 ? ' ' : undefined} style={{ marginBottom: 8 }}>
                          <Button
                            icon={<DeleteOutlined />}
                            aria-label={t('programmes.common.remove')}
                            onClick={() => remove(field.name)}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <div>
                    <Button icon={<PlusOutlined />} onClick={() => add({ code: '', nameZh: '', nameEn: '' })}>
                      {t('programmes.form.addSector')}
                    </Button>
                  </div>
                </Flex>
              )}
            </Form.List>
          </Card>

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

          <Card title={t('programmes.form.section.rubric')}>
            <Form.List name="rubric">
              {(fields, { add, remove }, { errors }) => (
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary">
                    {fields.length === 0
                      ? t('programmes.form.noRubric')
                      : t('programmes.form.field.rubricHint')}
                  </Typography.Text>
                  {fields.map((field, index) => (
                    <Row gutter={8} key={field.key} align="top" data-testid={`rubric-row-${index}`}>
                      <Col xs={24} sm={5}>
                        <Form.Item
                          name={[field.name, 'code']}
                          label={index === 0 ? t('programmes.form.field.rubricCode') : undefined}
                          rules={codeRules('rubric')}
                          getValueFromEvent={upper}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label={t('programmes.form.field.rubricCode')} maxLength={20} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={7}>
                        <Form.Item
                          name={[field.name, 'nameZh']}
                          label={index === 0 ? t('programmes.form.field.rubricNameZh') : undefined}
                          rules={[requiredName, { max: 100 }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label={t('programmes.form.field.rubricNameZh')} lang="zh-CN" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={7}>
                        <Form.Item
                          name={[field.name, 'nameEn']}
                          label={index === 0 ? t('programmes.form.field.rubricNameEn') : undefined}
                          rules={[requiredName, { max: 100 }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input aria-label={t('programmes.form.field.rubricNameEn')} lang="en" />
                        </Form.Item>
                      </Col>
                      <Col xs={20} sm={3}>
                        <Form.Item
                          name={[field.name, 'weight']}
                          label={index === 0 ? t('programmes.form.field.rubricWeight') : undefined}
                          rules={[
                            {
                              required: true,
                              type: 'number',
                              min: 0.01,
                              max: 100,
                              message: t('programmes.form.validation.weight'),
                            },
                          ]}
                          style={{ marginBottom: 8 }}
                        >
                          <InputNumber
                            aria-label={t('programmes.form.field.rubricWeight')}
                            min={0.01}
                            max={100}
                            step={0.05}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={4} sm={2}>
                        <Form.Item label={index === 0 ? ' ' : undefined} style={{ marginBottom: 8 }}>
                          <Button
                            icon={<DeleteOutlined />}
                            aria-label={t('programmes.common.remove')}
                            onClick={() => remove(field.name)}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <div>
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ code: '', nameZh: '', nameEn: '', weight: 1 })}
                    >
                      {t('programmes.form.addCriterion')}
                    </Button>
                  </div>
                </Flex>
              )}
            </Form.List>
            <Row gutter={16} style={{ marginTop: 8 }}>
              <Col xs={24} sm={8}>
                <Form.Item
                  name="rubricScale"
                  label={t('programmes.form.field.rubricScale')}
                  extra={t('programmes.form.field.rubricScaleHint')}
                  rules={[
                    {
                      required: true,
                      type: 'integer',
                      min: 3,
                      max: 100,
                      message: t('programmes.form.validation.rubricScale'),
                    },
                  ]}
                >
                  <InputNumber min={3} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

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
