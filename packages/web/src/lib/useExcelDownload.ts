// The one Excel download hook: ask the API for a workbook (an ExcelFile query) and save it;
// errors become a notification.
import { notifications } from "@mantine/notifications";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useClient } from "urql";
import { downloadBase64 } from "./files";

type ExcelFile = { contentBase64: string; filename: string; mimeType: string };

export function useExcelDownload<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>, pick: (data: Data) => ExcelFile) {
  const { t } = useTranslation();
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
