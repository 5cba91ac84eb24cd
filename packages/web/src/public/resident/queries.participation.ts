// The documents of the resident's participation pages (issue #14 item 3): topics and co-signatures,
// objections, my service tickets, 群众点菜 and the satisfaction survey. Plain strings with their
// answer types; queries.test.ts validates each against the contract. Mutations select __typename
// and the UserError (residentRequest throws it as a ResidentError of kind "user").
import { USER_ERROR } from "./queries";

type Connection<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] };
const PAGE = "totalCount pageInfo { hasNextPage endCursor }";

// ---- topics (议题) and co-signatures (联名) ----
export const TOPIC_CATEGORIES = ["PUBLIC_FACILITIES", "ENVIRONMENT", "SAFETY", "LIVELIHOOD", "CULTURE", "LAND_HOUSING", "COLLECTIVE_ECONOMY", "DISPUTES", "OTHER"] as const;
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];
export type TopicStatus = "SUBMITTED" | "ACCEPTED" | "DECLINED" | "SCHEDULED" | "DELIBERATED" | "RESOLVED" | "ESCALATED" | "DONE";
export interface ResidentTopic {
  id: string;
  title: string;
  description: string;
  category: TopicCategory;
  status: TopicStatus;
  proposerName: string;
  cosignCount: number;
  cosignThreshold: number;
  readyForReview: boolean;
  viewerHasCosigned: boolean;
  proposedByViewer: boolean;
  allowedSteps: string[];
  createdAt: string;
}
const TOPIC_FIELDS = "id title description category status proposerName cosignCount cosignThreshold readyForReview viewerHasCosigned proposedByViewer allowedSteps createdAt";

/** The community's topics still collecting co-signatures (SUBMITTED), oldest first. */
export const OPEN_TOPICS = `query ResidentOpenTopics($c: ID!, $after: String) {
  topics(communityId: $c, status: [SUBMITTED], first: 20, after: $after) { ${PAGE} edges { node { ${TOPIC_FIELDS} } } }
}`;
export type OpenTopicsData = { topics: Connection<ResidentTopic> };

export interface MyTopic extends ResidentTopic {
  declineReason: string | null;
  reviewNote: string | null;
  timeline: { id: string; toStatus: TopicStatus; note: string | null; createdAt: string }[];
}
/** The topics the signed-in resident proposed, with their steps. */
export const MY_TOPICS = `query ResidentMyTopics($c: ID!) {
  topics(communityId: $c, proposedByViewer: true, first: 50) { ${PAGE} edges { node { ${TOPIC_FIELDS} declineReason reviewNote timeline { id toStatus note createdAt } } } }
}`;
export type MyTopicsData = { topics: Connection<MyTopic> };

export const PROPOSE_TOPIC = `mutation ResidentProposeTopic($input: ProposeTopicInput!) {
  proposeTopic(input: $input) { __typename ... on MutationProposeTopicSuccess { data { id title status } } ${USER_ERROR} }
}`;
export type ProposeTopicData = { proposeTopic: { data: { id: string; title: string; status: TopicStatus } } };
export type ProposeTopicVars = { input: { communityId: string; title: string; description: string; category: TopicCategory } };

export const COSIGN_TOPIC = `mutation ResidentCosignTopic($id: ID!) {
  cosignTopic(id: $id) { __typename ... on MutationCosignTopicSuccess { data { id cosignCount readyForReview viewerHasCosigned allowedSteps } } ${USER_ERROR} }
}`;
export type CosignTopicData = { cosignTopic: { data: { id: string; cosignCount: number; readyForReview: boolean; viewerHasCosigned: boolean; allowedSteps: string[] } } };

// ---- objections (异议) ----
export type ObjectionStatus = "PENDING" | "UPHELD" | "DISMISSED";
export interface MyObjection {
  id: string;
  text: string;
  status: ObjectionStatus;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}
const OBJECTION_FIELDS = "id text status answer answeredAt createdAt";
export interface ObjectableNotice {
  id: string;
  title: string;
  content: string;
  endsAt: string;
  status: "PUBLISHED" | "AWAITING_ANSWERS" | "OBJECTION_UPHELD" | "FINAL" | "WITHDRAWN";
  allowedSteps: string[];
  community: { id: string };
  /** The signed-in resident's own objections only (the API limits them). */
  objections: MyObjection[];
}
/** One notice as the signed-in resident reads it: may they object now (allowedSteps OBJECT), and their objections with the answers. */
export const OBJECTION_NOTICE = `query ResidentObjectionNotice($id: ID!) {
  node(id: $id) { __typename ... on Notice { id title content endsAt status allowedSteps community { id } objections { ${OBJECTION_FIELDS} } } }
}`;
export type ObjectionNoticeData = { node: ({ __typename: "Notice" } & ObjectableNotice) | { __typename: string } | null };

export const FILE_OBJECTION = `mutation ResidentFileObjection($input: FileObjectionInput!) {
  fileObjection(input: $input) { __typename ... on MutationFileObjectionSuccess { data { ${OBJECTION_FIELDS} } } ${USER_ERROR} }
}`;
export type FileObjectionData = { fileObjection: { data: MyObjection } };

/** "My objections": the notices the resident objected to, newest first, with their own objections and the answers. */
export const MY_OBJECTIONS = `query ResidentMyObjections($c: ID!, $after: String) {
  notices(communityId: $c, filedByViewer: true, first: 20, after: $after) { ${PAGE} edges { node { id title endsAt status objections { ${OBJECTION_FIELDS} } } } }
}`;
export type MyObjectionsData = { notices: Connection<{ id: string; title: string; endsAt: string; status: ObjectableNotice["status"]; objections: MyObjection[] }> };

// ---- my service tickets (办件) ----
export type TicketStatus = "SUBMITTED" | "ACCEPTED" | "RETURNED" | "COMPLETED" | "REJECTED" | "TRANSFERRED";
export interface MyTicket {
  id: string;
  number: string;
  itemName: string;
  channel: "WINDOW" | "ONLINE" | "PROXY";
  content: string | null;
  status: TicketStatus;
  isClosed: boolean;
  overdue: boolean;
  dueDate: string;
  submittedAt: string;
  closedAt: string | null;
  rejectReason: string | null;
  resultNote: string | null;
  returnedMaterials: string[];
  transferDepartment: string | null;
  transferReply: string | null;
  rating: number | null;
  ratingComment: string | null;
  allowedSteps: string[];
  events: { id: string; kind: string; toStatus: TicketStatus; note: string | null; createdAt: string }[];
}
const TICKET_FIELDS =
  "id number itemName channel content status isClosed overdue dueDate submittedAt closedAt rejectReason resultNote returnedMaterials transferDepartment transferReply rating ratingComment allowedSteps events { id kind toStatus note createdAt }";
/** The resident's own tickets (oldest first from the API; the page shows the newest first). */
export const MY_TICKETS = `query ResidentMyTickets($after: String) {
  myServiceTickets(first: 50, after: $after) { ${PAGE} edges { node { ${TICKET_FIELDS} } } }
}`;
export type MyTicketsData = { myServiceTickets: Connection<MyTicket> };

export interface OnlineItem {
  id: string;
  name: string;
  timeLimitDays: number;
  materials: string[];
  expectedDueDate: string;
}
/** The catalog items residents may submit online. */
export const ONLINE_ITEMS = `query ResidentOnlineItems($c: ID!) {
  serviceCatalog(communityId: $c, onlineAllowed: true, first: 100) { ${PAGE} edges { node { id name timeLimitDays materials expectedDueDate } } }
}`;
export type OnlineItemsData = { serviceCatalog: Connection<OnlineItem> };

export const CREATE_TICKET = `mutation ResidentCreateTicket($input: CreateServiceTicketInput!) {
  createServiceTicket(input: $input) { __typename ... on MutationCreateServiceTicketSuccess { data { id number dueDate } } ${USER_ERROR} }
}`;
export type CreateTicketData = { createServiceTicket: { data: { id: string; number: string; dueDate: string } } };

export const RATE_TICKET = `mutation ResidentRateTicket($id: ID!, $input: RateServiceTicketInput!) {
  rateServiceTicket(id: $id, input: $input) { __typename ... on MutationRateServiceTicketSuccess { data { id rating ratingComment allowedSteps } } ${USER_ERROR} }
}`;
export type RateTicketData = { rateServiceTicket: { data: { id: string; rating: number; ratingComment: string | null; allowedSteps: string[] } } };

// ---- 群众点菜: project requests ----
export const PROJECT_TYPES = `query ResidentProjectTypes($c: ID!) {
  projectTypes(communityId: $c, first: 50) { ${PAGE} edges { node { id name description } } }
}`;
export type ProjectTypesData = { projectTypes: Connection<{ id: string; name: string; description: string | null }> };

export type ProjectStatus = "PROPOSED" | "DELIBERATING" | "APPROVED" | "IN_PROGRESS" | "COMPLETED" | "EVALUATED" | "CANCELLED";
export interface MyRequest {
  id: string;
  title: string;
  status: ProjectStatus;
  requestText: string | null;
  createdAt: string;
  cancelReason: string | null;
  isPublic: boolean;
  type: { name: string };
}
export const MY_REQUESTS = `query ResidentMyRequests($c: ID!) {
  projects(communityId: $c, requestedByViewer: true, first: 50) { ${PAGE} edges { node { id title status requestText createdAt cancelReason isPublic type { name } } } }
}`;
export type MyRequestsData = { projects: Connection<MyRequest> };

export const REQUEST_PROJECT = `mutation ResidentRequestProject($input: RequestProjectInput!) {
  requestProject(input: $input) { __typename ... on MutationRequestProjectSuccess { data { id title status } } ${USER_ERROR} }
}`;
export type RequestProjectData = { requestProject: { data: { id: string; title: string; status: ProjectStatus } } };

// ---- the satisfaction survey (满意度评价) ----
export interface SurveyProject {
  id: string;
  title: string;
  status: ProjectStatus;
  surveyOpen: boolean;
  community: { id: string };
  viewerSurveyResponse: { score: number; comment: string | null; createdAt: string } | null;
  satisfaction: { responseCount: number; averageScore: number | null };
}
export const SURVEY_PROJECT = `query ResidentSurveyProject($id: ID!) {
  node(id: $id) { __typename ... on Project { id title status surveyOpen community { id } viewerSurveyResponse { score comment createdAt } satisfaction { responseCount averageScore } } }
}`;
export type SurveyProjectData = { node: ({ __typename: "Project" } & SurveyProject) | { __typename: string } | null };

export const ANSWER_SURVEY = `mutation ResidentAnswerSurvey($input: AnswerProjectSurveyInput!) {
  answerProjectSurvey(input: $input) { __typename ... on MutationAnswerProjectSurveySuccess { data { id score comment createdAt } } ${USER_ERROR} }
}`;
export type AnswerSurveyData = { answerProjectSurvey: { data: { id: string; score: number; comment: string | null; createdAt: string } } };
