import { useMutation } from '@apollo/client/react';
import { DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateRoadshowDocument,
  UpdateRoadshowDocument,
  type RoadshowFieldsFragment,
  type RoadshowMode,
} from '../../gql/graphql';
import { TimeZoneSelect } from '../identity/fields';
import { fromPickerValue, toPickerValue } from '../programmes/zoned';
import { ProblemAlert, type Problem } from '../screening/ui';
import { roadshowReason, toRoadshowProblem, type RoadshowReason } from './ui';

const MODES: readonly RoadshowMode[] = ['ONLINE', 'ON_SITE', 'HYBRID'];
const DAY_MS = 24 * 3600_000;
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

interface Values {
  titleZh?: string;
  titleEn?: string;
  mode: RoadshowMode;
  venue?: string;
  streamUrl?: string;
  timeZone: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  slotMinutes?: number | null;
  breakEvery?: number | null;
  breakMinutes?: number | null;
}

/** Which form field a rule of the server belongs to. */
const FIELD_OF: Partial<Record<RoadshowReason, keyof Values>> = {
  TITLE_REQUIRED: 'titleZh',
  INVALID_TIME_ZONE: 'timeZone',
  WINDOW_END_BEFORE_START: 'endsAt',
  WINDOW_TOO_LONG: 'endsAt',
  INVALID_SLOT_LENGTH: 'slotMinutes',
  STREAM_URL_NOT_HTTPS: 'streamUrl',
  INVALID_BREAK: 'breakEvery',
  VENUE_REQUIRED: 'venue',
};

const isHttps = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname;
  } catch {
    return false;
  }
};

function initialValues(roadshow: RoadshowFieldsFragment | undefined, defaultZone: string): Values {
  if (!roadshow) return { mode: 'ONLINE', timeZone: defaultZone, slotMinutes: 15 };
  return {
    titleZh: roadshow.title.zh ?? '',
    titleEn: roadshow.title.en ?? '',
    mode: roadshow.mode,
    venue: roadshow.venue ?? '',
    streamUrl: roadshow.streamUrl ?? '',
    timeZone: roadshow.timeZone,
    startsAt: toPickerValue(roadshow.startsAt, roadshow.timeZone),
    endsAt: toPickerValue(roadshow.endsAt, roadshow.timeZone),
    slotMinutes: roadshow.slotMinutes,
    breakEvery: roadshow.breaks.every?.afterEverySlots ?? null,
    breakMinutes: roadshow.breaks.every?.minutes ?? null,
  };
}

/**
 * Creates a roadshow of a programme, or edits one: bilingual title, mode, venue, stream link, the broadcast
 * window typed in the event's display zone, slot length and a periodic break. A refused save keeps every
 * value typed and marks the field the server names.
 */
export function RoadshowFormModal({
  open,
  onClose,
  programmeId,
  defaultZone,
  roadshow,
  onSaved,
  onStale,
}: {
  open: boolean;
  onClose: () => void;
  programmeId: string;
  defaultZone: string;
  roadshow?: RoadshowFieldsFragment;
  onSaved: (roadshow: RoadshowFieldsFragment) => void;
  /** Someone saved first: reload the event (the form keeps what was typed). */
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<Problem>();
  const [create, creating] = useMutation(CreateRoadshowDocument);
  const [update, updating] = useMutation(UpdateRoadshowDocument);
  const mode = Form.useWatch('mode', form);
  const zone = Form.useWatch('timeZone', form) ?? defaultZone;
  const range = (min: number, max: number) => t('roadshows.form.wholeNumber', { min, max });

  const submit = async (values: Values) => {
    setProblem(undefined);
    if (!values.startsAt || !values.endsAt || !values.slotMinutes) return;
    const every =
      values.breakEvery && values.breakMinutes
        ? { afterEverySlots: values.breakEvery, minutes: values.breakMinutes }
        : null;
    const fields = {
      title: { zh: values.titleZh?.trim() || null, en: values.titleEn?.trim() || null },
      mode: values.mode,
      venue: values.venue?.trim() || null,
      streamUrl: values.streamUrl?.trim() || null,
      timeZone: values.timeZone,
      startsAt: fromPickerValue(values.startsAt, values.timeZone),
      endsAt: fromPickerValue(values.endsAt, values.timeZone),
      slotMinutes: values.slotMinutes,
    };
    try {
      if (roadshow) {
        const windows = roadshow.breaks.windows.map((w) => ({ startsAt: w.startsAt, endsAt: w.endsAt }));
        const result = await update({
          variables: {
            id: roadshow.id,
            version: roadshow.version,
            input: { ...fields, breaks: { every, windows } },
          },
        });
        if (result.data) onSaved(result.data.updateRoadshow);
      } else {
        const result = await create({
          variables: { input: { ...fields, programmeId, ...(every ? { breaks: { every } } : {}) } },
        });
        if (result.data) onSaved(result.data.createRoadshow);
      }
    } catch (error) {
      const reason = roadshowReason(error);
      const translated = toRoadshowProblem(t, error);
      const field = reason ? FIELD_OF[reason] : undefined;
      if (field) form.setFields([{ name: field, errors: [translated.message] }]);
      setProblem(translated);
      if (reason === 'STALE_VERSION') onStale?.();
    }
  };

  return (
    <Modal
      open={open}
      title={roadshow ? t('roadshows.form.editTitle') : t('roadshows.form.createTitle')}
      onCancel={onClose}
      okText={roadshow ? t('roadshows.form.save') : t('roadshows.form.create')}
      cancelText={t('roadshows.common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={creating.loading || updating.loading}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(roadshow, defaultZone)}
        onFinish={(values) => void submit(values)}
        preserve={false}
      >
        <Flex vertical gap={12} style={{ marginBottom: 12 }}>
          <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} />
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="titleZh"
            label={t('roadshows.form.titleZh')}
            style={{ flex: '1 1 260px' }}
            dependencies={['titleEn']}
            rules={[
              { max: 200, message: t('roadshows.problem.TITLE_TOO_LONG') },
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  value?.trim() || String(getFieldValue('titleEn') ?? '').trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('roadshows.problem.TITLE_REQUIRED'))),
              }),
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="titleEn"
            label={t('roadshows.form.titleEn')}
            style={{ flex: '1 1 260px' }}
            extra={t('roadshows.form.titleHelp')}
            rules={[{ max: 200, message: t('roadshows.problem.TITLE_TOO_LONG') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Form.Item name="mode" label={t('roadshows.form.mode')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={MODES.map((m) => ({ value: m, label: t(`roadshows.mode.${m}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="venue"
          label={t('roadshows.form.venue')}
          extra={t('roadshows.form.venueHelp')}
          dependencies={['mode']}
          rules={[
            { max: 500 },
            {
              required: mode !== undefined && mode !== 'ONLINE',
              whitespace: true,
              message: t('roadshows.problem.VENUE_REQUIRED'),
            },
          ]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="streamUrl"
          label={t('roadshows.form.streamUrl')}
          extra={t('roadshows.form.streamUrlHelp')}
          rules={[
            {
              validator: (_, value?: string) =>
                !value?.trim() || isHttps(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('roadshows.problem.STREAM_URL_NOT_HTTPS'))),
            },
          ]}
        >
          <Input inputMode="url" placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('roadshows.form.timeZone')}
          extra={t('roadshows.form.timeZoneHelp')}
          rules={[{ required: true, message: t('roadshows.problem.INVALID_TIME_ZONE') }]}
        >
          <TimeZoneSelect />
        </Form.Item>
        <Typography.Text strong>{t('roadshows.form.window', { zone })}</Typography.Text>
        <Flex gap={12} wrap style={{ marginTop: 8 }}>
          <Form.Item
            name="startsAt"
            label={t('roadshows.form.startsAt')}
            style={{ flex: '1 1 220px' }}
            rules={[{ required: true, message: t('roadshows.common.required') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('roadshows.form.endsAt')}
            style={{ flex: '1 1 220px' }}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('roadshows.common.required') },
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs) => {
                  const start = getFieldValue('startsAt') as Dayjs | undefined;
                  if (!value || !start) return Promise.resolve();
                  if (!value.isAfter(start))
                    return Promise.reject(new Error(t('roadshows.problem.WINDOW_END_BEFORE_START')));
                  if (value.diff(start) > DAY_MS)
                    return Promise.reject(new Error(t('roadshows.problem.WINDOW_TOO_LONG')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="slotMinutes"
            label={t('roadshows.form.slotMinutes')}
            style={{ flex: '1 1 160px' }}
            rules={[
              { required: true, message: range(1, 240) },
              { type: 'integer', min: 1, max: 240, message: range(1, 240) },
            ]}
          >
            <InputNumber min={1} max={240} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="breakEvery"
            label={t('roadshows.form.breakEvery')}
            style={{ flex: '1 1 160px' }}
            dependencies={['breakMinutes']}
            rules={[
              { type: 'integer', min: 1, max: 20, message: range(1, 20) },
              ({ getFieldValue }) => ({
                validator: (_, value?: number | null) =>
                  (value == null) === (getFieldValue('breakMinutes') == null)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('roadshows.form.breakBoth'))),
              }),
            ]}
          >
            <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="breakMinutes"
            label={t('roadshows.form.breakMinutes')}
            style={{ flex: '1 1 160px' }}
            rules={[{ type: 'integer', min: 1, max: 240, message: range(1, 240) }]}
          >
            <InputNumber min={1} max={240} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Typography.Text type="secondary">
          {t('roadshows.form.breakHelp')}
          {roadshow?.breaks.windows.length
            ? ` ${t('roadshows.form.fixedBreaks', { n: roadshow.breaks.windows.length })}`
            : ''}
        </Typography.Text>
      </Form>
    </Modal>
  );
}
