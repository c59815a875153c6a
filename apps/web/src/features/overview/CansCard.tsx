import { Col, Row, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel, Paragraph, Text } from '../../app/layout/plain';

const CANS = ['attend', 'convert', 'transfer', 'trade', 'crossBorder', 'land'] as const;

/** The six-can (六可) screening criteria. */
export function CansCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Panel title={t('overview.cansTitle')}>
      <Paragraph secondary>{t('overview.cansIntro')}</Paragraph>
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
              <Text strong style={{ display: 'block', marginBottom: 4 }}>
                {t(`overview.cans.${can}.title`)}
              </Text>
              <Text secondary>{t(`overview.cans.${can}.body`)}</Text>
            </div>
          </Col>
        ))}
      </Row>
    </Panel>
  );
}
