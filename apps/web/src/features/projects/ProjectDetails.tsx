import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, List, message, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { ApplicantProjectFieldsFragment, SixCan } from '../../gql/graphql';
import { SIX_CANS, useCanLabel } from './cans';
import { countryName } from './countries';
import { downloadFile } from './files';
import { formatDateTime, formatMoney, formatSize, sectorName } from './format';

interface ProjectDetailsProps {
  project: ApplicantProjectFieldsFragment;
  mandatoryCans: readonly SixCan[];
  /** The viewer's zone, for availability windows (shown in the presenter's zone too). */
  timeZone: string;
}

function Text({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  return value?.trim() ? (
    <span style={{ whiteSpace: 'pre-line' }}>{value}</span>
  ) : (
    <Typography.Text type="secondary">{t('projects.common.none')}</Typography.Text>
  );
}

/** Every field of a project, read-only, in sections (the review step and the project page). */
export function ProjectDetails({ project, mandatoryCans, timeZone }: ProjectDetailsProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const canLabel = useCanLabel();
  const presenterZone = project.presenterTimeZone;
  const section = (key: 'basics' | 'technology' | 'team' | 'cans' | 'attachments', first = false) => (
    <Typography.Title level={5} style={{ margin: first ? '0 0 8px' : '20px 0 8px' }}>
      {t(`projects.page.sections.${key}`)}
    </Typography.Title>
  );
  return (
    <div data-testid="project-details">
      <ProjectFacts
        project={project}
        sectorLabel={project.sector ? sectorName(project.sector, language) : project.sectorCode}
        heading={section}
      />

      {section('team')}
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 200 } }}>
        <Descriptions.Item label={t('projects.field.team')}>
          <Text value={project.team} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.contactName')}>
          <Text value={project.contactName} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.contactEmail')}>
          <Text value={project.contactEmail} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.contactPhone')}>
          <Text value={project.contactPhone} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.presenterTimeZone')}>
          <Text value={presenterZone} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.availability')}>
          {project.availability.length ? (
            <Flex vertical gap={2}>
              {project.availability.map((w) => {
                const zone = presenterZone || timeZone;
                return (
                  <span key={`${w.startsAt}-${w.endsAt}`}>
                    {formatDateTime(w.startsAt, language, zone)} – {formatDateTime(w.endsAt, language, zone)}{' '}
                    <Typography.Text type="secondary">({zone})</Typography.Text>
                  </span>
                );
              })}
            </Flex>
          ) : (
            <Text value="" />
          )}
        </Descriptions.Item>
      </Descriptions>

      {section('cans')}
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 200 } }}>
        {SIX_CANS.map((can) => {
          const item = project.selfAssessment.find((s) => s.can === can);
          return (
            <Descriptions.Item
              key={can}
              label={
                <Flex vertical gap={4} align="flex-start">
                  <span>{canLabel(can)}</span>
                  {mandatoryCans.includes(can) ? (
                    <Tag color="gold">{t('projects.wizard.mandatory')}</Tag>
                  ) : null}
                </Flex>
              }
            >
              {item?.claim ? (
                <Flex vertical gap={4}>
                  <span style={{ whiteSpace: 'pre-line' }}>{item.claim}</span>
                  {item.evidence ? (
                    <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>
                      {t('projects.common.labelled', { label: t('projects.field.evidence') })}
                      {item.evidence}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('projects.page.noClaim')}</Typography.Text>
              )}
            </Descriptions.Item>
          );
        })}
      </Descriptions>

      {section('attachments')}
      <Attachments attachments={project.attachments} />
    </div>
  );
}

/** Attachments with a download button each (fetched with the bearer token). */
export function Attachments({ attachments }: { attachments: ApplicantProjectFieldsFragment['attachments'] }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [messages, messageHolder] = message.useMessage();
  const [busy, setBusy] = useState<string>();
  if (!attachments.length)
    return <Typography.Text type="secondary">{t('projects.wizard.noAttachments')}</Typography.Text>;
  return (
    <>
      {messageHolder}
      <List
        size="small"
        bordered
        dataSource={attachments}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button
                key="download"
                size="small"
                icon={<DownloadOutlined />}
                loading={busy === file.id}
                onClick={() => {
                  setBusy(file.id);
                  downloadFile(file.url, file.filename)
                    .catch(() => void messages.error(t('projects.page.downloadFailed')))
                    .finally(() => setBusy(undefined));
                }}
              >
                {t('projects.wizard.download')}
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
    </>
  );
}

/** The fields every reader of a project needs, in a project's shape as the applicant and reviewer views share it. */
interface FactsProject {
  title: { zh: string | null; en: string | null };
  summary: { zh: string | null; en: string | null };
  organizationName: string | null;
  country: string | null;
  trl: number | null;
  ipStatus: ApplicantProjectFieldsFragment['ipStatus'];
  cooperationModes: ApplicantProjectFieldsFragment['cooperationModes'];
  fundingAsk: { amount: string; currency: string } | null;
}

/** The basics and technology sections (titles, summaries, organisation, country, sector; TRL, IP, modes, ask). */
export function ProjectFacts({
  project,
  sectorLabel,
  heading,
}: {
  project: FactsProject;
  sectorLabel: string | null;
  heading: (key: 'basics' | 'technology', first?: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <>
      {heading('basics', true)}
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 200 } }}>
        <Descriptions.Item label={t('projects.field.titleZh')}>
          <Text value={project.title.zh} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.titleEn')}>
          <Text value={project.title.en} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.summaryZh')}>
          <Text value={project.summary.zh} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.summaryEn')}>
          <Text value={project.summary.en} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.organizationName')}>
          <Text value={project.organizationName} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.country')}>
          <Text value={countryName(project.country, language)} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.sector')}>
          <Text value={sectorLabel} />
        </Descriptions.Item>
      </Descriptions>

      {heading('technology')}
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 200 } }}>
        <Descriptions.Item label={t('projects.field.trl')}>
          {project.trl ? (
            `TRL ${project.trl} · ${t(`projects.trl.${project.trl}` as 'projects.trl.1')}`
          ) : (
            <Text value="" />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.ipStatus')}>
          {project.ipStatus ? t(`projects.ipStatus.${project.ipStatus}`) : <Text value="" />}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.cooperationModes')}>
          {project.cooperationModes.length ? (
            <Flex gap={4} wrap>
              {project.cooperationModes.map((mode) => (
                <Tag key={mode}>{t(`projects.cooperation.${mode}`)}</Tag>
              ))}
            </Flex>
          ) : (
            <Text value="" />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.field.fundingAsk')}>
          {project.fundingAsk ? (
            formatMoney(project.fundingAsk.amount, project.fundingAsk.currency, language)
          ) : (
            <Text value="" />
          )}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
