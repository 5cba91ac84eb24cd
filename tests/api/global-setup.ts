import type { TestProject } from "vitest/node";
import { buildTemplate } from "./template.js";

export default async function setup(project: TestProject) {
  const { id, teardown } = await buildTemplate();
  project.provide("testTemplateId", id);
  return teardown;
}
