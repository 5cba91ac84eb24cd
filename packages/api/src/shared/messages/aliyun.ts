// Aliyun SMS (阿里云短信服务) SendSms through its RPC API, signed as Aliyun's "签名机制" documents
// (signature version 1.0, HMAC-SHA1): the parameters sorted by name and percent-encoded (RFC 3986),
// StringToSign = METHOD & percentEncode("/") & percentEncode(canonical query), the HMAC-SHA1 of it
// keyed with AccessKeySecret + "&", in Base64. aliyun.test.ts checks it against the documented example.
// Node's fetch; no SDK (it would bring a whole generated client for one call).
import { createHmac, randomUUID } from "node:crypto";
import type { MessageProvider, MessagePurpose } from "./provider.js";

/** RFC 3986 percent-encoding: A–Z a–z 0–9 - _ . ~ kept, everything else %XY (space %20, * %2A). */
export const percentEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The canonicalized query string: parameters sorted by name, each name=value percent-encoded, joined by &. */
export const canonicalQuery = (params: Record<string, string>) =>
  Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join("&");

export const stringToSign = (method: "GET" | "POST", params: Record<string, string>) => `${method}&${percentEncode("/")}&${percentEncode(canonicalQuery(params))}`;

/** The Signature parameter's value (before its own percent-encoding in the URL or form). */
export const signRpc = (method: "GET" | "POST", params: Record<string, string>, accessKeySecret: string) =>
  createHmac("sha1", `${accessKeySecret}&`).update(stringToSign(method, params), "utf8").digest("base64");

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** 短信签名, as registered with Aliyun. */
  signName: string;
  /** The template code (SMS_…) for each purpose; SIGN_IN_CODE's template takes ${code}. */
  templates: Record<MessagePurpose, string>;
  endpoint: string;
}

/** The signed form body of a SendSms request (POST). `nonce` and `now` are for tests. */
export function sendSmsBody(c: AliyunSmsConfig, phone: string, purpose: MessagePurpose, params: Record<string, string>, now = new Date(), nonce: string = randomUUID()): URLSearchParams {
  const p: Record<string, string> = {
    AccessKeyId: c.accessKeyId,
    Action: "SendSms",
    Format: "JSON",
    PhoneNumbers: phone,
    RegionId: "cn-hangzhou",
    SignName: c.signName,
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: nonce,
    SignatureVersion: "1.0",
    TemplateCode: c.templates[purpose],
    TemplateParam: JSON.stringify(params),
    Timestamp: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    Version: "2017-05-25",
  };
  return new URLSearchParams({ ...p, Signature: signRpc("POST", p, c.accessKeySecret) });
}

export function aliyunSmsProvider(c: AliyunSmsConfig, fetchFn: typeof fetch = fetch): MessageProvider {
  return {
    name: "aliyun",
    keepsText: false,
    immediate: false,
    async send(m) {
      const res = await fetchFn(c.endpoint, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: sendSmsBody(c, m.phone, m.purpose, m.params).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json().catch(() => ({}))) as { Code?: string; Message?: string; BizId?: string };
      if (!res.ok || body.Code !== "OK") throw new Error(`Aliyun SMS ${res.status}: ${body.Code ?? "?"} ${body.Message ?? ""}`.trim());
      return { providerMessageId: body.BizId ?? null };
    },
  };
}
