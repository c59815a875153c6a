import { Col, Row, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel, Text } from '../../app/layout/plain';

const STAGES = ['call', 'screening', 'handbook', 'roadshow', 'matchmaking', 'landing'] as const;

/** The six stages of a programme, in order. */
export function FlowCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Panel title={t('overview.flowTitle')}>
      <Row gutter={[16, 16]}>
        {STAGES.map((stage, index) => (
          <Col key={stage} xs={24} sm={12} lg={8} xl={4}>
            <Text style={{ color: token.colorPrimary, fontWeight: 600 }}>{index + 1}</Text>
            <Text strong style={{ display: 'block', margin: '2px 0 4px' }}>
              {t(`overview.flow.${stage}.title`)}
            </Text>
            <Text secondary>{t(`overview.flow.${stage}.body`)}</Text>
          </Col>
        ))}
      </Row>
    </Panel>
  );
}
