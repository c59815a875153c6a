import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795324762588 implements MigrationInterface {
  name = 'Identity1795324762588';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "actor_user_id" uuid, "action" text NOT NULL, "object_type" text NOT NULL, "object_id" text, "summary" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_object" ON "audit_event"  ("object_type", "object_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_org_time" ON "audit_event"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "default_locale" text NOT NULL DEFAULT 'zh-CN', "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai', CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "roles" text array NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_org" ON "invitation"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitation_token" ON "invitation"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai', "last_organization_id" uuid, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "roles" text array NOT NULL, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_membership_org_user" ON "membership"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_password_reset_token" ON "password_reset"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5d0d8c21064803b5b2baaa50cbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_session_user" ON "refresh_session"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_refresh_session_token" ON "refresh_session"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_session" ADD CONSTRAINT "FK_684b73eb2dd26a45b1fdc0ca178" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit trail is append-only: the database itself refuses to change or remove an event.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "refresh_session" DROP CONSTRAINT "FK_684b73eb2dd26a45b1fdc0ca178"`);
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_session_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_session_user"`);
    await queryRunner.query(`DROP TABLE "refresh_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_token"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "public"."uq_membership_org_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_user"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitation_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitation_org"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_org_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_object"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
