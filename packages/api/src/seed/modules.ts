// Each capability's demo data, run in the seed's transaction after the places and people exist.
// A capability adds its seeder here (one import, one entry); seeders find communities by name.
import type { Prisma } from "../db.js";
import { seedActivity } from "./activity.js";
import { seedDeliberation } from "./deliberation.js";
import { seedProjects } from "./projects.js";
import { seedServiceComplex } from "./service-complex.js";
import { seedVolunteering } from "./volunteering.js";

export type ModuleSeed = (tx: Prisma.TransactionClient, now: Date) => Promise<void>;

export const MODULE_SEEDS: ModuleSeed[] = [
  // deliberation + notices
  seedDeliberation,
  // service-complex
  seedServiceComplex,
  // projects (before volunteering: activities done for a project name it)
  seedProjects,
  // volunteering + points
  seedVolunteering,
  // everyday activity in every other community (for the cockpit's comparisons), last
  seedActivity,
];
