import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Col, Flex, Row, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ProjectImportTemplateDocument, type SpreadsheetFormat } from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { formatSize } from './import-shared';
import { downloadFile, FileRequestError, uploadFile, type UploadedFile } from './shared';

/** Downloads the programme's import template as XLSX or CSV. */
export function useImportTemplate(programmeId: string) {
  const { t } = useTranslation();
  const [templateError, setTemplateError] = useState<string>();
  const [templateLoading, setTemplateLoading] = useState<SpreadsheetFormat>();
  const [template] = useMutation(ProjectImportTemplateDocument);

  const downloadTemplate = async (format: SpreadsheetFormat) => {
    setTemplateError(undefined);
    setTemplateLoading(format);
    try {
      const result = await template({ variables: { programmeId, format } });
      const ref = result.data?.projectImportTemplate;
      if (ref) await downloadFile(ref.url, ref.filename);
    } catch (err) {
      setTemplateError(
        err instanceof FileRequestError
          ? t('programmes.import.templateFailed')
          : problemMessage(t, describeError(err)),
      );
    } finally {
      setTemplateLoading(undefined);
    }
  };

  return { templateError, templateLoading, downloadTemplate };
}

/** Uploads the chosen spreadsheet; `onUpload` runs as each upload starts. */
export function useImportUpload(onUpload: () => void) {
  const { t } = useTranslation();
  const [file, setFile] = useState<UploadedFile>();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<{ message: string; detail?: string }>();

  const upload = async (chosen: File) => {
    setUploadError(undefined);
    onUpload();
    setUploading(true);
    try {
      setFile(await uploadFile(chosen));
    } catch (err) {
      setFile(undefined);
      if (err instanceof FileRequestError) {
        const message =
          err.status === 413
            ? t('programmes.import.refused.tooBig')
            : err.status === 400
              ? t('programmes.import.refused.type')
              : t('programmes.import.refused.other');
        setUploadError({ message, detail: err.serverMessage });
      } else setUploadError({ message: t('programmes.import.refused.network') });
    } finally {
      setUploading(false);
    }
  };

  return { file, setFile, uploading, uploadError, upload };
}

/** Steps 1 and 2 of an import: the template and the upload of the filled-in file. */
export function ImportUploadStep({
  template: { templateError, templateLoading, downloadTemplate },
  upload: { file, uploading, uploadError, upload },
  archived,
}: {
  template: ReturnType<typeof useImportTemplate>;
  upload: ReturnType<typeof useImportUpload>;
  archived: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={`1. ${t('programmes.import.step.template')}`} style={{ height: '100%' }}>
          <Flex vertical gap={8}>
            <Space wrap>
              <Button
                icon={<FileExcelOutlined />}
                loading={templateLoading === 'XLSX'}
                onClick={() => void downloadTemplate('XLSX')}
              >
                {t('programmes.import.templateXlsx')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                loading={templateLoading === 'CSV'}
                onClick={() => void downloadTemplate('CSV')}
              >
                {t('programmes.import.templateCsv')}
              </Button>
            </Space>
            {templateError ? <Alert type="error" showIcon message={templateError} /> : null}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={`2. ${t('programmes.import.step.upload')}`} style={{ height: '100%' }}>
          <Flex vertical gap={8}>
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={uploading || archived}
              beforeUpload={(chosen) => {
                void upload(chosen);
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {uploading
                  ? t('programmes.import.uploading')
                  : file
                    ? t('programmes.import.replace')
                    : t('programmes.import.upload')}
              </p>
              <p className="ant-upload-hint">{t('programmes.import.uploadHint')}</p>
            </Upload.Dragger>
            {file ? (
              <Alert
                type="success"
                showIcon
                data-testid="uploaded-file"
                message={t('programmes.import.uploaded', {
                  file: file.filename,
                  size: formatSize(file.sizeBytes, language),
                })}
              />
            ) : null}
            {uploadError ? (
              <Alert
                type="error"
                showIcon
                message={uploadError.message}
                description={
                  uploadError.detail
                    ? t('programmes.import.refused.server', { message: uploadError.detail })
                    : undefined
                }
              />
            ) : null}
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}
