import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';

/** A folder the service writes to, with the setting that names it (for the error message). */
export interface ServiceFolder {
  dir: string;
  setting: string;
}

/**
 * Checks at start that the service can create and remove files in each folder, by doing it: a mode
 * check says nothing for root, nothing for a read-only or foreign-owned bind mount, and nothing for an
 * immutable folder. A folder that fails stops start-up by name, before a file could be imported and
 * then never moved out of the inbox.
 */
export function assertWritableFolders(folders: ServiceFolder[]): void {
  for (const { dir, setting } of folders) {
    const probe = path.join(dir, `.shixian-write-probe-${process.pid}`);
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(probe, '', { flag: 'wx' });
      fs.unlinkSync(probe);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      const user = process.getuid ? `uid ${process.getuid()}` : '当前用户';
      throw new InputError(`${setting}: 文件夹 ${dir} 不可写(${code}):运行服务的用户(${user})须能在其中创建和删除文件`);
    }
  }
}
