import { Query, Resolver } from '@nestjs/graphql';
import { AppConfig, HealthService, Public } from '@sixcan/server-core';
import { HealthState, SystemStatus } from './system-status.model';

@Resolver(() => SystemStatus)
export class SystemStatusResolver {
  constructor(
    private readonly health: HealthService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => SystemStatus, { description: 'Whether the API can reach its database and queue.' })
  @Public()
  async systemStatus(): Promise<SystemStatus> {
    const checks = await this.health.check();
    const components = checks.map((c) => ({
      name: c.name,
      status: c.up ? HealthState.UP : HealthState.DOWN,
      // Internals (hosts, driver errors) stay out of public answers in production.
      detail: this.config.isProduction ? null : c.detail,
      latencyMs: c.latencyMs,
    }));
    return {
      version: this.config.version,
      environment: this.config.env.NODE_ENV,
      status: components.every((c) => c.status === HealthState.UP) ? HealthState.UP : HealthState.DOWN,
      checkedAt: new Date(),
      components,
    };
  }
}
