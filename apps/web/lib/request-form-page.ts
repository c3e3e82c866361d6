// What the new and edit pages give the request form: the certifications to pick from and the names of the
// categories already chosen.
import { getCategory } from "@ketnoi/domain/taxonomy";
import type { CategoryChoice } from "../app/actions/request-actions";

export function categoryChoices(codes: readonly string[]): CategoryChoice[] {
  return codes.flatMap((code) => {
    const category = getCategory(code);
    return category ? [{ code, nameVi: category.nameVi, nameEn: category.nameEn }] : [];
  });
}
