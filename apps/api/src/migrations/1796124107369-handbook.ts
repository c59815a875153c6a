import { MigrationInterface, QueryRunner } from 'typeorm';

export class Handbook1796124107369 implements MigrationInterface {
  name = 'Handbook1796124107369';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "handbook_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "options" jsonb NOT NULL, "published_project_ids" uuid array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "pdf_file_id" uuid, "xlsx_file_id" uuid, "error" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4929f428c62db8d553dbbaed509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_handbook_job_programme" ON "handbook_job"  ("organization_id", "programme_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_handbook_job_programme"`);
    await queryRunner.query(`DROP TABLE "handbook_job"`);
  }
}
