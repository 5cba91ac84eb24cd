// Upload files to a project one by one (a multipart request each) and return their ids; the first
// refusal stops and is reported to the caller (shown under the form's file field).
import { useCallback } from "react";
import { useUploadFile } from "../components/project/fileCommands";
import type { UploadKind } from "../files";

export function useUpload(projectId: string) {
  const [upload, uploading] = useUploadFile();
  const run = useCallback(
    async (kind: UploadKind, files: readonly File[], onError: (message: string) => void): Promise<string[] | null> => {
      const ids: string[] = [];
      for (const file of files) {
        const stored = await upload({ input: { projectId, kind, file, filename: file.name } }, { silent: true, onUserError: (e) => onError(`${file.name}：${e.message}`) });
        if (!stored) return null;
        ids.push(stored.id);
      }
      return ids;
    },
    [projectId, upload],
  );
  return [run, uploading] as const;
}
