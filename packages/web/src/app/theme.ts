import { createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "red",
  primaryShade: 8,
  defaultRadius: "sm",
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif',
  components: {
    // Never clamp a typed number to min/max silently (-500 must not become 0, 1e12 not 10000): forms
    // validate the value as typed and show their message (lib/numberRules.ts). A plain object, not
    // NumberInput.extend(): importing the component here would put it (and react-number-format) in
    // the sign-in page's first load.
    NumberInput: { defaultProps: { clampBehavior: "none" } },
  },
});
