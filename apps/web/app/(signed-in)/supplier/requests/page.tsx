// The header's "requests for you" link: the person's own supplier workspace, wherever its id is; an organisation
// without a profile yet is sent to claim its company's.
import { redirect } from "next/navigation";
import { requireMe } from "../../../../lib/session/signed-in";
import { ownSupplierProfile } from "../../../../lib/supplier-workspace";

export default async function OwnSupplierRequestsPage() {
  await requireMe("/supplier/requests");
  const supplier = await ownSupplierProfile();
  if (!supplier) redirect("/claim");
  redirect(`/supplier/${encodeURIComponent(supplier.id)}/requests`);
}
