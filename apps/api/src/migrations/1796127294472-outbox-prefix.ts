import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxPrefix1796127294472 implements MigrationInterface {
  name = 'OutboxPrefix1796127294472';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "queue_prefix" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "queue_prefix"`);
  }
}
