import { ServiceComplexPage } from "../modules/service-complex/pages/ServiceComplexPage";

export default function Route() {
  return <ServiceComplexPage />;
}
