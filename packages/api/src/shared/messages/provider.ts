// Messages to residents' phones (issue #14): one interface, two providers. The development provider
// "sends" by writing the text to the server log; the text is also kept in the message log, where the
// community's staff read it (a clerk can read a sign-in code to an elderly resident). The Aliyun SMS
// provider sends a real text message through Aliyun's SendSms API (aliyun.ts). Which one runs is
// configured in env.ts (MESSAGE_PROVIDER and the ALIYUN_SMS_* variables).
import { env } from "../../env.js";
import { aliyunSmsProvider } from "./aliyun.js";

/** What a message is for; each purpose is one template at the SMS provider. */
export type MessagePurpose = "SIGN_IN_CODE";

export interface OutgoingMessage {
  phone: string;
  purpose: MessagePurpose;
  /** The template's parameters (SIGN_IN_CODE: code). */
  params: Record<string, string>;
}

export interface MessageProvider {
  /** Recorded on every message-log row. */
  readonly name: string;
  /**
   * Whether the message's full text (with its code) may be kept in the message log for staff. Only
   * the development provider: with a real SMS provider the code reaches the resident's phone alone.
   */
  readonly keepsText: boolean;
  /**
   * Whether send() answers at once, without a network round trip: then the request awaits it.
   * Otherwise it runs after the answer, so that how long the answer takes tells nothing about
   * whether a message was sent (whether a number is registered).
   */
  readonly immediate: boolean;
  /** Deliver the message; resolves with the provider's id for it, throws when the provider refused it. */
  send(message: OutgoingMessage): Promise<{ providerMessageId: string | null }>;
}

/** The text of a message, as the resident reads it (and as the development provider logs it). */
export function messageText(m: Pick<OutgoingMessage, "purpose" | "params">): string {
  switch (m.purpose) {
    case "SIGN_IN_CODE":
      return `您的居民端登录验证码为 ${m.params.code}，5 分钟内有效。请勿告诉他人。`;
  }
}

/** The text with its code hidden, for the log of a real provider. */
export const maskedText = (m: Pick<OutgoingMessage, "purpose" | "params">) => messageText({ ...m, params: { ...m.params, code: "******" } });

/** The development provider: the server log is the phone. */
export const developmentProvider: MessageProvider = {
  name: "development",
  keepsText: true,
  immediate: true,
  send(m) {
    console.info(`[messages] to ${m.phone}: ${messageText(m)}`);
    return Promise.resolve({ providerMessageId: null });
  },
};

let configured: MessageProvider | undefined;

/** The provider env.ts configures (one per process). */
export function messageProvider(): MessageProvider {
  configured ??=
    env.MESSAGE_PROVIDER === "aliyun"
      ? aliyunSmsProvider({
          accessKeyId: env.ALIYUN_SMS_ACCESS_KEY_ID!,
          accessKeySecret: env.ALIYUN_SMS_ACCESS_KEY_SECRET!,
          signName: env.ALIYUN_SMS_SIGN_NAME!,
          templates: { SIGN_IN_CODE: env.ALIYUN_SMS_TEMPLATE_SIGN_IN! },
          endpoint: env.ALIYUN_SMS_ENDPOINT,
        })
      : developmentProvider;
  return configured;
}

/** Tests: use this provider instead of the configured one (undefined: back to the configured one). */
export function setMessageProvider(p: MessageProvider | undefined): void {
  configured = p;
}
