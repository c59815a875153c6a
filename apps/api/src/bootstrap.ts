import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { AppConfig, QUEUE_NAMES, QueueBackend } from '@sixcan/server-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { BODY_LIMIT_BYTES, json, rejectBadBody, rejectDeepDocuments } from './body-parsing';
import { serveGraphqlFirst } from './graphql-lane';
import { TRUST_PROXY } from './http-settings';
import { mountQueueBoard } from './queue-board';

/** Builds the API application (used by main.ts and by the end-to-end tests). */
export async function createApi(options: { logs?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);
  app.use(json({ limit: BODY_LIMIT_BYTES }), rejectBadBody, rejectDeepDocuments());
  app.set('trust proxy', TRUST_PROXY);
  app.disable('x-powered-by');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.enableShutdownHooks();
  if (!config.isProduction) {
    // Organisers-only once identity lands; never exposed in production until then.
    mountQueueBoard(app, app.get(QueueBackend), QUEUE_NAMES);
  }
  await app.init();
  (app.getHttpServer() as Server).keepAliveTimeout = config.env.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  serveGraphqlFirst(app);
  return app;
}
