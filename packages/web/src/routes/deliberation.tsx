import { DeliberationPage } from "../modules/deliberation/pages/DeliberationPage";

export default function Route() {
  return <DeliberationPage />;
}
