import { useT } from "../../i18n";
import { RequireResident } from "../session";

export function RedemptionsPage({ code }: { code: string }) {
  const { t } = useT();
  return (
    <RequireResident code={code}>
      <h1 className="section-title">{t("resident.me.links.redemptions")}</h1>
    </RequireResident>
  );
}
