// File storage behind one interface (put/get/delete by key), so an S3-style object store can
// replace the local disk without touching the modules that upload and serve files. Keys are
// generated here (uuid + extension): a client's file name never reaches the disk.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../../env.js";

export interface FileStorage {
  /** Store `data` under `key`, replacing anything stored under it. */
  put(key: string, data: Uint8Array): Promise<void>;
  /** The bytes stored under `key`, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Remove `key`; removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}

export const STORAGE_EXTENSIONS = ["jpg", "png", "webp", "pdf"] as const;
export type StorageExtension = (typeof STORAGE_EXTENSIONS)[number];

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|pdf)$/;

/** Is `key` a storage key this module generated (uuid + known extension, nothing else)? */
export const isStorageKey = (key: string) => KEY.test(key);

/** A fresh key: a random uuid and the extension of the sniffed type. */
export const newStorageKey = (ext: StorageExtension) => `${randomUUID()}.${ext}`;

/** Files on local disk under one directory, fanned out by the key's first two characters. */
export class LocalDiskStorage implements FileStorage {
  constructor(readonly dir: string) {}

  private pathOf(key: string) {
    // Keys are checked before they meet the file system: no separators, no "..", no client names.
    if (!isStorageKey(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, data: Uint8Array) {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = `${file}.${randomUUID()}.tmp`;
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  }

  async get(key: string) {
    try {
      return new Uint8Array(await fs.readFile(this.pathOf(key)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async delete(key: string) {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

let current: FileStorage | null = null;

/** The storage in use: LocalDiskStorage on UPLOAD_DIR unless another was installed. */
export function fileStorage(): FileStorage {
  current ??= new LocalDiskStorage(env.UPLOAD_DIR);
  return current;
}

/** Install another storage (an object store, or a temporary directory in tests). */
export function useFileStorage(storage: FileStorage) {
  current = storage;
}
