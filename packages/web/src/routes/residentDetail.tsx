import { useParams } from "react-router";
import { ResidentDetailPage } from "../modules/community/pages/ResidentDetailPage";

export default function Route() {
  const { id = "" } = useParams();
  return <ResidentDetailPage key={id} residentId={id} />;
}
