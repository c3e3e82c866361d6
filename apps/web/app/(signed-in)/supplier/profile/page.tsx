// The person's own supplier profile editor, wherever its id is.
import { notFound, redirect } from "next/navigation";
import { requireMe } from "../../../../lib/session/signed-in";
import { ownSupplierProfile } from "../../../../lib/supplier-workspace";

export default async function OwnSupplierProfilePage() {
  await requireMe("/supplier/profile");
  const supplier = await ownSupplierProfile();
  if (!supplier) notFound();
  redirect(`/supplier/${encodeURIComponent(supplier.id)}/profile`);
}
