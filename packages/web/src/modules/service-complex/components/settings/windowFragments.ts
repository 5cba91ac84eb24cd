import { graphql } from "@gongzhi/schema";

/** A window as the settings list and its forms show it. */
export const WindowSettingsRow = graphql(`
  fragment WindowSettingsRow on ServiceWindow {
    id
    number
    name
    kind
    description
    active
    clerkNames
    clerks {
      id
      displayName
    }
  }
`);
