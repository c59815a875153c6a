import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../paths';

/** Logo and product name; plain elements keep antd Typography (and its editor) out of the first screen. */
export function Brand() {
  const { t } = useTranslation();
  const { token } = theme.useToken();

  return (
    <Link
      to={paths.overview}
      style={{ display: 'flex', alignItems: 'center', gap: 10, color: token.colorText }}
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span style={{ fontSize: 17, fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.name')}</span>
      <span className="sixcan-tagline" style={{ color: token.colorTextSecondary, whiteSpace: 'nowrap' }}>
        {t('app.tagline')}
      </span>
    </Link>
  );
}
