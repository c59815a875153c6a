import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CODE, type SectorRow } from './programme-form-model';

/** Rules shared by the sector and rubric rows: unique upper-case codes and required names. */
export function useRowRules() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const requiredName = { required: true, whitespace: true, message: t('programmes.form.validation.name') };
  const codeRules = (list: 'sectors' | 'rubric') => [
    { required: true, pattern: CODE, message: t('programmes.form.validation.sectorCode') },
    {
      validator: (_: unknown, value: string | undefined) => {
        const codes = ((form.getFieldValue(list) as SectorRow[] | undefined) ?? []).map((row) => row?.code);
        return value && codes.filter((code) => code === value).length > 1
          ? Promise.reject(new Error(t('programmes.form.validation.sectorCodeDuplicate')))
          : Promise.resolve();
      },
    },
  ];
  return { requiredName, codeRules };
}

export const upper = (event: React.ChangeEvent<HTMLInputElement>) => event.target.value.toUpperCase();

/** The last cell of a sector or rubric row: removes the row. */
export function RemoveRowCell({ first, onRemove }: { first: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Col xs={4} sm={2}>
      <Form.Item label={first ? ' ' : undefined} style={{ marginBottom: 8 }}>
        <Button icon={<DeleteOutlined />} aria-label={t('programmes.common.remove')} onClick={onRemove} />
      </Form.Item>
    </Col>
  );
}
