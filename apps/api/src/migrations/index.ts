import { Foundation1795321792898 } from './1795321792898-foundation';
import { Identity1795324762588 } from './1795324762588-identity';
import { Programmes1795333446808 } from './1795333446808-programmes';
import { Screening1796109687974 } from './1796109687974-screening';
import { Matching1796114081964 } from './1796114081964-matching';
import { SavedProjects1796122520095 } from './1796122520095-saved-projects';
import { Handbook1796124107369 } from './1796124107369-handbook';
import { Roadshows1796124288822 } from './1796124288822-roadshows';
import { OutboxPrefix1796127294472 } from './1796127294472-outbox-prefix';
import { ProgrammeReport1796133207999 } from './1796133207999-programme-report';
import { DomainEvents1796133367630 } from './1796133367630-domain-events';
import { Dashboard1796133665135 } from './1796133665135-dashboard';
import { Notifications1796133951044 } from './1796133951044-notifications';

/** Every migration, oldest first. `npm run migration:generate -- Name` appends here. */
export const MIGRATIONS = [
  Foundation1795321792898,
  Identity1795324762588,
  Programmes1795333446808,
  Screening1796109687974,
  Matching1796114081964,
  SavedProjects1796122520095,
  Handbook1796124107369,
  Roadshows1796124288822,
  OutboxPrefix1796127294472,
  ProgrammeReport1796133207999,
  DomainEvents1796133367630,
  Dashboard1796133665135,
  Notifications1796133951044,
];
