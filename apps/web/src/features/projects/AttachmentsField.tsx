import { DeleteOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { FileRequestError, uploadFile } from './files';
import { formatSize } from './format';
import type { AttachmentRef } from './wizard-model';

const MAX_ATTACHMENTS = 10;

interface AttachmentsFieldProps {
  id?: string;
  value?: AttachmentRef[];
  onChange?: (value: AttachmentRef[]) => void;
  /** After an upload or a removal, so the draft is saved at once. */
  onChanged: () => void;
  disabled?: boolean;
}

/** The pitch deck: upload PDFs (POST /files) and remove them (antd Form control). */
export function AttachmentsField({ id, value = [], onChange, onChanged, disabled }: AttachmentsFieldProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const upload = async (file: File) => {
    setProblem(undefined);
    setNotice(undefined);
    setUploading(true);
    try {
      const saved = await uploadFile(file);
      onChange?.([...value, saved]);
      setNotice(t('projects.wizard.uploaded', { name: saved.filename }));
      onChanged();
    } catch (error) {
      setProblem(
        error instanceof FileRequestError && error.serverMessage
          ? t('projects.wizard.uploadRefused', { message: error.serverMessage })
          : t('projects.wizard.uploadFailed'),
      );
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex vertical gap={12} id={id}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('projects.wizard.deckIntro')}
      </Typography.Paragraph>
      {problem ? (
        <Alert
          type="error"
          showIcon
          message={problem}
          role="alert"
          closable
          onClose={() => setProblem(undefined)}
        />
      ) : null}
      {notice ? <Alert type="success" showIcon message={notice} /> : null}
      <Upload
        accept="application/pdf,.pdf"
        showUploadList={false}
        multiple={false}
        disabled={disabled || uploading || value.length >= MAX_ATTACHMENTS}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button
          icon={<UploadOutlined />}
          loading={uploading}
          disabled={disabled || value.length >= MAX_ATTACHMENTS}
        >
          {uploading ? t('projects.wizard.uploading') : t('projects.wizard.upload')}
        </Button>
      </Upload>
      {value.length ? (
        <List
          size="small"
          bordered
          dataSource={value}
          data-testid="attachments"
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  danger
                  type="text"
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  onClick={() => {
                    onChange?.(value.filter((f) => f.id !== file.id));
                    setNotice(undefined);
                    onChanged();
                  }}
                >
                  {t('projects.wizard.remove')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                avatar={<FilePdfOutlined style={{ fontSize: 20, color: '#cf1322' }} />}
                title={file.filename}
                description={formatSize(file.sizeBytes, language)}
              />
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('projects.wizard.noAttachments')}</Typography.Text>
      )}
    </Flex>
  );
}
