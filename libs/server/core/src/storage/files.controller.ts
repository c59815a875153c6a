import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ALL_ROLES } from '@sixcan/domain';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '../auth/decorators';
import { DomainError } from '../errors/domain-error';
import { sniffContentType } from './sniff';
import { FileAccess } from './file-access';
import { FileStore } from './file-store';
import { StorageDriver } from './storage-driver';
import { StoredFile } from './stored-file.entity';

interface UploadedPart {
  originalname: string;
  buffer: Buffer;
  size: number;
}

interface HeaderSink {
  setHeader(name: string, value: string): void;
}

export interface StoredFileView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

const view = (f: StoredFile): StoredFileView => ({
  id: f.id,
  filename: f.filename,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  sha256: f.sha256,
});

/** `POST /files` (multipart field `file`) → `{ id, … }`, referenced by GraphQL mutations. */
@Controller('files')
export class FilesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: StorageDriver,
    private readonly files: FileStore,
    private readonly access: FileAccess,
  ) {}

  @Post()
  @Roles(...ALL_ROLES)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedPart | undefined,
  ): Promise<StoredFileView> {
    if (!file)
      throw DomainError.validation('Attach a file in the multipart field "file"', [
        { field: 'file', message: 'missing' },
      ]);
    const filename = sanitizeFilename(file.originalname);
    const contentType = await sniffContentType(file.buffer, filename);
    if (!contentType) {
      throw DomainError.validation(
        `"${filename}" is not an accepted file: upload a PDF, PNG, JPEG, XLSX or CSV whose content matches its name`,
        [{ field: 'file', message: 'unsupported type' }],
      );
    }
    const saved = await this.files.save(this.dataSource.manager, {
      organizationId: actor.organizationId,
      uploadedBy: actor.userId,
      filename,
      contentType,
      bytes: file.buffer,
    });
    return view(saved);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => DomainError.notFound('File') })) id: string,
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<StreamableFile> {
    // Not found, the same as an absent file, unless the actor may read an object that refers to it.
    const file = await this.access.find(this.dataSource.manager, actor, id);
    if (!file) throw DomainError.notFound('File');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    return new StreamableFile(this.storage.read(file.storageKey));
  }
}

export function sanitizeFilename(name: string): string {
  // multer hands over latin1; browsers send UTF-8 bytes.
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  const cleaned = [...decoded]
    .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '_' : c))
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}
