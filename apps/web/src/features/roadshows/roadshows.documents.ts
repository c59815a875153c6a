import { graphql } from '../../gql';

/*
 * Roadshow operations as codegen reads them; code imports the generated constants
 * (`RoadshowDocument`, `RoadshowLiveDocument`, … from src/gql/graphql).
 */

export const RoadshowSummaryFieldsFragment = graphql(`
  fragment RoadshowSummaryFields on Roadshow {
    id
    programmeId
    title {
      zh
      en
    }
    mode
    status
    startsAt
    endsAt
    timeZone
    slotMinutes
    projectIds
    version
  }
`);

export const RoadshowSlotFieldsFragment = graphql(`
  fragment RoadshowSlotFields on RoadshowSlot {
    id
    projectId
    order
    title {
      zh
      en
    }
    country
    delivery
    status
    startsAt
    endsAt
    displayStart
    displayEnd
    presenterLocalStart
    presenterLocalEnd
    presenterTimeZone
    startedAt
    finishedAt
    explanation {
      code
      fit
      local
    }
  }
`);

export const PlanWarningFieldsFragment = graphql(`
  fragment PlanWarningFields on PlanWarning {
    code
    projectId
    order
    local
    needed
    fits
    live
    optimum
    message
  }
`);

export const RoadshowFieldsFragment = graphql(`
  fragment RoadshowFields on Roadshow {
    ...RoadshowSummaryFields
    venue
    streamUrl
    breaks {
      every {
        afterEverySlots
        minutes
      }
      windows {
        startsAt
        endsAt
      }
    }
    commentators {
      userId
      displayName
    }
    createdAt
    publishedAt
    startedAt
    endedAt
    plan {
      mode
      fingerprint
      summary {
        live
        prerecorded
        preferred
        unplaced
      }
      slots {
        ...RoadshowSlotFields
      }
      breaks {
        startsAt
        endsAt
        displayStart
        displayEnd
      }
      unplaced {
        projectId
        title {
          zh
          en
        }
      }
      warnings {
        ...PlanWarningFields
      }
    }
  }
`);

/* The programme's events (organizers). */

export const RoadshowsQuery = graphql(`
  query Roadshows($programmeId: ID!, $first: Int, $after: String) {
    roadshows(programmeId: $programmeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RoadshowSummaryFields
        }
      }
    }
  }
`);

export const RoadshowQuery = graphql(`
  query Roadshow($id: ID!) {
    roadshow(id: $id) {
      ...RoadshowFields
    }
  }
`);

export const CreateRoadshowMutation = graphql(`
  mutation CreateRoadshow($input: CreateRoadshowInput!) {
    createRoadshow(input: $input) {
      ...RoadshowFields
    }
  }
`);

export const UpdateRoadshowMutation = graphql(`
  mutation UpdateRoadshow($id: ID!, $input: UpdateRoadshowInput!, $version: Int!) {
    updateRoadshow(id: $id, input: $input, version: $version) {
      ...RoadshowFields
    }
  }
`);

export const AddRoadshowProjectsMutation = graphql(`
  mutation AddRoadshowProjects($id: ID!, $projectIds: [ID!]!) {
    addRoadshowProjects(id: $id, projectIds: $projectIds) {
      ...RoadshowFields
    }
  }
`);

export const RemoveRoadshowProjectMutation = graphql(`
  mutation RemoveRoadshowProject($id: ID!, $projectId: ID!) {
    removeRoadshowProject(id: $id, projectId: $projectId) {
      ...RoadshowFields
    }
  }
`);

export const AssignCommentatorsMutation = graphql(`
  mutation AssignCommentators($id: ID!, $userIds: [ID!]!) {
    assignCommentators(id: $id, userIds: $userIds) {
      ...RoadshowFields
    }
  }
`);

export const MoveSlotMutation = graphql(`
  mutation MoveSlot($roadshowId: ID!, $projectId: ID!, $toIndex: Int!, $version: Int!) {
    moveSlot(roadshowId: $roadshowId, projectId: $projectId, toIndex: $toIndex, version: $version) {
      ...RoadshowFields
    }
  }
`);

export const ResetRoadshowOrderMutation = graphql(`
  mutation ResetRoadshowOrder($id: ID!) {
    resetRoadshowOrder(id: $id) {
      ...RoadshowFields
    }
  }
`);

export const PublishRoadshowMutation = graphql(`
  mutation PublishRoadshow($id: ID!) {
    publishRoadshow(id: $id) {
      ...RoadshowFields
    }
  }
`);

export const StartRoadshowMutation = graphql(`
  mutation StartRoadshow($id: ID!) {
    startRoadshow(id: $id) {
      ...RoadshowFields
    }
  }
`);

export const EndRoadshowMutation = graphql(`
  mutation EndRoadshow($id: ID!) {
    endRoadshow(id: $id) {
      ...RoadshowFields
    }
  }
`);

/* Projects that may go on an event: shortlisted, in a roadshow, or published to partners. */

export const RoadshowCandidatesQuery = graphql(`
  query RoadshowCandidates($first: Int, $after: String, $filter: PublishedProjectsFilter) {
    publishedProjects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          programmeId
          status
          title {
            zh
            en
          }
          country
          organizationName
          sectorCode
        }
      }
    }
  }
`);

/* Commentators are members of the organisation. */

export const RoadshowMembersQuery = graphql(`
  query RoadshowMembers($first: Int, $after: String) {
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          userId
          displayName
          email
          roles
        }
      }
    }
  }
`);

/* Live console. */

export const LiveSlotFieldsFragment = graphql(`
  fragment LiveSlotFields on LiveSlot {
    id
    projectId
    order
    title {
      zh
      en
    }
    country
    delivery
    status
    startsAt
    endsAt
    plannedEnd
    startedAt
  }
`);

export const RoadshowLiveFieldsFragment = graphql(`
  fragment RoadshowLiveFields on RoadshowLiveState {
    roadshowId
    status
    updatedAt
    totalIntents
    currentSlot {
      ...LiveSlotFields
    }
    nextSlot {
      ...LiveSlotFields
    }
    slots {
      ...LiveSlotFields
    }
    intentCounts {
      projectId
      count
    }
  }
`);

export const RoadshowLiveQuery = graphql(`
  query RoadshowLive($roadshowId: ID!) {
    roadshowLive(roadshowId: $roadshowId) {
      ...RoadshowLiveFields
    }
  }
`);

export const RoadshowUpdatedSubscription = graphql(`
  subscription RoadshowUpdated($roadshowId: ID!) {
    roadshowUpdated(roadshowId: $roadshowId) {
      ...RoadshowLiveFields
    }
  }
`);

export const MoveRoadshowSlotMutation = graphql(`
  mutation MoveRoadshowSlot($slotId: ID!, $status: SlotStatus!) {
    moveRoadshowSlot(slotId: $slotId, status: $status) {
      ...LiveSlotFields
    }
  }
`);

/* Commentary. */

export const CommentaryFieldsFragment = graphql(`
  fragment CommentaryFields on Commentary {
    id
    roadshowId
    slotId
    projectId
    authorUserId
    authorName
    createdAt
    text
    entries {
      dimension
      rating
      note
    }
  }
`);

export const CommentariesQuery = graphql(`
  query Commentaries($roadshowId: ID, $slotId: ID) {
    commentaries(roadshowId: $roadshowId, slotId: $slotId) {
      ...CommentaryFields
    }
  }
`);

export const AddCommentaryMutation = graphql(`
  mutation AddCommentary($slotId: ID!, $input: CommentaryInput!) {
    addCommentary(slotId: $slotId, input: $input) {
      ...CommentaryFields
    }
  }
`);

/* Public schedule (no login). */

export const PublicRoadshowQuery = graphql(`
  query PublicRoadshow($id: ID!) {
    publicRoadshow(id: $id) {
      id
      title {
        zh
        en
      }
      mode
      status
      venue
      streamUrl
      timeZone
      startsAt
      endsAt
      breaks {
        startsAt
        endsAt
      }
      slots {
        order
        projectTitle {
          zh
          en
        }
        country
        organizationName
        startsAt
        endsAt
        delivery
        status
      }
    }
  }
`);

/* Handbook (organizers). */

export const HandbookJobFieldsFragment = graphql(`
  fragment HandbookJobFields on HandbookJob {
    id
    programmeId
    status
    progress
    processed
    total
    pdfFileId
    xlsxFileId
    error
    createdAt
    finishedAt
    options {
      languages
      includeContacts
      sectorCodes
      title {
        zh
        en
      }
    }
  }
`);

export const HandbookJobsQuery = graphql(`
  query HandbookJobs($programmeId: ID!, $first: Int, $after: String) {
    handbookJobs(programmeId: $programmeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...HandbookJobFields
        }
      }
    }
  }
`);

export const HandbookJobQuery = graphql(`
  query HandbookJob($id: ID!) {
    handbookJob(id: $id) {
      ...HandbookJobFields
    }
  }
`);

export const GenerateHandbookMutation = graphql(`
  mutation GenerateHandbook($programmeId: ID!, $options: HandbookOptionsInput) {
    generateHandbook(programmeId: $programmeId, options: $options) {
      ...HandbookJobFields
    }
  }
`);
