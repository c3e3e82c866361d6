export {
  type DemoZone,
  type GenerateSuppliersOptions,
  generateSupplierArray,
  generateSuppliers,
} from "./generate-suppliers.js";
export { type SupplierRow, supplierRowFromProfile } from "./supplier-rows.js";
export { maxGeneratedSuppliers, taxCodeCheckDigit } from "./tax-codes.js";
