// Files of a project: photos and receipts go up as multipart parts (urql sends a File variable
// per the GraphQL multipart request spec); the limits are checked here first and again by the API.

export const LIMITS = {
  PHOTO: { types: ["image/jpeg", "image/png", "image/webp"], maxBytes: 5 * 1024 * 1024 },
  RECEIPT: { types: ["image/jpeg", "image/png", "image/webp", "application/pdf"], maxBytes: 10 * 1024 * 1024 },
} as const;
export type UploadKind = keyof typeof LIMITS;

/** Why the file may not be sent ("type" or "size"), or null when it may. */
export function uploadProblem(kind: UploadKind, file: File): "type" | "size" | null {
  const limit = LIMITS[kind];
  if (!(limit.types as readonly string[]).includes(file.type)) return "type";
  if (file.size > limit.maxBytes) return "size";
  return null;
}
