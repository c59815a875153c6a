import { MigrationInterface, QueryRunner } from 'typeorm';

export class Dashboard1796133665135 implements MigrationInterface {
  name = 'Dashboard1796133665135';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "programme_insights" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, "intents_counted" integer NOT NULL, "intents_counted_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a27680b91f4e8c83f731595c149" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_insights_org" ON "programme_insights"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_programme_insights" ON "programme_insights"  ("programme_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_insights_section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "aggregate_id" uuid NOT NULL, "section" text NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_f726e5e8e1ecf09cffad2c2da74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_programme_insights_section" ON "programme_insights_section"  ("aggregate_id", "section") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_programme_insights_section"`);
    await queryRunner.query(`DROP TABLE "programme_insights_section"`);
    await queryRunner.query(`DROP INDEX "public"."uq_programme_insights"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programme_insights_org"`);
    await queryRunner.query(`DROP TABLE "programme_insights"`);
  }
}
