// 公开栏海报: the overview offers the poster of a community with a code; the QR code and the link
// open /c/<code>; the printed document is one A4 page with the community's name and the address.
import { render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { AppProviders } from "../../../app/AppProviders";
import { createI18n } from "../../../i18n";
import { resources } from "../../../i18n/bundled";
import { posterHtml, PublicPosterModal, publicPageUrl } from "./PublicPosterModal";

const renderWithProviders = (ui: ReactNode) =>
  render(
    <AppProviders i18n={createI18n("zh-CN", resources)} graphqlUrl="http://localhost/graphql" env="test">
      {ui}
    </AppProviders>,
  );

describe("public board poster", () => {
  it("draws the QR code of the community's public page and links to it", async () => {
    renderWithProviders(<PublicPosterModal community={{ name: "直冲村", code: "440703-ZC-001", streetName: "棠下镇" }} onClose={() => {}} />);
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("直冲村 居民公开栏")).toBeInTheDocument();
    const img = await within(dialog).findByTestId("public-poster-qr");
    expect(img.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    expect(within(dialog).getByRole("link", { name: `${window.location.origin}/c/440703-ZC-001` })).toHaveAttribute("href", `${window.location.origin}/c/440703-ZC-001`);
    expect(within(dialog).getByRole("button", { name: "打印 A4 海报" })).toBeEnabled();
  });

  it("prints one A4 page, the text escaped", () => {
    const html = posterHtml({ title: "<b>直冲村</b> 居民公开栏", subtitle: "手机扫码，无需登录", sections: "公示", scan: "请用手机扫描二维码", place: "棠下镇 · 直冲村" }, "data:image/png;base64,AAAA", publicPageUrl("a b", "http://x"));
    expect(html).toContain("@page { size: A4 portrait;");
    expect(html).toContain("&lt;b&gt;直冲村&lt;/b&gt;");
    expect(html).toContain("http://x/c/a%20b");
    expect(html).toContain('src="data:image/png;base64,AAAA"');
  });
});
