import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/decorators';
import { HealthService } from './health.service';

/** `/health/live`: the process answers. `/health/ready`: it can serve (database and queue reachable). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly checks: HealthService,
  ) {}

  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([
      async () => {
        const results = await this.checks.check();
        return Object.assign(
          {},
          ...results.map((r) => {
            const indicator = this.indicators.check(r.name);
            return r.up ? indicator.up({ latencyMs: r.latencyMs }) : indicator.down({ detail: r.detail });
          }),
        );
      },
    ]);
  }
}
