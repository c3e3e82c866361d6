// Plain supplier rows for index tests: valid, varied enough to tell documents apart, inserted with their outbox
// rows the way every write path inserts them.
import { type Database, supplierRepository } from "@ketnoi/db";
import { taxCode } from "@ketnoi/testing";

const categories = [
  "packaging.corrugated-cartons",
  "plastics.injection-moulding",
  "metal.cnc-machining.milling",
];

export async function insertSuppliers(db: Database, count: number, offset = 0): Promise<string[]> {
  const ids: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = offset; i < offset + count; i++) {
      const supplier = await supplierRepository.createSupplier(tx, {
        legalName: `Công ty TNHH Sản Xuất Số ${i}`,
        taxCode: taxCode(10_000 + i),
        categories: [categories[i % categories.length] ?? "packaging"],
        languages: ["vi"],
        certifications: i % 2 === 0 ? [{ code: "iso-9001" }] : [],
        zoneId: "kcn-vsip-1",
        lat: 10.93,
        lng: 106.71,
        province2025: "Ho Chi Minh City",
        formerProvince: "Binh Duong",
      });
      ids.push(supplier.id);
    }
  });
  return ids;
}
