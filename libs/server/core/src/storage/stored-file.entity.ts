import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

/** An uploaded file. GraphQL mutations reference it by id; the bytes live in the storage driver. */
@Entity('stored_file')
@Index('ix_stored_file_org', ['organizationId', 'createdAt'])
export class StoredFile extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  uploadedBy!: string;

  @Column('text')
  filename!: string;

  @Column('text')
  contentType!: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('text')
  storageKey!: string;
}
