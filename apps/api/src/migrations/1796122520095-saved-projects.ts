import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedProjects1796122520095 implements MigrationInterface {
  name = 'SavedProjects1796122520095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "saved_by" uuid, CONSTRAINT "PK_ec6ed5c77c2f3b0af0c7b37df83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_saved_project_list" ON "saved_project"  ("organization_id", "partner_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_saved_project" ON "saved_project"  ("partner_id", "project_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_saved_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_project_list"`);
    await queryRunner.query(`DROP TABLE "saved_project"`);
  }
}
