// The header's "requests" link: the person's own supplier workspace, wherever its id is.
import { notFound, redirect } from "next/navigation";
import { requireMe } from "../../../../lib/session/signed-in";
import { ownSupplierProfile } from "../../../../lib/supplier-workspace";

export default async function OwnSupplierRequestsPage() {
  await requireMe("/supplier/requests");
  const supplier = await ownSupplierProfile();
  if (!supplier) notFound();
  redirect(`/supplier/${encodeURIComponent(supplier.id)}/requests`);
}
