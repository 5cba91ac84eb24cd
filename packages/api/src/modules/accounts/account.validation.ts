import { z } from "zod";

export const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, "用户名为3-32位小写字母、数字、_ . -，以字母开头 (lowercase letters, digits, _ . -)");
export const password = z.string().min(8, "密码至少8位 (at least 8 characters)").max(128, "密码最多128位");
export const displayName = z.string().trim().min(1, "不能为空 (required)").max(40, "不能超过40个字");
export const role = z.enum(["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER"]);

export const createAccountInput = z.object({ username, displayName, password });
export const updateAccountInput = z.object({ displayName: displayName.optional(), disabled: z.boolean().optional() });
export const apiClientInput = z.object({
  name: z.string().trim().min(1, "不能为空 (required)").max(60),
  communityIds: z.array(z.string()).min(1, "至少选择一个社区 (at least one community)").max(100),
  actions: z.array(z.string()).min(1, "至少选择一个权限 (at least one action)"),
});
