// The supplier's own profile editor (emails about expiring certificates link here).
import { foldVietnamese } from "@ketnoi/domain/text";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "../../../../../components/notice";
import type { CategoryOption } from "../../../../../components/supplier/category-picker";
import { PhotoUploadForm } from "../../../../../components/supplier/photo-forms";
import { SupplierProfileForm } from "../../../../../components/supplier/profile-form";
import { SupplierNav } from "../../../../../components/supplier/supplier-nav";
import { Button } from "../../../../../components/ui/button";
import { api } from "../../../../../lib/api";
import { type CategoryNode, referenceData } from "../../../../../lib/directory";
import { webFileLink } from "../../../../../lib/file-links";
import { fill } from "../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../lib/i18n/messages";
import { languageOf, requireMe, signedInMe } from "../../../../../lib/session/signed-in";
import { callAsPerson } from "../../../../../lib/session/web-session";
import { mapZone, zonesByProvince } from "../../../../../lib/zones";
import { removeSupplierPhoto } from "../../../../actions/supplier-profile-actions";

type Props = { params: Promise<{ id: string }> };

const businessLanguages = ["vi", "en", "zh", "ja", "ko"] as const;
/** Blank certificate rows offered under the ones the profile holds. */
const blankCertificationRows = 2;

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).supplierWorkspace.profileTitle } : {};
}

function categoryOptions(tree: CategoryNode[], locale: "vi" | "en"): CategoryOption[] {
  const options: CategoryOption[] = [];
  const visit = (nodes: CategoryNode[], parent: CategoryNode | undefined) => {
    for (const node of nodes) {
      const words = [node.nameVi, node.nameEn, ...node.synonyms.vi, ...node.synonyms.en, node.code];
      options.push({
        code: node.code,
        name: locale === "vi" ? node.nameVi : node.nameEn,
        group: parent ? (locale === "vi" ? parent.nameVi : parent.nameEn) : null,
        search: foldVietnamese(words.join(" | ")),
      });
      visit(node.children, node);
    }
  };
  visit(tree, undefined);
  return options;
}

export default async function SupplierProfilePage({ params }: Props) {
  const { id } = await params;
  const here = `/supplier/${encodeURIComponent(id)}/profile`;
  const me = await requireMe(here);
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.supplierWorkspace;
  const [own, reference, photos] = await Promise.all([
    callAsPerson((headers) =>
      api().GET("/v1/suppliers", { headers, params: { query: { mine: "true", limit: 1 } } }),
    ),
    referenceData(),
    api().GET("/v1/suppliers/{id}/photos", { params: { path: { id } } }),
  ]);
  const supplier = own?.data?.items.find((item) => item.id === id);
  // Only the organisation's own profile is edited here; any other id is a 404.
  if (!supplier) notFound();
  const values: Record<string, string> = {
    tradeName: supplier.tradeName ?? "",
    descriptionVi: supplier.descriptionVi ?? "",
    descriptionEn: supplier.descriptionEn ?? "",
    processes: supplier.processes.join("\n"),
    materials: supplier.materials.join("\n"),
    exampleProducts: supplier.exampleProducts.join("\n"),
    "monthlyCapacity.value": supplier.monthlyCapacity ? String(supplier.monthlyCapacity.value) : "",
    "monthlyCapacity.unit": supplier.monthlyCapacity?.unit ?? "pieces",
    "moq.value": supplier.moq ? String(supplier.moq.value) : "",
    "moq.unit": supplier.moq?.unit ?? "pieces",
    leadTimeDays: supplier.leadTimeDays?.toString() ?? "",
    "location.zoneId": supplier.location.zoneId ?? "",
    "location.address": supplier.location.address ?? "",
    "location.province": supplier.location.zoneId ? "" : supplier.location.province2025,
    "location.lat": supplier.location.zoneId ? "" : String(supplier.location.lat),
    "location.lng": supplier.location.zoneId ? "" : String(supplier.location.lng),
    deliveryRadiusKm: supplier.deliveryRadiusKm?.toString() ?? "",
    exportMarkets: supplier.exportMarkets.join(", "),
    "green.rooftopSolarKwp": supplier.green.rooftopSolarKwp?.toString() ?? "",
    "green.recycledMaterialPercent": supplier.green.recycledMaterialPercent?.toString() ?? "",
    "green.notes": supplier.green.notes ?? "",
  };
  supplier.certifications.forEach((certification, row) => {
    values[`certifications.${row}.code`] = certification.code;
    values[`certifications.${row}.certificateNumber`] = certification.certificateNumber ?? "";
    values[`certifications.${row}.issuer`] = certification.issuer ?? "";
    values[`certifications.${row}.expiresOn`] = certification.expiresOn ?? "";
    values[`certifications.${row}.documentId`] = certification.file?.id ?? "";
  });
  const certificateFiles = supplier.certifications.map((certification) =>
    certification.file ? webFileLink(certification.file) : null,
  );
  const zones = reference?.zones ?? [];
  const photoItems = photos.data?.items ?? [];
  const supplierName = supplier.tradeName ?? supplier.legalName;
  return (
    <div className="max-w-3xl space-y-6">
      <SupplierNav supplierId={id} current="profile" messages={messages} />
      <header>
        <h1 className="text-3xl font-bold break-words">{supplier.tradeName ?? supplier.legalName}</h1>
        <p className="mt-3 text-lg">{copy.profileLead}</p>
        <p className="mt-2">
          <Link
            href={`/${locale}/suppliers/${encodeURIComponent(id)}`}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            {copy.viewPublic}
          </Link>
        </p>
      </header>
      {reference ? null : <Notice>{messages.account.form.unavailable}</Notice>}
      <section
        aria-labelledby="section-photos"
        className="space-y-4 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="section-photos" className="text-xl font-bold">
          {copy.sectionPhotos}
        </h2>
        <p>{fill(copy.photosCount, { count: photoItems.length })}</p>
        {photoItems.length > 0 ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {photoItems.map((photo, index) => (
              <li key={photo.id} className="space-y-1">
                {/* biome-ignore lint/performance/noImgElement: the API already resized it; no optimiser runs here */}
                <img
                  src={`/supplier-photos/${encodeURIComponent(photo.id)}`}
                  alt={fill(copy.photoAlt, { n: index + 1, name: supplierName })}
                  width={photo.width}
                  height={photo.height}
                  loading="lazy"
                  className="aspect-[4/3] w-full rounded-md object-cover"
                />
                <form action={removeSupplierPhoto}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="supplierId" value={id} />
                  <input type="hidden" name="photoId" value={photo.id} />
                  <Button type="submit" variant="secondary" className="w-full">
                    {fill(copy.photoRemove, { n: index + 1 })}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        ) : null}
        {photoItems.length < 10 ? (
          <PhotoUploadForm supplierId={id} locale={locale} messages={messages} />
        ) : null}
      </section>
      <SupplierProfileForm
        locale={locale}
        messages={messages}
        data={{
          supplierId: id,
          values,
          categories: supplier.categories.map((category) => category.code),
          languages: supplier.languages,
          certificationRows: supplier.certifications.length + blankCertificationRows,
          certificateFiles,
          mapZones: zones.map((zone) => mapZone(locale, zone)),
          categoryOptions: categoryOptions(reference?.categoryTree ?? [], locale),
          certificationOptions: [...(reference?.certifications ?? new Map<string, string>())]
            .map(([code, name]) => ({ value: code, label: name }))
            .sort((a, b) => a.label.localeCompare(b.label)),
          zoneGroups: zonesByProvince(locale, zones).map((group) => ({
            province: group.province,
            zones: group.zones.map((zone) => ({
              id: zone.id,
              name: locale === "vi" ? zone.nameVi : zone.nameEn,
            })),
          })),
          languageOptions: businessLanguages.map((code) => ({
            value: code,
            label: messages.languages[code],
          })),
        }}
      />
    </div>
  );
}
