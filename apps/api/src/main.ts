import 'reflect-metadata';
import { AppConfig } from '@sixcan/server-core';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApi();
  const config = app.get(AppConfig);
  await app.listen(config.env.PORT, config.env.HOST);
  const url = await app.getUrl();
  app.get(AppConfig); // keep config alive for the process lifetime
  console.log(`SixCan API listening on ${url.replace('[::1]', 'localhost')}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
