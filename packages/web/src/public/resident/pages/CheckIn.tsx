import { useT } from "../../i18n";
import { RequireResident } from "../session";

export function CheckInPage({ code, checkInCode }: { code: string; checkInCode: string }) {
  const { t } = useT();
  void checkInCode;
  return (
    <RequireResident code={code}>
      <h1 className="section-title">{t("resident.checkIn.title")}</h1>
    </RequireResident>
  );
}
