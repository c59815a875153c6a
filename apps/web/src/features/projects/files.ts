import {
  accessTokenExpiresSoon,
  currentAccessToken,
  readRefreshToken,
  refreshSession,
} from '../identity/session-store';

/** A stored file as `POST /files` answers it. */
export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

/** A refused upload or download, with the server's own message. */
export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly serverMessage: string | undefined,
  ) {
    super(message);
  }
}

async function bearer(): Promise<Record<string, string>> {
  if (accessTokenExpiresSoon() && readRefreshToken()) await refreshSession();
  const token = currentAccessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function serverMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown }; message?: unknown };
    const message = body.error?.message ?? body.message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
  } catch {
    // not JSON
  }
  return undefined;
}

/** Fetch with the session's bearer token; retries once after a refresh when the token was refused. */
async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  let response = await fetch(url, { ...init, headers: { ...(await bearer()), ...init.headers } });
  if (response.status === 401 && readRefreshToken() && (await refreshSession()))
    response = await fetch(url, { ...init, headers: { ...(await bearer()), ...init.headers } });
  return response;
}

/** Uploads a file (multipart field `file`); rejects with FileRequestError carrying the server's reason. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await authorizedFetch('/files', { method: 'POST', body });
  if (!response.ok)
    throw new FileRequestError(
      `upload refused (${response.status})`,
      response.status,
      await serverMessage(response),
    );
  return (await response.json()) as UploadedFile;
}

/** Downloads a stored file with the bearer token and hands it to the browser as a download. */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const response = await authorizedFetch(url);
  if (!response.ok)
    throw new FileRequestError(
      `download refused (${response.status})`,
      response.status,
      await serverMessage(response),
    );
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
