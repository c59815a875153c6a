import { Select } from 'antd';
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
