import { describe, expect, it } from "vitest";
import { aliyunSmsProvider, percentEncode, sendSmsBody, signRpc, stringToSign } from "./aliyun.js";

describe("Aliyun RPC request signing (签名机制, signature version 1.0)", () => {
  // The example Aliyun publishes with its signature mechanism: DescribeRegions with AccessKeyId
  // "testid" and AccessKeySecret "testsecret"; its StringToSign and signature are quoted from it.
  const documented = {
    TimeStamp: "2016-02-23T12:46:24Z",
    Format: "XML",
    AccessKeyId: "testid",
    Action: "DescribeRegions",
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    Version: "2014-05-26",
    SignatureVersion: "1.0",
  };

  it("builds the documented StringToSign", () => {
    expect(stringToSign("GET", documented)).toBe(
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
    );
  });

  it("computes the documented signature", () => {
    expect(signRpc("GET", documented, "testsecret")).toBe("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
  });

  it("percent-encodes as RFC 3986 (space %20, * %2A, ~ kept, Chinese as UTF-8)", () => {
    expect(percentEncode("a b*c~d")).toBe("a%20b%2Ac~d");
    expect(percentEncode("居")).toBe("%E5%B1%85");
    expect(percentEncode(`{"code":"1"}`)).toBe("%7B%22code%22%3A%221%22%7D");
  });

  it("signs a SendSms request over every parameter but Signature", () => {
    const config = { accessKeyId: "testid", accessKeySecret: "testsecret", signName: "共治", templates: { SIGN_IN_CODE: "SMS_1" }, endpoint: "https://dysmsapi.aliyuncs.com/" };
    const body = sendSmsBody(config, "13800000000", "SIGN_IN_CODE", { code: "123456" }, new Date("2026-12-07T02:00:00.123Z"), "nonce-1");
    const params = Object.fromEntries([...body.entries()].filter(([k]) => k !== "Signature"));
    expect(params).toMatchObject({ Action: "SendSms", PhoneNumbers: "13800000000", SignName: "共治", TemplateCode: "SMS_1", TemplateParam: '{"code":"123456"}', Timestamp: "2026-12-07T02:00:00Z" });
    expect(body.get("Signature")).toBe(signRpc("POST", params, "testsecret"));
  });

  it("reports a refusal by the provider as an error, and the BizId of an accepted message", async () => {
    const config = { accessKeyId: "id", accessKeySecret: "s", signName: "共治", templates: { SIGN_IN_CODE: "SMS_1" }, endpoint: "https://sms.example/" };
    const reply = (body: object) => (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;
    await expect(aliyunSmsProvider(config, reply({ Code: "OK", BizId: "b1" })).send({ phone: "1", purpose: "SIGN_IN_CODE", params: { code: "1" } })).resolves.toEqual({ providerMessageId: "b1" });
    await expect(aliyunSmsProvider(config, reply({ Code: "isv.BUSINESS_LIMIT_CONTROL", Message: "触发流控" })).send({ phone: "1", purpose: "SIGN_IN_CODE", params: { code: "1" } })).rejects.toThrow(/BUSINESS_LIMIT_CONTROL/);
  });
});
