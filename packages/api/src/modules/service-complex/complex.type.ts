// The complex (党群服务综合体), its rooms and windows: types and read fields.
import { builder } from "../../builder.js";
import { can, communityScope } from "../../shared/authz.js";
import { parseId } from "../../shared/ids.js";
import { ServiceRoomKindEnum, ServiceRoomStepEnum, ServiceWindowKindEnum, ServiceWindowStepEnum } from "./enums.type.js";
import { ROOM_STEPS, WINDOW_STEPS } from "./complex.rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { actsForResident } from "../../shared/actor.js";

interface OpeningPeriod {
  weekday: number;
  opens: string;
  closes: string;
}

const OpeningPeriodRef = builder.objectRef<OpeningPeriod>("OpeningPeriod").implement({
  description: "One opening period on one weekday (China time). A day may have several periods (morning, afternoon).",
  fields: (t) => ({
    weekday: t.exposeInt("weekday", { description: "ISO weekday: 1 = Monday … 7 = Sunday." }),
    opens: t.exposeString("opens", { description: "HH:MM" }),
    closes: t.exposeString("closes", { description: "HH:MM" }),
  }),
});

export const OpeningPeriodInput = builder.inputType("OpeningPeriodInput", {
  fields: (t) => ({
    weekday: t.int({ description: "ISO weekday: 1 = Monday … 7 = Sunday." }),
    opens: t.string({ description: "HH:MM, e.g. 08:30" }),
    closes: t.string({ description: "HH:MM, later than opens" }),
  }),
});

builder.prismaNode("ServiceComplex", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "党群服务综合体: a community's one-stop service centre (一窗口办理) with its rooms and windows.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "service:read") }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "e.g. 直冲村党群服务中心" }),
    address: t.exposeString("address"),
    phone: t.exposeString("phone", { nullable: true, description: "The centre's public service number." }),
    description: t.exposeString("description", { nullable: true }),
    openingHours: t.field({
      type: [OpeningPeriodRef],
      description: "Opening periods per weekday, sorted by weekday and time. Statutory holidays follow hoursNote.",
      select: { openingHours: true },
      resolve: (c) =>
        ((c.openingHours as unknown as OpeningPeriod[]) ?? []).slice().sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    }),
    hoursNote: t.exposeString("hoursNote", { nullable: true, description: "Free text about hours, e.g. 法定节假日休息，调休上班日照常开放." }),
    community: t.relation("community"),
    rooms: t.relation("rooms", {
      description: "Rooms, by name; inactive (停用) ones only when includeInactive.",
      args: { includeInactive: t.arg.boolean({ required: false, defaultValue: false }) },
      query: (args) => ({ where: args.includeInactive ? {} : { active: true }, orderBy: { name: "asc" } }),
    }),
    windows: t.relation("windows", {
      description: "Service windows, by number then name; inactive ones only when includeInactive.",
      args: { includeInactive: t.arg.boolean({ required: false, defaultValue: false }) },
      query: (args) => ({ where: args.includeInactive ? {} : { active: true }, orderBy: [{ number: "asc" }, { name: "asc" }] }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("ServiceRoom", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A room of the complex (会议室, 议事厅, 活动室 …). Book it with createRoomBooking; see roomBookings for its calendar.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "service:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: ServiceRoomKindEnum }),
    capacity: t.exposeInt("capacity", { description: "How many people it seats." }),
    bookableByResidents: t.exposeBoolean("bookableByResidents", { description: "Residents may book it themselves through an app." }),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active", { description: "false: 停用, cannot be booked." }),
    allowedSteps: t.field({
      type: [ServiceRoomStepEnum],
      description: "The steps the viewer may take now (updateServiceRoom, with service:manage): EDIT, and DEACTIVATE while active or ACTIVATE while not.",
      select: { active: true, communityId: true },
      resolve: (r, _a, ctx) => allowedStepsFor(ctx, r.communityId, ROOM_STEPS, r),
    }),
    complex: t.relation("complex"),
    community: t.relation("community"),
  }),
});

builder.prismaNode("ServiceWindow", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "窗口: a service window of the complex (党群服务, 民政救助 …), staffed by clerks. Tickets are routed to the window of their item's kind.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "service:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: ServiceWindowKindEnum }),
    number: t.exposeString("number", { nullable: true, description: "The number shown above the window." }),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active"),
    allowedSteps: t.field({
      type: [ServiceWindowStepEnum],
      description: "The steps the viewer may take now (updateServiceWindow, with service:manage): EDIT, and DEACTIVATE while active or ACTIVATE while not.",
      select: { active: true, communityId: true },
      resolve: (w, _a, ctx) => allowedStepsFor(ctx, w.communityId, WINDOW_STEPS, w),
    }),
    complex: t.relation("complex"),
    community: t.relation("community"),
    clerkNames: t.stringList({
      description: "Display names of the clerks staffing the window.",
      select: { clerks: { select: { account: { select: { displayName: true } } }, orderBy: { createdAt: "asc" } } },
      resolve: (w) => w.clerks.map((c) => c.account.displayName),
    }),
    clerks: t.prismaField({
      type: ["Account"],
      description: "The clerks' accounts (set them with setServiceWindowClerks). Empty for API clients.",
      select: { id: true },
      resolve: (query, w, _a, ctx) =>
        ctx.actor.kind === "account" ? ctx.prisma.account.findMany({ ...query, where: { serviceWindowClerks: { some: { windowId: w.id } } }, orderBy: { username: "asc" } }) : [],
    }),
    viewerIsClerk: t.boolean({
      description: "The signed-in account staffs this window (its queue is the viewer's).",
      select: { clerks: { select: { accountId: true } } },
      resolve: (w, _a, ctx) => ctx.actor.kind === "account" && w.clerks.some((c) => c.accountId === (ctx.actor as { accountId: string }).accountId),
    }),
    openTicketCount: t.int({
      nullable: true,
      description: "Open tickets routed to this window; null when the viewer may not read tickets here.",
      select: { id: true, communityId: true },
      resolve: async (w, _a, ctx) =>
        (await can(ctx, "ticket:read", w.communityId)) && !actsForResident(ctx)
          ? ctx.prisma.serviceTicket.count({ where: { windowId: w.id, closedAt: null } })
          : null,
    }),
  }),
});

builder.prismaObjectField("Community", "serviceComplex", (t) =>
  t.prismaField({
    type: "ServiceComplex",
    nullable: true,
    description: "The community's 党群服务综合体 (null when it has none or the viewer may not read it).",
    select: { id: true },
    resolve: async (query, c, _a, ctx) =>
      (await can(ctx, "service:read", c.id)) ? ctx.prisma.serviceComplex.findUnique({ ...query, where: { communityId: c.id } }) : null,
  }),
);

builder.queryFields((t) => ({
  serviceComplex: t.prismaField({
    type: "ServiceComplex",
    nullable: true,
    description: "The 党群服务综合体 of a community; null when it has none or the viewer holds no service:read there.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.serviceComplex.findFirst({
        ...query,
        where: { communityId: parseId("communityId", args.communityId, "Community"), community: communityScope(ctx, "service:read") },
      }),
  }),
}));

const PublicWindowRef = builder.prismaObject("ServiceWindow", {
  select: { id: true },
  variant: "PublicServiceWindow",
  fields: (t) => ({
    name: t.exposeString("name"),
    number: t.exposeString("number", { nullable: true }),
    kind: t.expose("kind", { type: ServiceWindowKindEnum }),
  }),
});

const PublicComplexRef = builder.prismaObject("ServiceComplex", {
  select: { id: true },
  variant: "PublicServiceComplex",
  description: "The community's service centre as anyone may read it without signing in: where, when, which windows (no clerks).",
  fields: (t) => ({
    name: t.exposeString("name"),
    address: t.exposeString("address"),
    phone: t.exposeString("phone", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    openingHours: t.field({
      type: [OpeningPeriodRef],
      select: { openingHours: true },
      resolve: (c) => ((c.openingHours as unknown as OpeningPeriod[]) ?? []).slice().sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    }),
    hoursNote: t.exposeString("hoursNote", { nullable: true }),
    windows: t.relation("windows", { type: PublicWindowRef, description: "Active windows, by number then name.", query: { where: { active: true }, orderBy: [{ number: "asc" }, { name: "asc" }] } }),
  }),
});

builder.queryFields((t) => ({
  publicServiceComplex: t.prismaField({
    type: PublicComplexRef,
    nullable: true,
    description: "The community's service centre (党群服务综合体): address, opening hours, windows; null when it has none. Public: no sign-in needed.",
    args: { communityId: t.arg.id() },
    resolve: (query, _r, args, ctx) => ctx.prisma.serviceComplex.findUnique({ ...query, where: { communityId: parseId("communityId", args.communityId, "Community") } }),
  }),
}));
