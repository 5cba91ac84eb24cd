import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useQrCode } from "./qrCode";

describe("useQrCode", () => {
  it("draws the text as a PNG data: URL, and never shows the previous text's image while a new one is drawn", async () => {
    const { result, rerender } = renderHook(({ text }) => useQrCode(text), { initialProps: { text: "https://gongzhi.example/c/JH-WH-001" } });
    expect(result.current).toEqual({ image: null, failed: false });
    await waitFor(() => expect(result.current.image).toMatch(/^data:image\/png;base64,/));
    const first = result.current.image;
    rerender({ text: "https://gongzhi.example/c/JH-WH-002" });
    expect(result.current.image).toBeNull();
    await waitFor(() => expect(result.current.image).toMatch(/^data:image\/png;base64,/));
    expect(result.current.image).not.toBe(first);
  });

  it("says when the text cannot be drawn (too long for any QR code)", async () => {
    const { result } = renderHook(() => useQrCode("x".repeat(8000), { level: "H" }));
    await waitFor(() => expect(result.current).toEqual({ image: null, failed: true }));
  });
});
