// Notice mutations: thin, they call the service. There is no update: a published notice never changes.
import { builder } from "../../builder.js";
import { ObjectionDecisionEnum } from "./notice.type.js";
import { answerObjection, fileObjection, publishNotice, withdrawNotice } from "./notice.service.js";
import { reload } from "../../shared/reload.js";

const PublishNoticeInput = builder.inputType("PublishNoticeInput", {
  description: 'A free-standing announcement (subjectType "Announcement"). Topic stages and charters have their own publish mutations.',
  fields: (t) => ({ communityId: t.id(), title: t.string(), content: t.string(), periodDays: t.int({ required: false, description: "Default 7, at most 90." }) }),
});
const WithdrawNoticeInput = builder.inputType("WithdrawNoticeInput", { fields: (t) => ({ reason: t.string({ description: "Public, shown with the notice." }) }) });
const FileObjectionInput = builder.inputType("FileObjectionInput", {
  description: "Through an app acting for a resident of the community (the resident files; filerName is taken from the resident), or recorded by staff for a person who came in (filerName required).",
  fields: (t) => ({
    noticeId: t.id(),
    text: t.string(),
    filerName: t.string({ required: false }),
    filerContact: t.string({ required: false, description: "How to reach the filer (phone); shown only to those who answer." }),
  }),
});
const AnswerObjectionInput = builder.inputType("AnswerObjectionInput", {
  fields: (t) => ({ decision: t.field({ type: ObjectionDecisionEnum }), reason: t.string() }),
});

builder.mutationFields((t) => ({
  publishNotice: t.prismaField({
    type: "Notice",
    description: "Publish an announcement (公告) for a period. Needs notice:publish.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PublishNoticeInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "notice", q, publishNotice(ctx, input)),
  }),
  withdrawNotice: t.prismaField({
    type: "Notice",
    description: "Withdraw a notice with a public reason. The only change a published notice ever takes. Needs notice:publish.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: WithdrawNoticeInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "notice", q, withdrawNotice(ctx, id, input)),
  }),
  fileObjection: t.prismaField({
    type: "NoticeObjection",
    description: "File an objection (异议) during the notice period; refused after it. Needs notice:object.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: FileObjectionInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "noticeObjection", q, fileObjection(ctx, input)),
  }),
  answerObjection: t.prismaField({
    type: "NoticeObjection",
    description: "Answer a pending objection: UPHELD (the notice will not become final) or DISMISSED, with the reason. Needs notice:answer.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: AnswerObjectionInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "noticeObjection", q, answerObjection(ctx, id, input)),
  }),
}));
