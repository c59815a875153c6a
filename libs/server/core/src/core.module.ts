import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { ActorGuard } from './auth/actor.guard';
import { AttemptsGuard, AttemptStorage } from './auth/attempts.guard';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditLog } from './audit/audit-log';
import { AccessTokens } from './auth/tokens';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { Transactions } from './database/transactions';
import { DomainErrorFilter } from './errors/domain-error.filter';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { LoggingModule } from './logging/logging.module';
import { MailSender } from './mail/mail-sender';
import { MailService } from './mail/mail.service';
import { SendMailProcessor } from './mail/send-mail.processor';
import { Outbox, OutboxRelay } from './queue/outbox';
import { QueueBackend } from './queue/queue-backend';
import { WorkerHost } from './queue/worker-host';
import { FilesController } from './storage/files.controller';
import { StoredFile } from './storage/stored-file.entity';
import { MailMessage } from './mail/mail-message.entity';
import { OutboxMessage } from './queue/outbox-message.entity';
import { DomainEventRecord } from './events/domain-event.entity';
import { DomainEvents } from './events/domain-events';
import { DispatchEventsProcessor } from './events/dispatch-events.processor';

import { EmailPreference, InAppNotification } from './mail/notification.entity';

export const CORE_ENTITIES = [
  OutboxMessage,
  MailMessage,
  StoredFile,
  AuditEvent,
  DomainEventRecord,
  InAppNotification,
  EmailPreference,
];
import { LocalDiskStorage, StorageDriver } from './storage/storage-driver';
import { FileAccess } from './storage/file-access';
import { FileStore } from './storage/file-store';
import { LiveEvents } from './graphql/pubsub';
import { Clock } from './time/clock';

export interface CoreOptions {
  applicationName: string;
}

const SHARED = [
  { provide: StorageDriver, useClass: LocalDiskStorage },
  FileStore,
  FileAccess,
  QueueBackend,
  Outbox,
  OutboxRelay,
  Transactions,
  MailService,
  AccessTokens,
  HealthService,
  AuditLog,
  AttemptStorage,
  AttemptsGuard,
  Clock,
  LiveEvents,
  DomainEvents,
];

/** Config, logging, database, queues, mail and tokens: what every process needs. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule,
        LoggingModule,
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          // Entities come from each module's TypeOrmModule.forFeature; migrations run through tools/migrate.
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({
              url: config.databaseUrl,
              poolSize: config.env.DATABASE_POOL_SIZE,
              poolTimeoutMs: config.env.DATABASE_POOL_TIMEOUT_MS,
              lockTimeoutMs: config.env.DATABASE_LOCK_TIMEOUT_MS,
              entities: [],
              applicationName: options.applicationName,
            }),
            autoLoadEntities: true,
          }),
        }),
        TypeOrmModule.forFeature(CORE_ENTITIES),
      ],
      providers: SHARED,
      exports: SHARED,
    };
  }
}

/** The HTTP side of the core: deny-by-default guard, error filter, health and file endpoints. */
@Module({
  imports: [
    TerminusModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        limits: { fileSize: config.env.UPLOAD_MAX_BYTES, files: 1, fields: 10 },
      }),
    }),
  ],
  controllers: [HealthController, FilesController],
  providers: [
    { provide: APP_GUARD, useClass: ActorGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
})
export class HttpCoreModule {}

/** The worker side of the core: discovers @JobProcessor providers and runs them. */
@Module({
  imports: [DiscoveryModule],
  providers: [WorkerHost, MailSender, SendMailProcessor, DispatchEventsProcessor],
})
export class WorkerCoreModule {}
