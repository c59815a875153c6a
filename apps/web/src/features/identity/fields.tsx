import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type AppLanguage } from '../../app/i18n';

export const PASSWORD_MIN_LENGTH = 10;

/** The browser's IANA time zone, e.g. Asia/Shanghai. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function allTimeZones(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const browser = browserTimeZone();
  return zones.includes(browser) ? zones : [browser, ...zones];
}

interface ControlProps<T> {
  id?: string;
  value?: T;
  onChange?: (value: T) => void;
}

/** Searchable IANA time-zone picker (antd Form control). */
export function TimeZoneSelect(props: ControlProps<string>) {
  const { t } = useTranslation();
  const options = useMemo(() => allTimeZones().map((zone) => ({ value: zone, label: zone })), []);
  return (
    <Select
      {...props}
      showSearch
      options={options}
      placeholder={t('identity.field.timeZone')}
      optionFilterProp="label"
      virtual
    />
  );
}

/** UI language picker; each language is named in itself (antd Form control). */
export function LanguageSelect(props: ControlProps<AppLanguage>) {
  const { t } = useTranslation();
  const options = LANGUAGES.map((lng) => ({
    value: lng,
    label: <span lang={lng}>{t('languageName', { lng })}</span>,
  }));
  return <Select<AppLanguage> {...props} options={options} />;
}

/** The name field shared by sign-up, invitation acceptance and the profile. */
export function DisplayNameItem() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="displayName"
      label={t('identity.field.displayName')}
      rules={[
        { required: true, whitespace: true, message: t('identity.validation.displayName') },
        { max: 100, message: t('identity.validation.displayName') },
      ]}
    >
      <Input autoComplete="name" />
    </Form.Item>
  );
}

/** Language and time zone, shared by sign-up, invitation acceptance and the profile. */
export function LocaleItems({ languageHint }: { languageHint?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="locale"
        label={t('identity.field.language')}
        extra={languageHint}
        rules={[{ required: true, message: t('identity.validation.locale') }]}
      >
        <LanguageSelect />
      </Form.Item>
      <Form.Item
        name="timeZone"
        label={t('identity.field.timeZone')}
        rules={[{ required: true, message: t('identity.validation.timeZone') }]}
      >
        <TimeZoneSelect />
      </Form.Item>
    </>
  );
}
