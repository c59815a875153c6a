import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { downloadFile } from './shared';

type Kind = 'pdf' | 'xlsx';

/**
 * The PDF and the spreadsheet a finished job wrote (handbook, bureau report): their download buttons, and the
 * message to show when a download fails. Files are saved as `<basename>.pdf|xlsx`.
 */
export function useJobFiles(
  files: { pdfFileId?: string | null; xlsxFileId?: string | null },
  basename: string,
  labels: { pdf: string; xlsx: string; failed: string },
): { buttons: ReactNode; alert: ReactNode } {
  const [failed, setFailed] = useState(false);
  const [loading, setLoading] = useState<Kind>();
  const download = async (kind: Kind, fileId: string) => {
    setFailed(false);
    setLoading(kind);
    try {
      await downloadFile(`/files/${fileId}`, `${basename}.${kind}`);
    } catch {
      setFailed(true);
    } finally {
      setLoading(undefined);
    }
  };
  const button = (kind: Kind, fileId: string | null | undefined) =>
    fileId ? (
      <Button
        icon={<DownloadOutlined />}
        loading={loading === kind}
        onClick={() => void download(kind, fileId)}
      >
        {labels[kind]}
      </Button>
    ) : null;
  return {
    buttons: (
      <Space wrap>
        {button('pdf', files.pdfFileId)}
        {button('xlsx', files.xlsxFileId)}
      </Space>
    ),
    alert: failed ? <Alert type="error" showIcon message={labels.failed} /> : null,
  };
}
