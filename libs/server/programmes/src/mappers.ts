import { ConnectionShape, StoredFile } from '@sixcan/server-core';
import { FileRefModel } from './graphql-types';

export const mapConnection = <A, B>(c: ConnectionShape<A>, map: (a: A) => B): ConnectionShape<B> => ({
  ...c,
  edges: c.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
});

export const toFileRef = (f: StoredFile): FileRefModel => ({
  id: f.id,
  filename: f.filename,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  url: `/files/${f.id}`,
});
