import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
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
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { ApplicantProgrammeFieldsFragment, CooperationMode, IpStatus } from '../../gql/graphql';
import { TimeZoneSelect } from '../identity/fields';
import { AttachmentsField } from './AttachmentsField';
import { SIX_CANS, useCanLabel } from './cans';
import { countryOptions, currencyOptions } from './countries';
import { sectorName } from './format';
import { normalizeAmount } from './wizard-model';

const IP_STATUSES: IpStatus[] = [
  'PATENT_GRANTED',
  'PATENT_PENDING',
  'SOFTWARE_COPYRIGHT',
  'TRADE_SECRET',
  'OTHER',
  'NONE',
];
const COOPERATION_MODES: CooperationMode[] = [
  'TECH_TRANSFER',
  'LICENSING',
  'JOINT_VENTURE',
  'EQUITY_INVESTMENT',
  'RD_COOPERATION',
  'LOCAL_INCORPORATION',
];
const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

function useLimits() {
  const { t } = useTranslation();
  return (max: number): Rule => ({ max, message: t('projects.validation.tooLong', { max }) });
}

/** Step 1: bilingual titles and summaries side by side, organisation, country, sector. */
export function BasicsStep({ programme }: { programme: ApplicantProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const max = useLimits();
  const countries = useMemo(() => countryOptions(language), [language]);
  const oneTitle: Rule = ({ getFieldValue }) => ({
    validator: () =>
      getFieldValue(['title', 'zh'])?.trim() || getFieldValue(['title', 'en'])?.trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('projects.validation.titleOne'))),
  });
  return (
    <>
      <Alert type="info" showIcon message={t('projects.wizard.bilingualHint')} style={{ marginBottom: 16 }} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['title', 'zh']}
            label={t('projects.field.titleZh')}
            dependencies={[['title', 'en']]}
            rules={[oneTitle, max(200)]}
          >
            <Input lang="zh-CN" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['title', 'en']}
            label={t('projects.field.titleEn')}
            dependencies={[['title', 'zh']]}
            rules={[oneTitle, max(200)]}
          >
            <Input lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['summary', 'zh']} label={t('projects.field.summaryZh')} rules={[max(4000)]}>
            <Input.TextArea lang="zh-CN" autoSize={{ minRows: 5, maxRows: 14 }} showCount maxLength={4000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['summary', 'en']} label={t('projects.field.summaryEn')} rules={[max(4000)]}>
            <Input.TextArea lang="en" autoSize={{ minRows: 5, maxRows: 14 }} showCount maxLength={4000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="organizationName"
        label={t('projects.field.organizationName')}
        extra={t('projects.field.organizationNameHint')}
        required
        rules={[max(200)]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="country" label={t('projects.field.country')} required>
            <Select
              showSearch
              allowClear
              options={countries}
              optionFilterProp="label"
              placeholder={t('projects.field.searchCountry')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sectorCode" label={t('projects.field.sector')} required>
            <Select
              allowClear
              placeholder={t('projects.field.selectPlaceholder')}
              options={programme.sectors.map((sector) => ({
                value: sector.code,
                label: sectorName(sector, language),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** Step 2: readiness, IP, cooperation sought, funding ask. */
export function TechnologyStep({ programme }: { programme: ApplicantProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const currencies = useMemo(
    () => currencyOptions(language, programme.currency),
    [language, programme.currency],
  );
  return (
    <>
      <Form.Item name="trl" label={t('projects.field.trl')} extra={t('projects.wizard.trlHint')} required>
        <Radio.Group style={{ width: '100%' }}>
          <Flex vertical gap={6}>
            {TRLS.map((level) => (
              <Radio key={level} value={level}>
                <strong>TRL {level}</strong> · {t(`projects.trl.${level}`)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="ipStatus" label={t('projects.field.ipStatus')} required>
        <Select
          allowClear
          placeholder={t('projects.field.selectPlaceholder')}
          options={IP_STATUSES.map((status) => ({ value: status, label: t(`projects.ipStatus.${status}`) }))}
          style={{ maxWidth: 360 }}
        />
      </Form.Item>
      <Form.Item name="cooperationModes" label={t('projects.field.cooperationModes')} required>
        <Checkbox.Group
          options={COOPERATION_MODES.map((mode) => ({
            value: mode,
            label: t(`projects.cooperation.${mode}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('projects.field.fundingAsk')} extra={t('projects.wizard.fundingHint')}>
        <Space.Compact style={{ maxWidth: 480, width: '100%' }}>
          <Form.Item
            name={['fundingAsk', 'amount']}
            noStyle
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  !normalizeAmount(value) || /^\d{1,15}(\.\d{1,3})?$/.test(normalizeAmount(value))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('projects.validation.amount'))),
              },
            ]}
          >
            <Input
              inputMode="decimal"
              aria-label={t('projects.field.amount')}
              placeholder="1500000"
              style={{ width: '60%' }}
            />
          </Form.Item>
          <Form.Item name={['fundingAsk', 'currency']} noStyle>
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('projects.field.currency')}
              options={currencies}
              style={{ width: '40%' }}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
    </>
  );
}

/** Step 3: team, contact, presenter's zone and availability windows (entered in that zone). */
export function TeamStep({ fallbackZone }: { fallbackZone: string }) {
  const { t } = useTranslation();
  const max = useLimits();
  const form = Form.useFormInstance();
  const zone = (Form.useWatch('presenterTimeZone', form) as string | undefined) || fallbackZone;
  return (
    <>
      <Form.Item
        name="team"
        label={t('projects.field.team')}
        extra={t('projects.field.teamHint')}
        rules={[max(2000)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} showCount maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label={t('projects.field.contactName')} required rules={[max(200)]}>
            <Input autoComplete="name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactEmail"
            label={t('projects.field.contactEmail')}
            required
            rules={[{ type: 'email', message: t('projects.validation.email') }, max(254)]}
          >
            <Input autoComplete="email" inputMode="email" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label={t('projects.field.contactPhone')} rules={[max(200)]}>
            <Input autoComplete="tel" inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="presenterTimeZone"
        label={t('projects.field.presenterTimeZone')}
        required
        style={{ maxWidth: 360 }}
      >
        <TimeZoneSelect />
      </Form.Item>
      <Form.Item
        label={t('projects.field.availability')}
        extra={t('projects.field.availabilityHint', { zone })}
      >
        <Form.List name="availability">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} align="flex-start">
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" data-testid="availability-window">
                  <Form.Item
                    name={[field.name, 'range']}
                    noStyle={false}
                    style={{ marginBottom: 0 }}
                    rules={[
                      {
                        validator: (_, value: unknown[] | null | undefined) =>
                          !value || (value[0] && value[1])
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('projects.validation.windowIncomplete'))),
                      },
                    ]}
                  >
                    <DatePicker.RangePicker
                      showTime={{ format: 'HH:mm', minuteStep: 15 }}
                      format="YYYY-MM-DD HH:mm"
                      placeholder={[t('projects.field.windowStart'), t('projects.field.windowEnd')]}
                      aria-label={`${t('projects.field.availability')} ${index + 1}`}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('projects.field.removeWindow')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              {fields.length < 20 ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ range: null })}>
                  {t('projects.field.addWindow')}
                </Button>
              ) : null}
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}

/** Step 4: a claim and evidence for each of the six cans; the programme's mandatory ones are marked. */
export function CansStep({ programme }: { programme: ApplicantProgrammeFieldsFragment }) {
  const { t } = useTranslation();
  const max = useLimits();
  const canLabel = useCanLabel();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('projects.wizard.cansIntro')}</Typography.Paragraph>
      <Flex vertical gap={12}>
        {SIX_CANS.map((can) => {
          const mandatory = programme.mandatoryCans.includes(can);
          return (
            <Card
              key={can}
              size="small"
              data-testid={`can-${can}`}
              role="group"
              aria-label={canLabel(can)}
              title={
                <Flex gap={8} align="center">
                  <span>{canLabel(can)}</span>
                  {mandatory ? (
                    <Tag color="gold">{t('projects.wizard.mandatory')}</Tag>
                  ) : (
                    <Tag>{t('projects.wizard.optional')}</Tag>
                  )}
                </Flex>
              }
            >
              <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
                {t(`projects.canHint.${can}`)}
              </Typography.Paragraph>
              <Row gutter={[16, 12]}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={['selfAssessment', can, 'claim']}
                    label={t('projects.field.claim')}
                    required={mandatory}
                    rules={[max(1000)]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 3, maxRows: 8 }}
                      placeholder={t('projects.field.claimPlaceholder')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={['selfAssessment', can, 'evidence']}
                    label={t('projects.field.evidence')}
                    rules={[max(2000)]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 3, maxRows: 8 }}
                      placeholder={t('projects.field.evidencePlaceholder')}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          );
        })}
      </Flex>
    </>
  );
}

/** Step 5: the pitch deck. */
export function DeckStep({ onChanged, disabled }: { onChanged: () => void; disabled: boolean }) {
  return (
    <Form.Item name="attachments" noStyle>
      <AttachmentsField onChanged={onChanged} disabled={disabled} />
    </Form.Item>
  );
}
