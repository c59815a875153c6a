import { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainEvents1796133367630 implements MigrationInterface {
  name = 'DomainEvents1796133367630';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "domain_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "programme_id" uuid, "type" text NOT NULL, "object_type" text NOT NULL, "object_id" text NOT NULL, "actor_user_id" uuid, "data" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_domain_event_object" ON "domain_event"  ("object_type", "object_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_domain_event_programme_time" ON "domain_event"  ("programme_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_domain_event_org_time" ON "domain_event"  ("organization_id", "created_at") `,
    );
    // Events are facts: the database itself refuses to change or remove one.
    await queryRunner.query(
      `CREATE FUNCTION domain_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'domain_event is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER domain_event_no_update BEFORE UPDATE OR DELETE ON "domain_event" FOR EACH ROW EXECUTE FUNCTION domain_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER domain_event_no_truncate BEFORE TRUNCATE ON "domain_event" FOR EACH STATEMENT EXECUTE FUNCTION domain_event_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER domain_event_no_truncate ON "domain_event"`);
    await queryRunner.query(`DROP TRIGGER domain_event_no_update ON "domain_event"`);
    await queryRunner.query(`DROP FUNCTION domain_event_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."ix_domain_event_org_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_domain_event_programme_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_domain_event_object"`);
    await queryRunner.query(`DROP TABLE "domain_event"`);
  }
}
