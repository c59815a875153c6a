import { ConfigProvider, type ConfigProviderProps, type ThemeConfig } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import type { AppLanguage } from './i18n';
import { useAppLanguage } from './i18n/useAppLanguage';

type Locale = NonNullable<ConfigProviderProps['locale']>;

const ANTD_LOCALE: Record<AppLanguage, Locale> = { en: enUS, 'zh-CN': zhCN };

const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4fa3',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: {
      bodyBg: '#f5f6f8',
      headerBg: '#ffffff',
      siderBg: '#ffffff',
      triggerBg: '#ffffff',
      triggerColor: '#1f4fa3',
    },
    Menu: { itemSelectedBg: '#e8eef9', itemSelectedColor: '#1f4fa3' },
  },
};

/** antd components follow the UI language (dayjs is switched with it in ./i18n). */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const language = useAppLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALE[language]} theme={appTheme}>
      {children}
    </ConfigProvider>
  );
}
