import { VolunteeringPage } from "../modules/volunteering/pages/VolunteeringPage";

export default function Route() {
  return <VolunteeringPage />;
}
