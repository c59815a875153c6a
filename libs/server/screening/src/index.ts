export * from './entities';
export * from './screening.module';
export { AssignProcessor } from './assignment/assign.processor';
export { RemindProcessor, REMINDER_KIND } from './reminders/remind.processor';
export { RoundJobState } from './round/screening-round.entity';
export { seedScreening } from './seed/seed';
export type { ScreeningSeedOptions, SeededMove } from './seed/seed';
