import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeReport1796133207999 implements MigrationInterface {
  name = 'ProgrammeReport1796133207999';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "programme_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "pdf_file_id" uuid, "xlsx_file_id" uuid, "page_count" integer, "data_as_of" TIMESTAMP WITH TIME ZONE, "error" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b0ff1a56d994ff0cebfd572b793" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_report_programme" ON "programme_report"  ("organization_id", "programme_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_programme_report_programme"`);
    await queryRunner.query(`DROP TABLE "programme_report"`);
  }
}
