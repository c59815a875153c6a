import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemoveRowCell, upper, useRowRules } from './programme-list-rows';

/** The review rubric: weighted criteria and the scale reviewers score on. */
export function RubricListEditor() {
  const { t } = useTranslation();
  const { requiredName, codeRules } = useRowRules();
  return (
    <Card title={t('programmes.form.section.rubric')}>
      <Form.List name="rubric">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">
              {fields.length === 0 ? t('programmes.form.noRubric') : t('programmes.form.field.rubricHint')}
            </Typography.Text>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} align="top" data-testid={`rubric-row-${index}`}>
                <Col xs={24} sm={5}>
                  <Form.Item
                    name={[field.name, 'code']}
                    label={index === 0 ? t('programmes.form.field.rubricCode') : undefined}
                    rules={codeRules('rubric')}
                    getValueFromEvent={upper}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={t('programmes.form.field.rubricCode')} maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={7}>
                  <Form.Item
                    name={[field.name, 'nameZh']}
                    label={index === 0 ? t('programmes.form.field.rubricNameZh') : undefined}
                    rules={[requiredName, { max: 100 }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={t('programmes.form.field.rubricNameZh')} lang="zh-CN" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={7}>
                  <Form.Item
                    name={[field.name, 'nameEn']}
                    label={index === 0 ? t('programmes.form.field.rubricNameEn') : undefined}
                    rules={[requiredName, { max: 100 }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={t('programmes.form.field.rubricNameEn')} lang="en" />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={3}>
                  <Form.Item
                    name={[field.name, 'weight']}
                    label={index === 0 ? t('programmes.form.field.rubricWeight') : undefined}
                    rules={[
                      {
                        required: true,
                        type: 'number',
                        min: 0.01,
                        max: 100,
                        message: t('programmes.form.validation.weight'),
                      },
                    ]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={t('programmes.form.field.rubricWeight')}
                      min={0.01}
                      max={100}
                      step={0.05}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <RemoveRowCell first={index === 0} onRemove={() => remove(field.name)} />
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <div>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ code: '', nameZh: '', nameEn: '', weight: 1 })}
              >
                {t('programmes.form.addCriterion')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="rubricScale"
            label={t('programmes.form.field.rubricScale')}
            extra={t('programmes.form.field.rubricScaleHint')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 3,
                max: 100,
                message: t('programmes.form.validation.rubricScale'),
              },
            ]}
          >
            <InputNumber min={3} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
