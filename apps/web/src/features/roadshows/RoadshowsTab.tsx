import './strings';
import { Flex } from 'antd';
import type { ProgrammeFieldsFragment } from '../../gql/graphql';
import { HandbookCard } from './HandbookCard';
import { RoadshowList } from './RoadshowList';

/** The programme page's roadshow tab (organizers): its roadshow events and its handbook. */
export default function RoadshowsTab({ programme }: { programme: ProgrammeFieldsFragment }) {
  return (
    <Flex vertical gap={24}>
      <RoadshowList programmeId={programme.id} programmeZone={programme.timeZone} />
      <HandbookCard programme={programme} />
    </Flex>
  );
}
