import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessTokens, AppConfig, CoreModule, HttpCoreModule } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import { InsightsModule } from '@sixcan/server-insights';
import { ProgrammesModule } from '@sixcan/server-programmes';
import { MatchingModule } from '@sixcan/server-matching';
import { NotificationsModule } from '@sixcan/server-notifications';
import { HandbookModule, RoadshowsModule } from '@sixcan/server-roadshows';
import { ScreeningModule } from '@sixcan/server-screening';
import { graphqlOptions } from './graphql.options';
import { PublishedProjectIdsModule } from './roadshows/published-project-ids';
import { CurrentActorResolver } from './system/current-actor.resolver';
import { SystemStatusResolver } from './system/system-status.resolver';

@Module({
  imports: [
    CoreModule.forRoot({ applicationName: 'sixcan-api' }),
    HttpCoreModule,
    IdentityModule,
    ProgrammesModule,
    ScreeningModule,
    MatchingModule,
    HandbookModule,
    RoadshowsModule,
    InsightsModule,
    NotificationsModule,
    PublishedProjectIdsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, AccessTokens],
      useFactory: graphqlOptions,
    }),
  ],
  providers: [SystemStatusResolver, CurrentActorResolver],
})
export class AppModule {}
