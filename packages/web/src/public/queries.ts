// The documents the public pages send: anonymous queries only (see packages/schema/schema.graphql;
// queries.test.ts validates each against it). Kept as plain strings with their answer types so the
// public bundle carries no GraphQL client.

export interface PublicCommunity {
  id: string;
  code: string | null;
  name: string;
  kind: "URBAN" | "RURAL";
  address: string | null;
  streetName: string;
  streetCode: string | null;
  districtName: string | null;
  districtCode: string | null;
}
const COMMUNITY_FIELDS = "id code name kind address streetName streetCode districtName districtCode";

export const COMMUNITY = `query PublicCommunity($code: String!) { publicCommunity(code: $code) { ${COMMUNITY_FIELDS} } }`;
export type CommunityData = { publicCommunity: PublicCommunity | null };

export type NoticeStatus = "PUBLISHED" | "AWAITING_ANSWERS" | "OBJECTION_UPHELD" | "FINAL" | "WITHDRAWN";
export interface PublicNotice {
  id: string;
  title: string;
  content: string;
  subjectType: string;
  subjectId: string | null;
  stage: string | null;
  periodDays: number;
  publishedAt: string;
  endsAt: string;
  status: NoticeStatus;
  finalAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  objectionCount: number;
  pendingObjectionCount: number;
  upheldObjectionCount: number;
  answers: { status: "PENDING" | "UPHELD" | "DISMISSED"; answer: string | null; answeredAt: string | null }[];
}
const NOTICE_FIELDS =
  "id title content subjectType subjectId stage periodDays publishedAt endsAt status finalAt withdrawnAt withdrawReason objectionCount pendingObjectionCount upheldObjectionCount answers { status answer answeredAt }";

/** Notices of one kind (subjectType), or every kind; newest first. */
export const NOTICES = `query PublicNotices($c: ID!, $subjectType: String, $after: String) {
  publicNotices(communityId: $c, subjectType: $subjectType, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NOTICE_FIELDS} } } }
}`;
export type NoticesData = { publicNotices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: PublicNotice }[] } };

export interface PublicProject {
  id: string;
  title: string;
  description: string;
  typeName: string;
  status: string;
  percentComplete: number;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  organizationName: string | null;
  volunteerMinutes: number;
  committeeScore: number | null;
  committeeComment: string | null;
  completionSummary: string | null;
  budget: { budgetFen: number; spentFen: number; receivedSponsorshipFen: number };
  milestones: { title: string; plannedEndOn: string; completedOn: string | null; overdue: boolean }[];
  updates: { text: string; percentComplete: number; createdAt: string; photos: { url: string }[] }[];
  satisfaction: { responseCount: number; averageScore: number | null };
  /** The residents' satisfaction survey is open (signed-in residents answer it on the resident side). */
  surveyOpen: boolean;
}
export const PROJECTS = `query PublicProjects($c: ID!, $after: String) {
  publicProjects(communityId: $c, first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id title description typeName status percentComplete plannedStartOn plannedEndOn organizationName volunteerMinutes committeeScore committeeComment completionSummary
    budget { budgetFen spentFen receivedSponsorshipFen }
    milestones { title plannedEndOn completedOn overdue }
    updates(last: 3) { text percentComplete createdAt photos { url } }
    satisfaction { responseCount averageScore } surveyOpen
  } } }
}`;
export type ProjectsData = { publicProjects: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: PublicProject }[] } };

export const RULES = `query PublicRules($c: ID!) {
  publicCharter(communityId: $c) { title version body adoptedOn committeeName }
  publicConsultationClauses(communityId: $c) { kind number label text }
}`;
export type RulesData = {
  publicCharter: { title: string; version: number; body: string; adoptedOn: string | null; committeeName: string } | null;
  publicConsultationClauses: { kind: "MUST" | "MUST_NOT"; number: number; label: string; text: string }[];
};

export const SERVICES = `query PublicServices($c: ID!) {
  publicServiceComplex(communityId: $c) { name address phone hoursNote openingHours { weekday opens closes } windows { name number kind } }
  publicServiceItems(communityId: $c) { code name category windowKind materials timeLimitDays onlineAllowed proxyAllowed description }
}`;
export type WindowKind = "PARTY_SERVICE" | "CIVIL_AFFAIRS" | "SOCIAL_SECURITY" | "FAMILY_PLANNING" | "COMPREHENSIVE_GOVERNANCE" | "MEDIATION" | "PROXY_SERVICE" | "GENERAL";
export type ServicesData = {
  publicServiceComplex: {
    name: string;
    address: string;
    phone: string | null;
    hoursNote: string | null;
    openingHours: { weekday: number; opens: string; closes: string }[];
    windows: { name: string; number: string | null; kind: WindowKind }[];
  } | null;
  publicServiceItems: {
    code: string | null;
    name: string;
    category: "BASIC" | "ENHANCED" | "CONVENIENCE";
    windowKind: WindowKind;
    materials: string[];
    timeLimitDays: number;
    onlineAllowed: boolean;
    proxyAllowed: boolean;
    description: string | null;
  }[];
};

export const ACTIVITIES = `query PublicActivities($c: ID!) {
  publicVolunteerActivities(communityId: $c) { title description place startsAt endsAt capacity confirmedCount requiredSkills phase teamName projectTitle }
}`;
export type ActivitiesData = {
  publicVolunteerActivities: {
    title: string;
    description: string | null;
    place: string;
    startsAt: string;
    endsAt: string;
    capacity: number;
    confirmedCount: number;
    requiredSkills: string[];
    phase: "UPCOMING" | "ONGOING" | "ENDED";
    teamName: string | null;
    projectTitle: string | null;
  }[];
};

export const REGION = `query PublicRegion($code: String!) {
  publicRegion(code: $code) { code name kind parentName parentCode communities { name code kind } streets { name code communities { name code kind } } }
}`;
type CommunityLink = { name: string; code: string | null; kind: "URBAN" | "RURAL" };
export type RegionData = {
  publicRegion: {
    code: string | null;
    name: string;
    kind: "DISTRICT" | "STREET";
    parentName: string | null;
    parentCode: string | null;
    communities: CommunityLink[];
    streets: { name: string; code: string | null; communities: CommunityLink[] }[];
  } | null;
};

/** Every document, for queries.test.ts. */
export const DOCUMENTS = { COMMUNITY, NOTICES, PROJECTS, RULES, SERVICES, ACTIVITIES, REGION };
