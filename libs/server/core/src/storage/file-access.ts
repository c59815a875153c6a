import { Injectable } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import { EntityManager, In } from 'typeorm';
import { StoredFile } from './stored-file.entity';

/**
 * A module's part of the answer to "may this actor read this file?": whether one of the module's objects that
 * refers to the file is one the actor may read through the API (a project's attachments, a deal's NDA, …).
 */
export interface FileReader {
  mayRead(em: EntityManager, actor: Actor, fileId: string): Promise<boolean>;
}

/**
 * Who may read a stored file (download it, or refer to it in an input): in its organisation, organizers every
 * file, anyone the files they uploaded or were generated for them, and otherwise whoever may read an object
 * that refers to it, as the modules that own those objects answer (`register`). Everyone else: not found.
 */
@Injectable()
export class FileAccess {
  private readonly readers: FileReader[] = [];

  /** Called by each module owning objects that refer to files, when it starts. */
  register(reader: FileReader): void {
    this.readers.push(reader);
  }

  async mayRead(em: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
    if (file.organizationId !== actor.organizationId) return false;
    if (actor.roles.includes(Role.ORGANIZER) || file.uploadedBy === actor.userId) return true;
    for (const reader of this.readers) if (await reader.mayRead(em, actor, file.id)) return true;
    return false;
  }

  /** The file if the actor may read it, else null (absent, another organisation's, or not the actor's to read). */
  async find(em: EntityManager, actor: Actor, id: string): Promise<StoredFile | null> {
    const file = isFileId(id)
      ? await em.findOneBy(StoredFile, { id, organizationId: actor.organizationId })
      : null;
    return file && (await this.mayRead(em, actor, file)) ? file : null;
  }

  /** Of the given ids, those of files the actor may read. */
  async readable(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isFileId))];
    if (!wanted.length) return new Set();
    const files = await em.findBy(StoredFile, { id: In(wanted), organizationId: actor.organizationId });
    const out = new Set<string>();
    for (const file of files) if (await this.mayRead(em, actor, file)) out.add(file.id);
    return out;
  }
}

const isFileId = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
