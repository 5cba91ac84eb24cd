// Ask the API for a workbook (an ExcelFile query) and save it; errors become a notification.
import { notifications } from "@mantine/notifications";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useClient } from "urql";

type ExcelFile = { contentBase64: string; filename: string; mimeType: string };

/** Save a file the API returned (ExcelFile) through the browser's download. */
function downloadBase64(file: ExcelFile) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function useExcelDownload<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, pick: (data: Data) => ExcelFile) {
  const { t } = useTranslation("volunteering");
  const client = useClient();
  const [loading, setLoading] = useState(false);
  const download = useCallback(
    async (variables: Variables) => {
      setLoading(true);
      try {
        const result = await client.query(document, variables, { requestPolicy: "network-only" }).toPromise();
        if (result.error || !result.data) {
          notifications.show({ color: "red", title: t("excel.failed"), message: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? "" });
          return;
        }
        const file = pick(result.data);
        downloadBase64(file);
        notifications.show({ color: "green", message: t("excel.downloaded", { filename: file.filename }) });
      } finally {
        setLoading(false);
      }
    },
    [client, document, pick, t],
  );
  return [download, loading] as const;
}
