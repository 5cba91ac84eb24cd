// 我的办件 (/c/<code>/me/tickets): the resident's own service tickets, newest first, each with its
// status, promised day, the outcome and its history; 评价 a closed one once (where the server
// allows it: allowedSteps RATE); and 网上办理: submit a new ticket for an item that may be done
// online.
import { useMemo, useState, type FormEvent } from "react";
import { day, dayTime } from "../../format";
import { useT } from "../../i18n";
import { Badge, Empty, Loaded } from "../../ui";
import { useResidentMutation, useResidentQuery } from "../api";
import {
  CREATE_TICKET,
  MY_TICKETS,
  ONLINE_ITEMS,
  RATE_TICKET,
  type CreateTicketData,
  type MyTicket,
  type MyTicketsData,
  type OnlineItemsData,
  type RateTicketData,
  type TicketStatus,
} from "../queries.participation";
import { RequireResident, useResidentSession } from "../session";
import { ErrorNote, Notice } from "../ui";
import { MoreButton, PageHead, Paged, ScorePicker, TextArea } from "./parts";

const TONE: Record<TicketStatus, "green" | "blue" | "orange" | "red" | "gray"> = { SUBMITTED: "orange", ACCEPTED: "blue", RETURNED: "red", COMPLETED: "green", REJECTED: "gray", TRANSFERRED: "blue" };

export function TicketsPage({ code }: { code: string }) {
  return (
    <RequireResident code={code}>
      <Tickets />
    </RequireResident>
  );
}

function Tickets() {
  const { t } = useT();
  const communityId = useResidentSession().resident!.communityId;
  const [epoch, setEpoch] = useState(0);
  return (
    <>
      <PageHead title={t("resident.tickets.title")} intro={t("resident.tickets.intro")} />
      <NewTicket communityId={communityId} onCreated={() => setEpoch((e) => e + 1)} />
      <h2 className="subsection-title">{t("resident.tickets.mine")}</h2>
      <Paged key={epoch} page={(after, last, onMore) => <TicketPage after={after} last={last} onMore={onMore} />} />
    </>
  );
}

function TicketPage({ after, last, onMore }: { after: string | null; last: boolean; onMore: (c: string) => void }) {
  const state = useResidentQuery<MyTicketsData>(MY_TICKETS, { after });
  return (
    <Loaded state={state}>
      {(d) => (
        <>
          {after === null && d.myServiceTickets.totalCount === 0 && <Empty />}
          {[...d.myServiceTickets.edges].reverse().map(({ node }) => (
            <Ticket key={node.id} ticket={node} />
          ))}
          {last && d.myServiceTickets.pageInfo.hasNextPage && d.myServiceTickets.pageInfo.endCursor && <MoreButton onClick={() => onMore(d.myServiceTickets.pageInfo.endCursor!)} />}
        </>
      )}
    </Loaded>
  );
}

function Ticket({ ticket: initial }: { ticket: MyTicket }) {
  const { t, lng } = useT();
  const [ticket, setTicket] = useState(initial);
  return (
    <article className="card" aria-label={ticket.itemName}>
      <div className="card-head">
        <h3 className="card-title">{ticket.itemName}</h3>
        <Badge tone={TONE[ticket.status]}>{t(`resident.enums.ServiceTicketStatus.${ticket.status}`)}</Badge>
      </div>
      <p className="muted">
        {t("resident.tickets.number", { number: ticket.number })} · {t(`resident.enums.ServiceTicketChannel.${ticket.channel}`)} · {t("resident.tickets.submitted", { date: day(lng, ticket.submittedAt) })}
      </p>
      {!ticket.isClosed && (
        <p>
          {t("resident.tickets.due", { date: day(lng, ticket.dueDate) })} {ticket.overdue && <Badge tone="red">{t("resident.tickets.overdue")}</Badge>}
        </p>
      )}
      {ticket.content && <p>{ticket.content}</p>}
      {ticket.status === "RETURNED" && ticket.returnedMaterials.length > 0 && (
        <div className="answer-box upheld">
          <p className="label">{t("resident.tickets.returned")}</p>
          <ul>
            {ticket.returnedMaterials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {ticket.resultNote && <div className="answer-box">{t("resident.tickets.result", { note: ticket.resultNote })}</div>}
      {ticket.rejectReason && <div className="answer-box upheld">{t("resident.tickets.rejected", { reason: ticket.rejectReason })}</div>}
      {ticket.transferDepartment && (
        <div className="answer-box">
          {t("resident.tickets.transferred", { department: ticket.transferDepartment })}
          {ticket.transferReply && <> {t("resident.tickets.transferReply", { reply: ticket.transferReply })}</>}
        </div>
      )}
      <details>
        <summary>{t("resident.tickets.history")}</summary>
        <ol className="timeline">
          {ticket.events.map((e) => (
            <li key={e.id}>
              <span className="when">{dayTime(lng, e.createdAt)}</span> {t(`resident.enums.ServiceTicketEventKind.${e.kind}`)}
              {e.note && <> — {e.note}</>}
            </li>
          ))}
        </ol>
      </details>
      {ticket.rating !== null ? (
        <p className="ok">
          {t("resident.tickets.rated", { rating: ticket.rating, label: t(`resident.score.${ticket.rating}`) })}
          {ticket.ratingComment && <> — {ticket.ratingComment}</>}
        </p>
      ) : (
        ticket.allowedSteps.includes("RATE") && <RateForm ticketId={ticket.id} onRated={(r) => setTicket((tk) => ({ ...tk, ...r }))} />
      )}
    </article>
  );
}

function RateForm({ ticketId, onRated }: { ticketId: string; onRated: (r: RateTicketData["rateServiceTicket"]["data"]) => void }) {
  const { t } = useT();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const rate = useResidentMutation<RateTicketData, { id: string; input: { rating: number; comment?: string } }>(RATE_TICKET);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(rating === null);
    if (rating === null) return;
    const d = await rate.run({ id: ticketId, input: { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
    if (d) onRated(d.rateServiceTicket.data);
  };
  return (
    <form className="form rate" onSubmit={(e) => void submit(e)} noValidate aria-label={t("resident.tickets.rate")}>
      <ScorePicker name={`rating-${ticketId}`} legend={t("resident.tickets.rate")} value={rating} onChange={setRating} invalid={missing} />
      <TextArea label={t("resident.tickets.comment")} value={comment} onChange={setComment} maxLength={500} rows={2} />
      {missing && (
        <p className="form-error" role="alert">
          {t("resident.form.chooseScore")}
        </p>
      )}
      <ErrorNote error={rate.error} />
      <button type="submit" className="button wide" disabled={rate.running}>
        {rate.running ? t("resident.form.sending") : t("resident.tickets.rateSubmit")}
      </button>
    </form>
  );
}

function NewTicket({ communityId, onCreated }: { communityId: string; onCreated: () => void }) {
  const { t, lng } = useT();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreateTicketData["createServiceTicket"]["data"] | null>(null);
  if (!open)
    return (
      <>
        {created && <Notice>{t("resident.tickets.created", { number: created.number, date: day(lng, created.dueDate) })}</Notice>}
        <button type="button" className="button wide" onClick={() => (setOpen(true), setCreated(null))}>
          {t("resident.tickets.new")}
        </button>
      </>
    );
  return (
    <NewTicketForm
      communityId={communityId}
      onCancel={() => setOpen(false)}
      onCreated={(d) => {
        setCreated(d);
        setOpen(false);
        onCreated();
      }}
    />
  );
}

function NewTicketForm({ communityId, onCancel, onCreated }: { communityId: string; onCancel: () => void; onCreated: (d: CreateTicketData["createServiceTicket"]["data"]) => void }) {
  const { t, lng } = useT();
  const items = useResidentQuery<OnlineItemsData>(ONLINE_ITEMS, { c: communityId });
  const [itemId, setItemId] = useState("");
  const [content, setContent] = useState("");
  const [missing, setMissing] = useState(false);
  const create = useResidentMutation<CreateTicketData, { input: { itemId: string; content?: string } }>(CREATE_TICKET);
  const item = useMemo(() => items.data?.serviceCatalog.edges.find((e) => e.node.id === itemId)?.node ?? null, [items.data, itemId]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!itemId);
    if (!itemId) return;
    const d = await create.run({ input: { itemId, ...(content.trim() ? { content: content.trim() } : {}) } });
    if (d) onCreated(d.createServiceTicket.data);
  };
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-label={t("resident.tickets.new")}>
      <h2 className="card-title">{t("resident.tickets.new")}</h2>
      <Loaded state={items}>
        {(d) =>
          d.serviceCatalog.edges.length === 0 ? (
            <p>{t("resident.tickets.noOnline")}</p>
          ) : (
            <>
              <label className="field">
                <span className="field-label">{t("resident.tickets.item")}</span>
                <select value={itemId} aria-invalid={missing || undefined} onChange={(e) => setItemId(e.target.value)}>
                  <option value="">{t("resident.form.choose")}</option>
                  {d.serviceCatalog.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.name}
                    </option>
                  ))}
                </select>
              </label>
              {item && (
                <div className="answer-box">
                  <p>{item.timeLimitDays === 0 ? t("resident.tickets.immediate") : t("resident.tickets.limit", { days: item.timeLimitDays, date: day(lng, item.expectedDueDate) })}</p>
                  {item.materials.length > 0 && <p>{t("resident.tickets.materials", { materials: item.materials.join("、") })}</p>}
                </div>
              )}
              <TextArea label={t("resident.tickets.content")} hint={t("resident.tickets.contentHint")} value={content} onChange={setContent} maxLength={2000} />
              {missing && (
                <p className="form-error" role="alert">
                  {t("resident.form.missing", { fields: t("resident.tickets.item") })}
                </p>
              )}
              <ErrorNote error={create.error} />
              <button type="submit" className="button wide" disabled={create.running}>
                {create.running ? t("resident.form.sending") : t("resident.tickets.submit")}
              </button>
            </>
          )
        }
      </Loaded>
      <button type="button" className="button secondary wide" onClick={onCancel}>
        {t("resident.form.cancel")}
      </button>
    </form>
  );
}
