import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../../i18n";
import { anonymous } from "../../test/fixtures";
import { renderApp } from "../../test/render";
import { server } from "../../test/server";

describe("language switch", () => {
  it("switches every label to English and remembers the choice", async () => {
    server.use(anonymous);
    const { user } = renderApp("/login");
    expect(await screen.findByRole("button", { name: "登录" })).toBeInTheDocument();
    await user.click(screen.getByText("English"));
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByLabelText("Username")).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    expect(document.documentElement.lang).toBe("en");
  });
});
