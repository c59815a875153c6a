import { Card, Col, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

const STAGES = ['call', 'screening', 'handbook', 'roadshow', 'matchmaking', 'landing'] as const;

/** The six stages of a programme, in order. */
export function FlowCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Card title={t('overview.flowTitle')}>
      <Row gutter={[16, 16]}>
        {STAGES.map((stage, index) => (
          <Col key={stage} xs={24} sm={12} lg={8} xl={4}>
            <Typography.Text style={{ color: token.colorPrimary, fontWeight: 600 }}>
              {index + 1}
            </Typography.Text>
            <Typography.Text strong style={{ display: 'block', margin: '2px 0 4px' }}>
              {t(`overview.flow.${stage}.title`)}
            </Typography.Text>
            <Typography.Text type="secondary">{t(`overview.flow.${stage}.body`)}</Typography.Text>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
