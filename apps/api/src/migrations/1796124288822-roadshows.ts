import { MigrationInterface, QueryRunner } from 'typeorm';

export class Roadshows1796124288822 implements MigrationInterface {
  name = 'Roadshows1796124288822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "roadshow_commentary" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "roadshow_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "project_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "entries" jsonb NOT NULL DEFAULT '[]', "text" text, CONSTRAINT "PK_6ec4ef2c20df25c2a860e879778" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_commentary_author" ON "roadshow_commentary"  ("organization_id", "author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_commentary_slot" ON "roadshow_commentary"  ("roadshow_id", "slot_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadshow_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "title_zh" text, "title_en" text, "mode" text NOT NULL, "venue" text, "stream_url" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "slot_minutes" smallint NOT NULL, "break_after_every_slots" smallint, "break_minutes" smallint, "break_windows" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL DEFAULT 'DRAFT', "manual_order" uuid array, "plan" jsonb, "published_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_84a481c39bcb6d4391a431b6da4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_event_list" ON "roadshow_event"  ("organization_id", "programme_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadshow_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "roadshow_id" uuid NOT NULL, "project_id" uuid NOT NULL, "added_by" uuid, CONSTRAINT "PK_a4ae91faf7002405ec3cc2915e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_project_project" ON "roadshow_project"  ("organization_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roadshow_project" ON "roadshow_project"  ("roadshow_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadshow_commentator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "roadshow_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_f110592425c7e341cf504882745" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_commentator_user" ON "roadshow_commentator"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roadshow_commentator" ON "roadshow_commentator"  ("roadshow_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadshow_intent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "roadshow_id" uuid NOT NULL, "project_id" uuid NOT NULL, "intent_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "slot_id" uuid, CONSTRAINT "PK_6d2fa63e52ba702cbe0b8a8d7c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_intent_project" ON "roadshow_intent"  ("roadshow_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roadshow_intent" ON "roadshow_intent"  ("roadshow_id", "intent_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadshow_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "roadshow_id" uuid NOT NULL, "target" text NOT NULL, "kind" text NOT NULL, "due_key" text NOT NULL, "recipients" integer NOT NULL, CONSTRAINT "PK_ecabe369fa55493a232fa4a70df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roadshow_reminder" ON "roadshow_reminder"  ("roadshow_id", "target", "kind", "due_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "roadshow_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "roadshow_id" uuid NOT NULL, "project_id" uuid NOT NULL, "position" smallint NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "presenter_time_zone" text NOT NULL, "delivery" text NOT NULL, "status" text NOT NULL DEFAULT 'SCHEDULED', "reason" text NOT NULL, "fit" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_13a4b86cecdcacae9bfe424e72a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roadshow_slot_on_stage" ON "roadshow_slot"  ("roadshow_id") WHERE status = 'ON_STAGE'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadshow_slot_order" ON "roadshow_slot"  ("roadshow_id", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_roadshow_slot_project" ON "roadshow_slot"  ("roadshow_id", "project_id") `,
    );
    await queryRunner.query(`ALTER TABLE "mail_message" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_message" DROP COLUMN "attachments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roadshow_slot_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_slot_order"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roadshow_slot_on_stage"`);
    await queryRunner.query(`DROP TABLE "roadshow_slot"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roadshow_reminder"`);
    await queryRunner.query(`DROP TABLE "roadshow_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roadshow_intent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_intent_project"`);
    await queryRunner.query(`DROP TABLE "roadshow_intent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roadshow_commentator"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_commentator_user"`);
    await queryRunner.query(`DROP TABLE "roadshow_commentator"`);
    await queryRunner.query(`DROP INDEX "public"."uq_roadshow_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_project_project"`);
    await queryRunner.query(`DROP TABLE "roadshow_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_event_list"`);
    await queryRunner.query(`DROP TABLE "roadshow_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_commentary_slot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roadshow_commentary_author"`);
    await queryRunner.query(`DROP TABLE "roadshow_commentary"`);
  }
}
