// Imports every module, then builds the schema. Nothing else.
import { builder } from "./builder.js";
import "./shared/errors.type.js";
import "./modules/community/region.type.js";
import "./modules/community/community.type.js";
import "./modules/community/community.mutations.js";
import "./modules/community/grid.type.js";
import "./modules/community/household.type.js";
import "./modules/community/resident.type.js";
import "./modules/community/places.mutations.js";
import "./modules/community/organization.type.js";
import "./modules/community/organization.mutations.js";
import "./modules/accounts/account.type.js";
import "./modules/accounts/account.mutations.js";
import "./modules/audit/audit.type.js";
// deliberation + notices
// service-complex

export const schema = builder.toSchema({ sortSchema: true });
