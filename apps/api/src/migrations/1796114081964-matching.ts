import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1796114081964 implements MigrationInterface {
  name = 'Matching1796114081964';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_ceremony" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "title_zh" text, "title_en" text, "mode" text NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "venue" text, CONSTRAINT "PK_68952fbf87fceef2e24499dc6a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ceremony_list" ON "signing_ceremony"  ("organization_id", "held_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "deal_id" uuid NOT NULL, "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "kind" text NOT NULL, "parties" text array NOT NULL DEFAULT '{}', "ceremony_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "committed_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "realised_minor" bigint NOT NULL DEFAULT '0', "realised_at" TIMESTAMP WITH TIME ZONE, "registered_entity" text, "landing_partner_id" uuid, "jobs_created" integer, "document_file_ids" uuid array NOT NULL DEFAULT '{}', "recorded_by" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agreement_ceremony" ON "agreement"  ("ceremony_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_list" ON "agreement"  ("organization_id", "signed_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agreement_deal" ON "agreement"  ("deal_id") `);
    await queryRunner.query(
      `CREATE TABLE "bid" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "status" text NOT NULL, "revision" integer NOT NULL DEFAULT '1', "investment_minor" bigint, "currency" character(3), "equity_percent" numeric(5,2), "space_m2" integer, "rent_free_months" integer, "subsidy_minor" bigint, "other_terms" text, "valid_until" TIMESTAMP WITH TIME ZONE, "placed_by" uuid, "response_message" text, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ed405dda320051aca2dcb1a50bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_bid_expiry" ON "bid"  ("status", "valid_until") `);
    await queryRunner.query(
      `CREATE INDEX "ix_bid_partner" ON "bid"  ("organization_id", "partner_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_bid_project" ON "bid"  ("organization_id", "project_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bid_live" ON "bid"  ("partner_id", "project_id") WHERE "status" = 'SUBMITTED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "bid_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "bid_id" uuid NOT NULL, "revision" integer NOT NULL, "terms" jsonb NOT NULL, "created_by" uuid, CONSTRAINT "PK_cc42466a90fab305f995ba6c092" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_bid_revision" ON "bid_revision"  ("bid_id", "revision") `,
    );
    await queryRunner.query(
      `CREATE TABLE "fx_rate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "currency" character(3) NOT NULL, "base_currency" character(3) NOT NULL, "rate" numeric(20,8) NOT NULL, "updated_by" uuid, CONSTRAINT "PK_172deb302807396e0da8f0aafe0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fx_rate" ON "fx_rate"  ("organization_id", "currency") `,
    );
    await queryRunner.query(
      `CREATE TABLE "published_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "project_id" uuid NOT NULL, "published_by" uuid, CONSTRAINT "PK_7700a4ce6e03f34051faf718cdc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_published_project" ON "published_project"  ("organization_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dismissed_match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "dismissed_by" uuid, CONSTRAINT "PK_96fba1f958ae3328bd5c934cd4a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_dismissed_match" ON "dismissed_match"  ("partner_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "deal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "stage" text NOT NULL, "owner_user_id" uuid, "drop_reason" text, "dropped_from" text, "meeting_at" TIMESTAMP WITH TIME ZONE, "nda_file_id" uuid, "mou_file_id" uuid, "next_step_at" TIMESTAMP WITH TIME ZONE, "next_step" text, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_9ce1c24acace60f6d7dc7a7189e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_deal_next_step" ON "deal"  ("next_step_at") `);
    await queryRunner.query(`CREATE INDEX "ix_deal_project" ON "deal"  ("organization_id", "project_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_deal_pipeline" ON "deal"  ("organization_id", "stage", "updated_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_deal" ON "deal"  ("partner_id", "project_id") `);
    await queryRunner.query(
      `CREATE TABLE "deal_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "deal_id" uuid NOT NULL, "kind" text NOT NULL, "note" text NOT NULL, "next_step_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, CONSTRAINT "PK_2dfd3d9d6571f3b52b4f2a2f7b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_deal_activity" ON "deal_activity"  ("deal_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "deal_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "deal_id" uuid NOT NULL, "kind" text NOT NULL, "due_key" text NOT NULL, CONSTRAINT "PK_c2c26d4c11bc987db9d462477ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_deal_reminder" ON "deal_reminder"  ("deal_id", "kind", "due_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_intent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "kind" text NOT NULL, "level" text NOT NULL, "source" text NOT NULL, "amount_minor" bigint, "currency" character(3), "note" text, "created_by" uuid, "committed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_26a4c4c96651a03c40de40ebd1f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_intent_list" ON "match_intent"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_match_intent_project" ON "match_intent"  ("organization_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_match_intent" ON "match_intent"  ("partner_id", "project_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "kind" text NOT NULL, "name_zh" text, "name_en" text, "country" character(2), "description_zh" text, "description_en" text, "sectors" text array NOT NULL DEFAULT '{}', "trl_min" smallint, "trl_max" smallint, "cooperation_modes" text array NOT NULL DEFAULT '{}', "ticket_min_minor" bigint, "ticket_max_minor" bigint, "ticket_currency" character(3), "regions" text array NOT NULL DEFAULT '{}', "chain_focus" text array NOT NULL DEFAULT '{}', "available_space_m2" integer, "incentives" text array NOT NULL DEFAULT '{}', "created_by" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_list" ON "partner"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "email" text NOT NULL, "user_id" uuid, CONSTRAINT "PK_603716c47220e60e338ed261356" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_member_email" ON "partner_member"  ("organization_id", "email") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_member_user" ON "partner_member"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_partner_member" ON "partner_member"  ("partner_id", "email") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_partner_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partner_member_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partner_member_email"`);
    await queryRunner.query(`DROP TABLE "partner_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partner_list"`);
    await queryRunner.query(`DROP TABLE "partner"`);
    await queryRunner.query(`DROP INDEX "public"."uq_match_intent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_intent_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_match_intent_list"`);
    await queryRunner.query(`DROP TABLE "match_intent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_deal_reminder"`);
    await queryRunner.query(`DROP TABLE "deal_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deal_activity"`);
    await queryRunner.query(`DROP TABLE "deal_activity"`);
    await queryRunner.query(`DROP INDEX "public"."uq_deal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deal_pipeline"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deal_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deal_next_step"`);
    await queryRunner.query(`DROP TABLE "deal"`);
    await queryRunner.query(`DROP INDEX "public"."uq_dismissed_match"`);
    await queryRunner.query(`DROP TABLE "dismissed_match"`);
    await queryRunner.query(`DROP INDEX "public"."uq_published_project"`);
    await queryRunner.query(`DROP TABLE "published_project"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fx_rate"`);
    await queryRunner.query(`DROP TABLE "fx_rate"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bid_revision"`);
    await queryRunner.query(`DROP TABLE "bid_revision"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bid_live"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bid_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bid_partner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bid_expiry"`);
    await queryRunner.query(`DROP TABLE "bid"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreement_deal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_list"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_ceremony"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_ceremony_list"`);
    await queryRunner.query(`DROP TABLE "signing_ceremony"`);
  }
}
