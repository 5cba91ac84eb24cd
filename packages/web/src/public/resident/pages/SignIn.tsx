// 居民登录: the phone number registered with the community → a one-time code (the answer is the same
// whether or not the number is registered) → the 6-digit code → signed in, back to where the
// resident was going (?next=) or 我的. And /card/<token>: a printed sign-in card signs in at once.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { userMessage } from "../../format";
import { useT } from "../../i18n";
import { Link, navigate, residentPath } from "../../router";
import { Loading } from "../../ui";
import { useResidentMutation } from "../api";
import { REQUEST_CODE, SIGN_IN, SIGN_IN_CARD, type RequestCodeData, type SignInCardData, type SignInData } from "../queries";
import { nextPath, useResidentSession } from "../session";
import { ErrorNote, Notice } from "../ui";

const PHONE = /^1\d{10}$/;
const CODE = /^\d{6}$/;

/** Seconds left until `until` (ms), ticking each second; 0 once passed. */
function useCountdown(until: number | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

export function SignInPage({ code }: { code: string }) {
  const { t, lng } = useT();
  const session = useResidentSession();
  const [phone, setPhone] = useState("");
  const [otp, setOtp] = useState("");
  const [sent, setSent] = useState<{ phone: string; message: string } | null>(null);
  const [resendAt, setResendAt] = useState<number | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const request = useResidentMutation<RequestCodeData, { input: { communityCode: string; phone: string } }>(REQUEST_CODE);
  const signIn = useResidentMutation<SignInData, { input: { communityCode: string; phone: string; code: string } }>(SIGN_IN);
  const wait = useCountdown(resendAt);
  const codeInput = useRef<HTMLInputElement>(null);

  const askCode = async (e?: FormEvent) => {
    e?.preventDefault();
    const p = phone.replace(/\s|-/g, "");
    if (!PHONE.test(p)) return setInvalid(t("resident.signIn.phoneInvalid"));
    setInvalid(null);
    signIn.reset();
    const d = await request.run({ input: { communityCode: code, phone: p } });
    if (!d) return;
    const r = d.requestResidentCode.data;
    setSent({ phone: p, message: r.message });
    setResendAt(Date.now() + r.resendAfterSeconds * 1000);
    setOtp("");
    setTimeout(() => codeInput.current?.focus(), 0);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!sent) return;
    const c = otp.trim();
    if (!CODE.test(c)) return setInvalid(t("resident.signIn.codeInvalid"));
    setInvalid(null);
    const d = await signIn.run({ input: { communityCode: code, phone: sent.phone, code: c } });
    if (!d) return;
    await session.refresh();
    navigate(nextPath(code), { replace: true });
  };

  return (
    <section aria-labelledby="signin-title">
      <h1 id="signin-title" className="section-title">
        {t("resident.signIn.title")}
      </h1>
      {session.resident?.communityCode === code && <Notice>{t("resident.signIn.already", { name: session.resident.name })}</Notice>}
      <p className="intro">{t("resident.signIn.intro")}</p>
      <form className="card form" onSubmit={askCode} noValidate>
        <label className="field">
          <span className="field-label">{t("resident.signIn.phone")}</span>
          <input
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={13}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            placeholder={t("resident.signIn.phonePlaceholder")}
            aria-invalid={invalid === t("resident.signIn.phoneInvalid") || undefined}
          />
        </label>
        <button type="submit" className="button wide" disabled={request.running || wait > 0}>
          {request.running ? t("resident.signIn.sending") : wait > 0 ? t("resident.signIn.resendIn", { seconds: wait }) : sent ? t("resident.signIn.resend") : t("resident.signIn.getCode")}
        </button>
        <ErrorNote error={request.error} />
        {sent && <Notice>{userMessage(sent.message, lng)}</Notice>}
      </form>
      {sent && (
        <form className="card form" onSubmit={submit} noValidate>
          <label className="field">
            <span className="field-label">{t("resident.signIn.code")}</span>
            <input
              ref={codeInput}
              className="otp"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={otp}
              onChange={(e) => setOtp(e.target.value.replace(/\D/g, ""))}
              aria-invalid={invalid === t("resident.signIn.codeInvalid") || undefined}
            />
          </label>
          <button type="submit" className="button wide" disabled={signIn.running}>
            {signIn.running ? t("resident.signIn.signingIn") : t("resident.signIn.submit")}
          </button>
          <ErrorNote error={signIn.error} />
        </form>
      )}
      {invalid && (
        <p className="form-error" role="alert">
          {invalid}
        </p>
      )}
      <p className="muted">{t("resident.signIn.help")}</p>
    </section>
  );
}

/** Tokens already sent in this page's life: a card signs in once, and React may mount twice. */
const sentCards = new Map<string, Promise<SignInCardData | null>>();

export function CardSignInPage({ code, token }: { code: string; token: string }) {
  const { t } = useT();
  const session = useResidentSession();
  const signIn = useResidentMutation<SignInCardData, { token: string }>(SIGN_IN_CARD);
  const [failed, setFailed] = useState(false);
  const { run } = signIn;
  useEffect(() => {
    let live = true;
    let p = sentCards.get(token);
    if (!p) sentCards.set(token, (p = run({ token })));
    void p.then(async (d) => {
      if (!live) return;
      if (!d) {
        sentCards.delete(token);
        setFailed(true);
        return;
      }
      await session.refresh();
      if (live) navigate(nextPath(d.signInResidentWithCard.data.community.code ?? code), { replace: true });
    });
    return () => void (live = false);
  }, [token]);
  return (
    <section aria-labelledby="card-title">
      <h1 id="card-title" className="section-title">
        {t("resident.card.title")}
      </h1>
      {failed || signIn.error ? (
        <>
          <ErrorNote error={signIn.error} />
          <p className="muted">{t("resident.card.failedHint")}</p>
          {session.resident && (
            <p>
              {t("resident.signIn.already", { name: session.resident.name })}{" "}
              <Link href={residentPath(session.resident.communityCode ?? code, "me")}>{t("resident.me.title")}</Link>
            </p>
          )}
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
