import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  id?: string;
}

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** JSON logs through pino; every line of a request carries its request id (taken from x-request-id when sane). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.env.LOG_LEVEL,
          genReqId: (req: RequestLike, res: { setHeader(n: string, v: string): void }) => {
            const header = req.headers['x-request-id'];
            const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req: { url?: string }) => (req.url ?? '').startsWith('/health') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
