import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { eventually, MailCatcher } from '@sixcan/server-testing';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  CoreModule,
  MailMessage,
  MailService,
  SendMailProcessor,
  Transactions,
  WorkerCoreModule,
} from '@sixcan/server-core';

describe('mail through the queue and the worker', () => {
  const catcher = new MailCatcher();
  let app: INestApplicationContext;

  beforeAll(async () => {
    const smtp = await catcher.start();
    const module = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ applicationName: 'test' }), WorkerCoreModule],
    })
      .overrideProvider(AppConfig)
      .useValue(new AppConfig({ ...process.env, SMTP_URL: smtp }))
      .compile();
    app = await module.init();
  });

  afterAll(async () => {
    await app.close();
    await catcher.stop();
  });

  it('sends a queued e-mail once, in the recipient language, after the transaction commits', async () => {
    const tx = app.get(Transactions);
    const mail = app.get(MailService);
    const message = await tx.run((em) =>
      mail.queue(em, {
        to: 'Li.Wei@Example.org',
        template: 'system.test',
        locale: 'zh-CN',
        params: { name: '李伟 <b>' },
      }),
    );
    const [received] = await catcher.waitFor(1);
    expect(received?.to).toEqual(['li.wei@example.org']);
    expect(received?.subject).toBe('SixCan 测试邮件');
    expect(received?.text).toContain('李伟 <b>，您好');
    expect(received?.html).toContain('李伟 &lt;b&gt;');

    // The job runs again (a retry after a crash): nothing is sent twice.
    const processor = app.get(SendMailProcessor);
    await expect(processor.handle({ mailId: message.id })).resolves.toBe('already handled');
    const repo = app.get<DataSource>(getDataSourceToken()).getRepository(MailMessage);
    const stored = await eventually(
      () => repo.findOneByOrFail({ id: message.id }),
      (m) => m.status === 'SENT',
    );
    expect(stored.providerMessageId).toContain(message.id);
    expect(catcher.messages).toHaveLength(1);
  });

  it('sends nothing when the transaction rolls back', async () => {
    const tx = app.get(Transactions);
    const mail = app.get(MailService);
    const before = catcher.messages.length;
    await expect(
      tx.run(async (em) => {
        await mail.queue(em, {
          to: 'x@example.org',
          template: 'system.test',
          locale: 'en',
          params: { name: 'X' },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A later e-mail overtakes nothing: only it arrives.
    await tx.run((em) =>
      mail.queue(em, { to: 'y@example.org', template: 'system.test', locale: 'en', params: { name: 'Y' } }),
    );
    const all = await catcher.waitFor(before + 1);
    expect(all.slice(before).map((m) => m.to[0])).toEqual(['y@example.org']);
    expect(all[before]?.subject).toBe('SixCan test message');
  });
});
