import { graphql } from '../../gql';

export const SystemStatusQuery = graphql(`
  query SystemStatus {
    systemStatus {
      version
      environment
      status
      checkedAt
      components {
        name
        status
        detail
        latencyMs
      }
    }
  }
`);
