import { MigrationInterface, QueryRunner } from 'typeorm';

export class Screening1796109687974 implements MigrationInterface {
  name = 'Screening1796109687974';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "project_id" uuid NOT NULL, "reviewer_profile_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "no_conflict_at" TIMESTAMP WITH TIME ZONE, "conflict_id" uuid, CONSTRAINT "PK_86c7b2c46cd7a61d3fd26e3ef80" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_assignment_round" ON "review_assignment"  ("round_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_assignment_reviewer" ON "review_assignment"  ("organization_id", "reviewer_profile_id", "round_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_assignment" ON "review_assignment"  ("round_id", "project_id", "reviewer_profile_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conflict_of_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "round_id" uuid, "reviewer_profile_id" uuid NOT NULL, "project_id" uuid NOT NULL, "kind" text NOT NULL, "source" text NOT NULL, "status" text NOT NULL, "reason" text NOT NULL, "created_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "PK_31e757df4b34931b02940536d45" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_conflict_project" ON "conflict_of_interest"  ("project_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_conflict_programme" ON "conflict_of_interest"  ("organization_id", "programme_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_conflict" ON "conflict_of_interest"  ("reviewer_profile_id", "project_id", "source") `,
    );
    await queryRunner.query(
      `CREATE TABLE "released_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "project_id" uuid NOT NULL, "round_ordinal" integer NOT NULL, "text_zh" text, "text_en" text, "released_by" uuid NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8e8bb52070c72ffd0bbfe02aa30" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_released_feedback_project" ON "released_feedback"  ("organization_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_released_feedback" ON "released_feedback"  ("round_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "reviewer_profile_id" uuid NOT NULL, "kind" text NOT NULL, "pending" integer NOT NULL, CONSTRAINT "PK_860799d6076975cda0fd898e05f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_review_reminder" ON "review_reminder"  ("round_id", "reviewer_profile_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "round_id" uuid NOT NULL, "project_id" uuid NOT NULL, "reviewer_profile_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "scores" jsonb NOT NULL DEFAULT '[]', "verdicts" jsonb NOT NULL DEFAULT '[]', "recommendation" text, "comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_review_round" ON "review"  ("round_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_review_per_assignment" ON "review"  ("assignment_id") `);
    await queryRunner.query(
      `CREATE TABLE "reviewer_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "user_id" uuid, "email" text NOT NULL, "display_name" text NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "country" character(2), "affiliation" text, "email_domain" text NOT NULL, "max_load" integer NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', CONSTRAINT "PK_8d9b1bae27c7360d7f6ad30f5bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reviewer_profile_user" ON "reviewer_profile"  ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_reviewer_profile_email" ON "reviewer_profile"  ("organization_id", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "screening_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "ordinal" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "cans" text array NOT NULL DEFAULT '{}', "criteria" text array NOT NULL DEFAULT '{}', "reviewers_per_project" integer NOT NULL, "max_load" integer NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "advance_rule_kind" text NOT NULL, "advance_n" integer, "advance_min_score" double precision, "last_round" boolean NOT NULL DEFAULT false, "job_state" text, "job_progress" double precision NOT NULL DEFAULT '0', "job_message" text, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_1c32c98c6bf580d0e84be094d79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_screening_round_org" ON "screening_round"  ("organization_id", "programme_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_screening_round_ordinal" ON "screening_round"  ("programme_id", "ordinal") `,
    );
    await queryRunner.query(
      `CREATE TABLE "screening_round_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "round_id" uuid NOT NULL, "project_id" uuid NOT NULL, "override_decision" text, "override_reason" text, "override_by" uuid, "override_at" TIMESTAMP WITH TIME ZONE, "proposed_decision" text, "decision" text, CONSTRAINT "PK_9732b703c132302333d2eda86b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_screening_round_project_project" ON "screening_round_project"  ("organization_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_screening_round_project" ON "screening_round_project"  ("round_id", "project_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_screening_round_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_screening_round_project_project"`);
    await queryRunner.query(`DROP TABLE "screening_round_project"`);
    await queryRunner.query(`DROP INDEX "public"."uq_screening_round_ordinal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_screening_round_org"`);
    await queryRunner.query(`DROP TABLE "screening_round"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reviewer_profile_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviewer_profile_user"`);
    await queryRunner.query(`DROP TABLE "reviewer_profile"`);
    await queryRunner.query(`DROP INDEX "public"."uq_review_per_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_round"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP INDEX "public"."uq_review_reminder"`);
    await queryRunner.query(`DROP TABLE "review_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."uq_released_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."ix_released_feedback_project"`);
    await queryRunner.query(`DROP TABLE "released_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."uq_conflict"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conflict_programme"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conflict_project"`);
    await queryRunner.query(`DROP TABLE "conflict_of_interest"`);
    await queryRunner.query(`DROP INDEX "public"."uq_review_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_assignment_reviewer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_assignment_round"`);
    await queryRunner.query(`DROP TABLE "review_assignment"`);
  }
}
