import { useT } from "../../i18n";
import { RequireResident } from "../session";

export function StorePage({ code }: { code: string }) {
  const { t } = useT();
  return (
    <RequireResident code={code}>
      <h1 className="section-title">{t("resident.me.links.store")}</h1>
    </RequireResident>
  );
}
