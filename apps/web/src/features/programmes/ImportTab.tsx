import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ChannelsDocument,
  ProjectImportsDocument,
  StartProjectImportDocument,
  type ImportMode,
  type ProgrammeFieldsFragment,
} from '../../gql/graphql';
import { describeError, problemMessage } from '../identity/errors';
import { useSession } from '../identity/useSession';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { MODES } from './import-shared';
import { ImportUploadStep, useImportTemplate, useImportUpload } from './ImportUploadStep';
import { pickText } from './shared';

/** Batch import of projects from XLSX/CSV: template, upload, mode, progress, result and history. */
export default function ImportTab({
  programme,
  onShowProjects,
}: {
  programme: ProgrammeFieldsFragment;
  onShowProjects: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { hasRole } = useSession();
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [channelId, setChannelId] = useState<string>();
  const [startError, setStartError] = useState<string>();
  const [importId, setImportId] = useState<string>();
  const template = useImportTemplate(programme.id);
  const uploaded = useImportUpload(() => setStartError(undefined));
  const { file, setFile } = uploaded;
  const [start, starting] = useMutation(StartProjectImportDocument);
  const archived = programme.status === 'ARCHIVED';

  // Channel members acting for several channels say which one nominates the rows.
  const channelMember = hasRole('CHANNEL') && !hasRole('ORGANIZER');
  const { data: channelData } = useQuery(ChannelsDocument, {
    variables: { first: 100 },
    skip: !channelMember,
  });
  const myChannels = channelData?.channels.edges.map((edge) => edge.node) ?? [];
  const needsChannel = channelMember && myChannels.length > 1;

  const startImport = async () => {
    setStartError(undefined);
    if (!file) {
      setStartError(t('programmes.import.needFile'));
      return;
    }
    if (needsChannel && !channelId) {
      setStartError(t('programmes.nominate.validation.channel'));
      return;
    }
    try {
      const result = await start({
        variables: { programmeId: programme.id, fileId: file.id, mode, channelId: channelId ?? null },
        refetchQueries: [ProjectImportsDocument],
      });
      const started = result.data?.startProjectImport;
      if (started) {
        setImportId(started.id);
        setFile(undefined);
      }
    } catch (err) {
      const problem = describeError(err);
      setStartError(`${t('programmes.import.startFailed')} ${problemMessage(t, problem)}`);
    }
  };

  if (importId)
    return (
      <Flex vertical gap={16}>
        <ImportProgress id={importId} onShowProjects={onShowProjects} />
        <div>
          <Button onClick={() => setImportId(undefined)}>{t('programmes.import.result.another')}</Button>
        </div>
        <ImportHistory programmeId={programme.id} onShow={setImportId} current={importId} />
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('programmes.import.intro')}
      </Typography.Paragraph>
      {archived ? <Alert type="info" showIcon message={t('programmes.import.closed')} /> : null}
      <ImportUploadStep template={template} upload={uploaded} archived={archived} />
      <Card size="small" title={`3. ${t('programmes.import.step.mode')}`}>
        <Flex vertical gap={12}>
          <Radio.Group
            name="import-mode"
            value={mode}
            onChange={(event) => setMode(event.target.value as ImportMode)}
          >
            <Flex vertical gap={8}>
              {MODES.map((value) => (
                <Radio key={value} value={value}>
                  <Typography.Text strong>{t(`programmes.import.mode.${value}`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' '}
                    — {t(`programmes.import.mode.${value}_hint`)}
                  </Typography.Text>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
          {needsChannel ? (
            <Flex vertical gap={4} style={{ maxWidth: 360 }}>
              <Typography.Text>{t('programmes.import.channel')}</Typography.Text>
              <Select
                value={channelId}
                onChange={setChannelId}
                aria-label={t('programmes.import.channel')}
                options={myChannels.map((c) => ({ value: c.id, label: pickText(c.name, language) }))}
              />
              <Typography.Text type="secondary">{t('programmes.import.channelHint')}</Typography.Text>
            </Flex>
          ) : null}
        </Flex>
      </Card>
      {startError ? <Alert type="error" showIcon message={startError} /> : null}
      <div>
        <Button
          type="primary"
          size="large"
          disabled={!file || archived}
          loading={starting.loading}
          onClick={() => void startImport()}
        >
          {t('programmes.import.start')}
        </Button>
      </div>
      <ImportHistory programmeId={programme.id} onShow={setImportId} />
    </Flex>
  );
}
