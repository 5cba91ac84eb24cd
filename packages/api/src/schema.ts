// Imports every module, then builds the schema. Nothing else.
import { builder } from "./builder.js";
import { shortcutTotalCounts } from "./shared/totalCount.js";
import "./shared/errors.type.js";
import "./shared/excel.type.js";
import "./modules/community/region.type.js";
import "./modules/community/community.type.js";
import "./modules/community/community.mutations.js";
import "./modules/community/grid.type.js";
import "./modules/community/household.type.js";
import "./modules/community/resident.type.js";
import "./modules/community/places.mutations.js";
import "./modules/community/organization.type.js";
import "./modules/community/organization.mutations.js";
import "./modules/community/public.type.js";
import "./modules/accounts/account.type.js";
import "./modules/accounts/account.mutations.js";
import "./modules/accounts/residentAuth.type.js";
import "./modules/audit/audit.type.js";
// deliberation + notices
import "./modules/deliberation/enums.type.js";
import "./modules/deliberation/committee.type.js";
import "./modules/deliberation/topic.type.js";
import "./modules/deliberation/meeting.type.js";
import "./modules/deliberation/vote.type.js";
import "./modules/deliberation/resolution.type.js";
import "./modules/deliberation/committee.mutations.js";
import "./modules/deliberation/topic.mutations.js";
import "./modules/deliberation/meeting.mutations.js";
import "./modules/deliberation/resolution.mutations.js";
import "./modules/notices/notice.type.js";
import "./modules/notices/notice.mutations.js";
// service-complex
import "./modules/service-complex/enums.type.js";
import "./modules/service-complex/complex.type.js";
import "./modules/service-complex/complex.mutations.js";
import "./modules/service-complex/catalog.type.js";
import "./modules/service-complex/catalog.mutations.js";
import "./modules/service-complex/ticket.type.js";
import "./modules/service-complex/ticket.mutations.js";
import "./modules/service-complex/booking.type.js";
import "./modules/service-complex/booking.mutations.js";
import "./modules/service-complex/visit.type.js";
import "./modules/service-complex/calendar.type.js";
import "./modules/service-complex/report.type.js";

// volunteering + points
import "./modules/points/enums.type.js";
import "./modules/points/rule.type.js";
import "./modules/points/rule.mutations.js";
import "./modules/points/account.type.js";
import "./modules/points/claim.type.js";
import "./modules/points/claim.mutations.js";
import "./modules/points/store.type.js";
import "./modules/points/store.mutations.js";
import "./modules/points/ranking.type.js";
import "./modules/volunteering/enums.type.js";
import "./modules/volunteering/committee.type.js";
import "./modules/volunteering/volunteer.type.js";
import "./modules/volunteering/committee.mutations.js";
import "./modules/volunteering/activity.type.js";
import "./modules/volunteering/signup.type.js";
import "./modules/volunteering/activity.mutations.js";
// projects
import "./shared/files/file.scalar.js";
import "./modules/projects/enums.type.js";
import "./modules/projects/project.type.js";
import "./modules/projects/plan.type.js";
import "./modules/projects/money.type.js";
import "./modules/projects/need.type.js";
import "./modules/projects/timeline.type.js";
import "./modules/projects/evaluation.type.js";
import "./modules/projects/project.fields.js";
import "./modules/projects/public.type.js";
import "./modules/projects/portfolio.type.js";
import "./modules/projects/project.mutations.js";
import "./modules/projects/plan.mutations.js";
import "./modules/projects/money.mutations.js";
import "./modules/projects/need.mutations.js";
// indicators (the cockpit and the workbench)
import "./modules/indicators/indicators.type.js";
import "./modules/indicators/workbench.type.js";
import "./modules/indicators/indicators.export.type.js";

export const schema = shortcutTotalCounts(builder.toSchema({ sortSchema: true }));
