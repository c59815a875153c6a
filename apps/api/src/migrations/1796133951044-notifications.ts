import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796133951044 implements MigrationInterface {
  name = 'Notifications1796133951044';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "organization_id" uuid, "category" text NOT NULL, "template" text NOT NULL, "locale" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "link" text, "object_type" text, "object_id" text, "mail_id" uuid, "emailed" boolean NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_unread" ON "notification"  ("user_id", "organization_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_user_time" ON "notification"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "email_preference" ("user_id" uuid NOT NULL, "category" text NOT NULL, "email_enabled" boolean NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17129e85d66689b54a76f38eaa7" PRIMARY KEY ("user_id", "category"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "url" text NOT NULL, "description" text, "event_types" text array NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "secret_ciphertext" text NOT NULL, "secret_hint" text NOT NULL, "secret_created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_endpoint_org" ON "webhook_endpoint"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "series" integer NOT NULL DEFAULT '1', "series_attempts" integer NOT NULL DEFAULT '0', "attempt_count" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_duration_ms" integer, "last_error" text, "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "lease_until" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_delivery_endpoint" ON "webhook_delivery"  ("endpoint_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_webhook_delivery" ON "webhook_delivery"  ("event_id", "endpoint_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "delivery_id" uuid NOT NULL, "series" integer NOT NULL, "attempt" integer NOT NULL, "status_code" integer, "duration_ms" integer NOT NULL, "error" text, "response_excerpt" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_webhook_attempt" ON "webhook_attempt"  ("delivery_id", "series", "attempt") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_attempt"`);
    await queryRunner.query(`DROP TABLE "webhook_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_endpoint"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_endpoint_org"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
    await queryRunner.query(`DROP TABLE "email_preference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
