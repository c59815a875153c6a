import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795321792898 implements MigrationInterface {
  name = 'Foundation1795321792898';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "queue" text NOT NULL, "name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE, "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_message_pending" ON "outbox_message"  ("available_at") WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_outbox_message_queue_job" ON "outbox_message"  ("queue", "job_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "to_address" text NOT NULL, "template" text NOT NULL, "locale" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'QUEUED', "provider_message_id" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mail_message_to" ON "mail_message"  ("to_address") `);
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stored_file_org" ON "stored_file"  ("organization_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_stored_file_org"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_to"`);
    await queryRunner.query(`DROP TABLE "mail_message"`);
    await queryRunner.query(`DROP INDEX "public"."uq_outbox_message_queue_job"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
