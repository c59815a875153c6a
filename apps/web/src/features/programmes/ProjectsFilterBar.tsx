import { useQuery } from '@apollo/client/react';
import { Col, Flex, Input, Row, Select, Slider, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ChannelsDocument, type ProgrammeFieldsFragment, type ProjectFilter } from '../../gql/graphql';
import { COOPERATION_MODES } from './projects-filter';
import { countryOptions, pickText } from './shared';
import { PROJECT_STATUSES } from './ui';

/** The filters over the projects table; each change goes to the URL through `update`. */
export function ProjectsFilterBar({
  programme,
  filter,
  update,
  sectorLabel,
}: {
  programme: ProgrammeFieldsFragment;
  filter: ProjectFilter;
  update: (key: string, value: string | string[] | undefined) => void;
  sectorLabel: (code: string | null | undefined) => string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);

  const { data: channelData } = useQuery(ChannelsDocument, { variables: { first: 100 } });
  const channelOptions = (channelData?.channels.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: pickText(node.name, language),
  }));
  const countries = useMemo(() => countryOptions(language), [language]);
  const trl = [filter.trlMin ?? 1, filter.trlMax ?? 9];

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => update('q', value.trim())}
          placeholder={t('programmes.projects.filter.search')}
          aria-label={t('programmes.projects.filter.search')}
          enterButton
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select<string[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: '100%' }}
          placeholder={t('programmes.projects.filter.status')}
          aria-label={t('programmes.projects.filter.status')}
          value={filter.statuses ?? []}
          onChange={(value) => update('status', value)}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`programmes.projectStatus.${s}`) }))}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select<string[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: '100%' }}
          placeholder={t('programmes.projects.filter.sector')}
          aria-label={t('programmes.projects.filter.sector')}
          value={filter.sectorCodes ?? []}
          onChange={(value) => update('sector', value)}
          options={programme.sectors.map((s) => ({ value: s.code, label: sectorLabel(s.code) }))}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select<string[]>
          mode="multiple"
          allowClear
          showSearch
          maxTagCount="responsive"
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={t('programmes.projects.filter.country')}
          aria-label={t('programmes.projects.filter.country')}
          data-testid="country-filter"
          value={filter.countries ?? []}
          onChange={(value) => update('country', value)}
          options={countries}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select<string[]>
          mode="multiple"
          allowClear
          showSearch
          maxTagCount="responsive"
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={t('programmes.projects.filter.channel')}
          aria-label={t('programmes.projects.filter.channel')}
          value={filter.channelIds ?? []}
          onChange={(value) => update('channel', value)}
          options={channelOptions}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select<string[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: '100%' }}
          placeholder={t('programmes.projects.filter.cooperation')}
          aria-label={t('programmes.projects.filter.cooperation')}
          value={filter.cooperationModes ?? []}
          onChange={(value) => update('coop', value)}
          options={COOPERATION_MODES.map((m) => ({ value: m, label: t(`programmes.cooperation.${m}`) }))}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Flex align="center" gap={12}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('programmes.projects.filter.trlValue', { min: trl[0], max: trl[1] })}
          </Typography.Text>
          <Slider
            range
            min={1}
            max={9}
            dots
            style={{ flex: 1 }}
            key={`${trl[0]}-${trl[1]}`}
            defaultValue={trl}
            aria-label={t('programmes.projects.filter.trl')}
            onChangeComplete={(value) =>
              update('trl', value[0] === 1 && value[1] === 9 ? undefined : `${value[0]}-${value[1]}`)
            }
          />
        </Flex>
      </Col>
    </Row>
  );
}
