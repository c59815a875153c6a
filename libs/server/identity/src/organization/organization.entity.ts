import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity } from 'typeorm';

/** A tenant: the organising body (e.g. a city science & technology bureau). */
@Entity('organization')
export class Organization extends BaseEntity {
  @Column('text')
  name!: string;

  @Column('text', { default: 'zh-CN' })
  defaultLocale!: string;

  /** IANA zone used when nothing more specific is known. */
  @Column('text', { default: 'Asia/Shanghai' })
  timeZone!: string;
}
