import { MigrationInterface, QueryRunner } from 'typeorm';

export class Programmes1795333446808 implements MigrationInterface {
  name = 'Programmes1795333446808';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "channel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "name_zh" text, "name_en" text, "name_key" text NOT NULL, "kind" text NOT NULL, "country" character(2) NOT NULL, "contact_email" text, CONSTRAINT "PK_590f33ee6ee7d76437acf362e39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_channel_name" ON "channel"  ("organization_id", "name_key") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_channel_org" ON "channel"  ("organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "channel_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "email" text NOT NULL, "user_id" uuid, CONSTRAINT "PK_a4a716289e5b0468f55f8e8d225" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_channel_member_email" ON "channel_member"  ("organization_id", "email") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_channel_member_user" ON "channel_member"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_channel_member" ON "channel_member"  ("channel_id", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "channel_id" uuid, "file_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "mode" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "created_count" integer NOT NULL DEFAULT '0', "error_row_count" integer NOT NULL DEFAULT '0', "duplicate_count" integer NOT NULL DEFAULT '0', "problems" jsonb NOT NULL DEFAULT '[]', "report_file_id" uuid, "failure_message" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2b3fa07bf322b9c29a9192ca6bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_import_programme" ON "project_import"  ("organization_id", "programme_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "title_zh" text, "title_en" text, "description_zh" text, "description_en" text, "time_zone" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sectors" jsonb NOT NULL DEFAULT '[]', "mandatory_cans" text array NOT NULL DEFAULT '{}', "rubric" jsonb NOT NULL DEFAULT '[]', "rubric_scale" integer NOT NULL DEFAULT '10', "handbook_size" integer NOT NULL DEFAULT '100', "roadshow_size" integer NOT NULL DEFAULT '12', "currency" character(3) NOT NULL DEFAULT 'CNY', "status" text NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_programme_open" ON "programme"  ("status", "closes_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_programme_org" ON "programme"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "channel_id" uuid, "owner_user_id" uuid, "applicant_email" text, "source" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "title_zh" text, "title_en" text, "summary_zh" text, "summary_en" text, "sector_code" text, "country" character(2), "organization_name" text, "trl" smallint, "ip_status" text, "cooperation_modes" text array NOT NULL DEFAULT '{}', "funding_amount_minor" bigint, "funding_currency" character(3), "team" text, "contact_name" text, "contact_email" text, "contact_phone" text, "presenter_time_zone" text, "availability" jsonb NOT NULL DEFAULT '[]', "self_assessment" jsonb NOT NULL DEFAULT '[]', "attachment_file_ids" uuid array NOT NULL DEFAULT '{}', "submitted_at" TIMESTAMP WITH TIME ZONE, "search_document" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_applicant_email" ON "project"  ("organization_id", "applicant_email") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_owner" ON "project"  ("organization_id", "owner_user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_channel" ON "project"  ("channel_id") `);
    await queryRunner.query(`CREATE INDEX "ix_project_status" ON "project"  ("programme_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_project_list" ON "project"  ("organization_id", "programme_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "project_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "note" text, CONSTRAINT "PK_ccdff3f7ffb7251761b6cc29ef0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_status_change" ON "project_status_change"  ("project_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_message" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_message" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_stored_file_org"`);
    await queryRunner.query(
      `ALTER TABLE "stored_file" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_invitation_org"`);
    await queryRunner.query(
      `ALTER TABLE "invitation" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_session" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_session" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stored_file_org" ON "stored_file"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_org" ON "invitation"  ("organization_id", "created_at") `,
    );
    // Substring search over titles, summaries and organisation (Chinese words come from jieba at query time).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_project_search" ON "project" USING gin ("search_document" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_project_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitation_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stored_file_org"`);
    await queryRunner.query(
      `ALTER TABLE "refresh_session" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_session" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_org" ON "invitation" USING btree ("created_at", "organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stored_file_org" ON "stored_file" USING btree ("created_at", "organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_message" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_message" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_project_status_change"`);
    await queryRunner.query(`DROP TABLE "project_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_list"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_channel"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_applicant_email"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programme_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programme_open"`);
    await queryRunner.query(`DROP TABLE "programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_import_programme"`);
    await queryRunner.query(`DROP TABLE "project_import"`);
    await queryRunner.query(`DROP INDEX "public"."uq_channel_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_channel_member_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_channel_member_email"`);
    await queryRunner.query(`DROP TABLE "channel_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_channel_org"`);
    await queryRunner.query(`DROP INDEX "public"."uq_channel_name"`);
    await queryRunner.query(`DROP TABLE "channel"`);
  }
}
