import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemoveRowCell, upper, useRowRules } from './programme-list-rows';

/** The programme's sectors: code and bilingual name per row. */
export function SectorListEditor() {
  const { t } = useTranslation();
  const { requiredName, codeRules } = useRowRules();
  return (
    <Card title={t('programmes.form.section.sectors')}>
      <Form.List name="sectors">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t('programmes.form.noSectors')}</Typography.Text>
            ) : null}
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} align="top" data-testid={`sector-row-${index}`}>
                <Col xs={24} sm={5}>
                  <Form.Item
                    name={[field.name, 'code']}
                    label={index === 0 ? t('programmes.form.field.sectorCode') : undefined}
                    rules={codeRules('sectors')}
                    getValueFromEvent={upper}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={t('programmes.form.field.sectorCode')} maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name={[field.name, 'nameZh']}
                    label={index === 0 ? t('programmes.form.field.sectorNameZh') : undefined}
                    rules={[requiredName, { max: 100 }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={t('programmes.form.field.sectorNameZh')} lang="zh-CN" />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={9}>
                  <Form.Item
                    name={[field.name, 'nameEn']}
                    label={index === 0 ? t('programmes.form.field.sectorNameEn') : undefined}
                    rules={[requiredName, { max: 100 }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={t('programmes.form.field.sectorNameEn')} lang="en" />
                  </Form.Item>
                </Col>
                <RemoveRowCell first={index === 0} onRemove={() => remove(field.name)} />
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ code: '', nameZh: '', nameEn: '' })}>
                {t('programmes.form.addSector')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
