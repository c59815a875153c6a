import type { CooperationMode, ProjectFilter, ProjectStatus } from '../../gql/graphql';
import { isCountryCode } from './shared';
import { PROJECT_STATUSES } from './ui';

export const PAGE_SIZES = [20, 50, 200];
export const COOPERATION_MODES: CooperationMode[] = [
  'TECH_TRANSFER',
  'LICENSING',
  'JOINT_VENTURE',
  'EQUITY_INVESTMENT',
  'RD_COOPERATION',
  'LOCAL_INCORPORATION',
];

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** The filter as kept in the URL query string (so a reload or a shared link keeps it). */
export function readFilter(params: URLSearchParams, sectorCodes: string[]): ProjectFilter {
  const filter: ProjectFilter = {};
  const statuses = list(params.get('status')).filter((s): s is ProjectStatus =>
    PROJECT_STATUSES.includes(s as ProjectStatus),
  );
  if (statuses.length) filter.statuses = statuses;
  const sectors = list(params.get('sector')).filter((s) => sectorCodes.includes(s));
  if (sectors.length) filter.sectorCodes = sectors;
  const countries = list(params.get('country')).filter(isCountryCode);
  if (countries.length) filter.countries = countries;
  const channels = list(params.get('channel'));
  if (channels.length) filter.channelIds = channels;
  const modes = list(params.get('coop')).filter((m): m is CooperationMode =>
    COOPERATION_MODES.includes(m as CooperationMode),
  );
  if (modes.length) filter.cooperationModes = modes;
  const trl = /^([1-9])-([1-9])$/.exec(params.get('trl') ?? '');
  if (trl && !(trl[1] === '1' && trl[2] === '9')) {
    filter.trlMin = Math.min(Number(trl[1]), Number(trl[2]));
    filter.trlMax = Math.max(Number(trl[1]), Number(trl[2]));
  }
  const search = params.get('q')?.trim();
  if (search) filter.search = search;
  return filter;
}

/** The query-string keys the filter bar sets (the page size is not one of them). */
export const FILTER_KEYS = ['status', 'sector', 'country', 'channel', 'coop', 'trl', 'q'];
