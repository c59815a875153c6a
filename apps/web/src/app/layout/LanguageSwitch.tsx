import { GlobalOutlined } from '@ant-design/icons';
import { Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type AppLanguage } from '../i18n';
import { useAppLanguage } from '../i18n/useAppLanguage';

/** Header control: switches the UI language at once and remembers it (localStorage `sixcan.lang`). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const options = LANGUAGES.map((lng) => ({
    value: lng,
    // Each language is named in itself, as users look for their own language.
    label: <span lang={lng}>{t('languageName', { lng })}</span>,
  }));

  return (
    <Space size={8} role="group" aria-label={t('header.language')} data-testid="language-switch">
      <GlobalOutlined aria-hidden style={{ color: 'rgba(0, 0, 0, 0.45)' }} />
      <Segmented<AppLanguage> size="small" value={language} options={options} onChange={setLanguage} />
    </Space>
  );
}
