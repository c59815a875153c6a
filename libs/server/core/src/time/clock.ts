import { Injectable } from '@nestjs/common';

/**
 * The time, as services and jobs read it: one injectable source, so tests move time instead of waiting for
 * it (`jest.spyOn(app.get(Clock), 'now')`).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
