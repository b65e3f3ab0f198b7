// Publishing straight to the unit's WebDAV folder (#16): the bank file (and its signature)
// uploaded as `juku-bank.json` (+ `.sig`), where subscribers to the folder find it. The
// upload never replaces a file this browser did not put there unnoticed: it goes with
// If-Match on the version this browser uploaded last, or If-None-Match: * the first time;
// a 412 is refused with a message, and the writer may say to overwrite.
import type { JukuDatabase } from '../db';
import { BankInputError } from '../bank/limits';
import type { Validators } from './fetch-bank';
import { publish, type Publication, type PublishChoice } from './publish';
import { BANK_FILE_NAME, authHeaders, ensureFolder, uploadFile, validatorsAfterUpload, WebDavError, type Account, type DavOptions } from './webdav';

export type PublishTarget = { folder: string; validators: Validators; lastUploadAt?: number };

const TARGET_KEY = 'publishTarget';

export async function getPublishTarget(db: JukuDatabase): Promise<PublishTarget | undefined> {
  return (await db.settings.get(TARGET_KEY))?.value as PublishTarget | undefined;
}

export type Upload = Publication & { uploadedTo: string };

export async function publishToFolder(
  db: JukuDatabase,
  choice: PublishChoice,
  sign: boolean,
  target: { folder: URL; account?: Account; overwrite: boolean },
  options: Omit<DavOptions, 'account'> & { now?: number } = {},
): Promise<Upload> {
  const made = await publish(db, choice, sign);
  const dav = { ...options, account: target.account };
  const fileUrl = new URL(BANK_FILE_NAME, target.folder).href;
  const kept = await getPublishTarget(db);
  const condition = target.overwrite ? 'any' : kept?.folder === target.folder.href && (kept.validators.etag || kept.validators.lastModified) ? kept.validators : 'absent';
  const bytes = new TextEncoder().encode(made.text);
  try {
    await ensureFolder(target.folder, dav);
    const upload = await uploadFile(fileUrl, bytes, condition, dav);
    if (upload.kind === 'conflict') {
      throw new BankInputError({
        zh: `服务器上的 ${BANK_FILE_NAME} 不是本浏览器上次上传的版本（有人改过或另行上传过），未上传。确认可以替换后，勾选「覆盖服务器上的文件」再发布。`,
        en: `${BANK_FILE_NAME} on the server is not the version this browser uploaded last (someone changed or replaced it); nothing was uploaded. To replace it, tick “Overwrite the file on the server” and publish again.`,
      });
    }
    // The signature goes after the file it signs: a subscriber reading between the two finds
    // a mismatch and keeps its last copy, never takes an unsigned file.
    if (made.signature) await uploadFile(`${fileUrl}.sig`, new TextEncoder().encode(made.signature), 'any', { ...dav, contentType: 'text/plain; charset=utf-8' });
    const validators = await validatorsAfterUpload(fileUrl, bytes, upload.etag, { ...options, headers: authHeaders(target.account) });
    await db.settings.put({ key: TARGET_KEY, value: { folder: target.folder.href, validators, lastUploadAt: options.now ?? Date.now() } satisfies PublishTarget });
    return { ...made, uploadedTo: fileUrl };
  } catch (error) {
    if (error instanceof WebDavError) throw new BankInputError({ zh: `上传失败：${error.text.zh}`, en: `Upload failed: ${error.text.en}` });
    throw error;
  }
}
