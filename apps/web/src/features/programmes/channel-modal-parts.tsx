import { Alert, Col, Form, Input, Modal, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/i18n';
import type { ApiProblem } from '../identity/errors';

/** Strips `input.` / `input.project.` and nested indexes from a server field path. */
function serverFields<T extends string>(fields: { field: string }[], map: Record<string, T>): T[] {
  return fields.flatMap(({ field }) => {
    const path = field.replace(/^input\./, '').replace(/^project\./, '');
    const target = map[path] ?? map[path.split('.')[0] ?? ''];
    return target ? [target] : [];
  });
}

/**
 * Puts a VALIDATION problem's fields (server path → form field in `map`) on the form with a translated
 * message each. Returns true when at least one field took an error.
 */
export function applyServerFields<T extends string>(
  form: FormInstance,
  problem: ApiProblem,
  map: Record<string, T>,
  messages: Record<string, string>,
): boolean {
  const targets = serverFields(problem.fields, map);
  if (problem.code === 'VALIDATION' && targets.length) {
    form.setFields(targets.map((name) => ({ name, errors: [messages[name] ?? ''] })));
    return true;
  }
  return false;
}

export function useLanguageOptions() {
  const { t } = useTranslation();
  return LANGUAGES.map((lng) => ({ value: lng, label: t(`programmes.localeName.${lng}`) }));
}

export const requiredEmailRules = (t: TFunction) => [
  { required: true, message: t('programmes.channels.validation.email') },
  { type: 'email' as const, message: t('programmes.channels.validation.email') },
];

/** A Chinese and an English text field side by side, at least one of them filled in. */
export function BilingualFields({
  zh,
  en,
  message,
}: {
  zh: { name: string; label: string };
  en: { name: string; label: string };
  message: string;
}) {
  const form = Form.useFormInstance();
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item
          name={zh.name}
          label={zh.label}
          dependencies={[en.name]}
          rules={[
            { max: 200 },
            {
              validator: (_, value: string | undefined) =>
                value?.trim() || (form.getFieldValue(en.name) as string | undefined)?.trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(message)),
            },
          ]}
        >
          <Input lang="zh-CN" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={en.name} label={en.label} rules={[{ max: 200 }]}>
          <Input lang="en" />
        </Form.Item>
      </Col>
    </>
  );
}

/** The modal around each channel form: submit on OK, an optional intro, then the form's error. */
export function FormModal({
  open,
  title,
  okText,
  onOk,
  onClose,
  loading,
  width,
  intro,
  formError,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  onOk: () => void;
  onClose: () => void;
  loading: boolean;
  width?: number;
  intro?: ReactNode;
  formError: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      width={width}
    >
      {intro}
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      {children}
    </Modal>
  );
}
