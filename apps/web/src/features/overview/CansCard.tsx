import { Card, Col, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

const CANS = ['attend', 'convert', 'transfer', 'trade', 'crossBorder', 'land'] as const;

/** The six-can (六可) screening criteria. */
export function CansCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Card title={t('overview.cansTitle')}>
      <Typography.Paragraph type="secondary">{t('overview.cansIntro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {CANS.map((can) => (
          <Col key={can} xs={24} sm={12} lg={8}>
            <div
              style={{
                height: '100%',
                padding: '12px 16px',
                borderRadius: token.borderRadius,
                background: token.colorFillQuaternary,
                borderInlineStart: `3px solid ${token.colorPrimary}`,
              }}
            >
              <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                {t(`overview.cans.${can}.title`)}
              </Typography.Text>
              <Typography.Text type="secondary">{t(`overview.cans.${can}.body`)}</Typography.Text>
            </div>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
