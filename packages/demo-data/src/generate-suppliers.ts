// Deterministic demo suppliers: realistic profiles for the HCMC region, generated one at a time so that 100,000
// of them cost a few seconds and no more memory than one. Pure: zones come in from the caller, nothing is read.
import {
  type Category,
  foldToWords,
  getCategory,
  getCertification,
  isLeafCategory,
  leafCategories,
  type Province,
  provincePairOf,
  provinces,
  type QuantityUnit,
  resolveCertification,
  type SupplierProfileInput,
} from "@ketnoi/domain";
import {
  type GroupProfile,
  groupProfiles,
  type LeafProfile,
  leafProfiles,
  type SupplierKind,
} from "./category-profiles.js";
import { createRandom, type Random, type WeightedTable, weightedTable } from "./random.js";
import { maxGeneratedSuppliers, taxCodeFor, taxProvinceCodes } from "./tax-codes.js";
import {
  addressBooks,
  businessNames,
  exportMarkets,
  familyNames,
  femaleGivenNames,
  femaleMiddleNames,
  foreignBusinessNames,
  legalForms,
  maleGivenNames,
  maleMiddleNames,
  mobilePrefixes,
  nameInfixes,
  type OwnerOrigin,
  ownerCountry,
  ownerLanguage,
  ownerOrigins,
  type ProvinceAddressBook,
} from "./vocabulary.js";

/** A zone as the generator needs it; the caller loads these from the zones table. */
export interface DemoZone {
  id: string;
  lat: number;
  lng: number;
  province2025: string;
  formerProvince: string | null;
}

export interface GenerateSuppliersOptions {
  count: number;
  /** Any 32-bit integer; the same seed and zones give the same suppliers, byte for byte. */
  seed: number;
  zones: readonly DemoZone[];
}

// Certificate expiry dates are spread so that about one in ten has lapsed on this date; fixed rather than
// "today" so the output never depends on when it is generated.
const expiryReferenceDate = "2026-11-22";
const earliestExpiry = "2025-06-01";
const latestExpiry = "2029-12-31";
const expiredShare = 0.1;
/** "Hơn N năm kinh nghiệm" counts from this year, for the same reason. */
const referenceYear = 2026;
const jitterRadiusKm = 10;

/** Self-declarations of conformity carry no expiry date. */
const undatedCertifications = new Set(["rohs", "reach", "ce"]);

/**
 * Province shares of suppliers, by the zones data's former province: Binh Duong, old HCMC and Dong Nai hold most
 * of the region's supporting industry. A province not listed gets a small share.
 */
const provinceShares: Readonly<Record<string, number>> = {
  "Binh Duong": 30,
  HCMC: 24,
  "Ho Chi Minh City": 24,
  "Dong Nai": 22,
  "Long An": 9,
  "Ba Ria-Vung Tau": 8,
  "Tay Ninh": 4,
  "Binh Phuoc": 2,
};
const unlistedProvinceShare = 2;

/** Short names people use in sentences and addresses; the reference data's own Vietnamese names are formal. */
const provinceDisplay: Readonly<Record<string, { vi: string; en: string }>> = {
  HCMC: { vi: "TP.HCM", en: "Ho Chi Minh City" },
  "Ho Chi Minh City": { vi: "TP.HCM", en: "Ho Chi Minh City" },
  "Ba Ria-Vung Tau": { vi: "Bà Rịa - Vũng Tàu", en: "Ba Ria-Vung Tau" },
};

const countryNames: Readonly<Record<string, { vi: string; en: string }>> = {
  JP: { vi: "Nhật Bản", en: "Japan" },
  KR: { vi: "Hàn Quốc", en: "Korea" },
  US: { vi: "Mỹ", en: "the United States" },
  DE: { vi: "Đức", en: "Germany" },
  NL: { vi: "Hà Lan", en: "the Netherlands" },
  FR: { vi: "Pháp", en: "France" },
  IT: { vi: "Ý", en: "Italy" },
  ES: { vi: "Tây Ban Nha", en: "Spain" },
  PL: { vi: "Ba Lan", en: "Poland" },
  GB: { vi: "Anh", en: "the United Kingdom" },
  AU: { vi: "Úc", en: "Australia" },
  TW: { vi: "Đài Loan", en: "Taiwan" },
  CN: { vi: "Trung Quốc", en: "China" },
  TH: { vi: "Thái Lan", en: "Thailand" },
  SG: { vi: "Singapore", en: "Singapore" },
  MY: { vi: "Malaysia", en: "Malaysia" },
  KH: { vi: "Campuchia", en: "Cambodia" },
  IN: { vi: "Ấn Độ", en: "India" },
  MX: { vi: "Mexico", en: "Mexico" },
  CA: { vi: "Canada", en: "Canada" },
};

const unitNames: Readonly<Record<QuantityUnit, { vi: string; en: string }>> = {
  pieces: { vi: "sản phẩm", en: "pieces" },
  sets: { vi: "bộ", en: "sets" },
  pairs: { vi: "đôi", en: "pairs" },
  kg: { vi: "kg", en: "kg" },
  tonnes: { vi: "tấn", en: "tonnes" },
  m: { vi: "mét", en: "m" },
  m2: { vi: "m²", en: "m²" },
  m3: { vi: "m³", en: "m³" },
  litres: { vi: "lít", en: "litres" },
  cartons: { vi: "thùng", en: "cartons" },
  rolls: { vi: "cuộn", en: "rolls" },
  sheets: { vi: "tấm", en: "sheets" },
};

const verbs: Readonly<Record<SupplierKind, { vi: readonly string[]; en: string }>> = {
  // English names the trade ("welding", "corrugated cartons"), so the verb must suit a process and a product.
  make: { vi: ["Chuyên sản xuất", "Sản xuất", "Chuyên sản xuất và cung cấp"], en: "Specialises in" },
  process: { vi: ["Nhận gia công", "Chuyên gia công"], en: "Offers" },
  supply: { vi: ["Chuyên cung cấp", "Phân phối"], en: "Supplies" },
  serve: { vi: ["Cung cấp dịch vụ"], en: "Provides" },
};

const greenNotes = [
  "Hệ thống xử lý nước thải đạt QCVN 40:2011/BTNMT",
  "Lò hơi chuyển sang đốt biomass",
  "Thu gom và tái chế phế liệu sản xuất",
  "Đã kiểm kê khí nhà kính năm 2024",
];

/** Endings of abbreviation brands: TAVICO, MIPAMEX. */
const abbreviationEndings = ["CO", "TECH", "MEX", "PRO"];
const topLevelDomains = [
  ["com.vn", 5],
  ["vn", 3],
  ["com", 2],
] as const;

// ── Plans built once: the taxonomy is static, zones are per call ──────────────────────────────────────────

interface LeafPlan {
  category: Category;
  profile: LeafProfile;
  group: GroupPlan;
  tradeWords: readonly string[];
  processes: readonly string[];
  materials: readonly string[];
  /** English synonyms of more than one word, to illustrate the category in English descriptions. */
  englishExamples: readonly string[];
  /** Code → probability, group's and leaf's merged. */
  certifications: readonly (readonly [string, number])[];
}

interface GroupPlan {
  code: string;
  profile: GroupProfile;
  /** Brand endings short enough to append to a name: "MINHPACK", not "MINHPACKAGING". */
  brandEndings: readonly string[];
  leaves: WeightedTable<LeafPlan>;
  related: LeafPlan[];
}

interface TaxonomyPlan {
  groups: WeightedTable<GroupPlan>;
}

let taxonomyPlan: TaxonomyPlan | undefined;

// Leaves point at their group and the group's table holds the leaves, so the table is filled in a second pass.
const notYetFilled: WeightedTable<never> = {
  items: [],
  draw() {
    throw new Error("group plan used before its leaves were filled in");
  },
};

const defaultGroupProfile: GroupProfile = {
  weight: 0.5,
  tradeWords: ["Công Nghiệp"],
  brandSuffixes: ["TECH"],
  englishTrade: ["Industries"],
  related: [],
  customers: [["doanh nghiệp trong khu công nghiệp", "manufacturers in the industrial zones"]],
  staff: [10, 300],
  deliveryRadiusKm: [30, 300],
  certifications: {},
};

/** For a leaf added to the taxonomy after the profiles were written: plausible, if plain. */
function defaultLeafProfile(category: Category): LeafProfile {
  const products = category.synonyms.vi.filter((term) => term.includes(" "));
  return {
    weight: 0.3,
    capacity: { unit: "pieces", min: 10_000, max: 500_000 },
    moq: { unit: "pieces", min: 100, max: 2_000 },
    leadTimeDays: [5, 20],
    kind: "make",
    products: products.length >= 2 ? products : [lowerFirst(category.nameVi), ...category.synonyms.vi],
  };
}

function ancestorsAndSelf(category: Category): Category[] {
  const chain: Category[] = [];
  for (
    let node: Category | undefined = category;
    node;
    node = node.parent ? getCategory(node.parent) : undefined
  ) {
    chain.push(node);
  }
  return chain;
}

/** Multi-word English synonyms that add something to the name: not "plastic pallet" after "plastic pallets". */
function englishExamples(category: Category): string[] {
  const name = category.nameEn.toLowerCase();
  // A name with its own brackets ("Garment sewing (CMT)") takes no second pair.
  if (name.includes("(")) return [];
  return category.synonyms.en.filter((term) => {
    const lower = term.toLowerCase();
    return term.includes(" ") && !name.includes(lower) && !lower.includes(name);
  });
}

function assertCertificationCode(code: string, where: string): void {
  // The profile schema accepts only canonical codes; a typo here would fail every generated profile.
  if (resolveCertification(code)?.code !== code)
    throw new Error(`${where}: unknown certification code ${code}`);
}

function buildTaxonomyPlan(): TaxonomyPlan {
  const leavesByGroup = new Map<string, LeafPlan[]>();
  const groupPlans = new Map<string, GroupPlan>();
  const leavesByCode = new Map<string, LeafPlan>();

  for (const category of leafCategories()) {
    const groupCode = category.code.split(".")[0] as string;
    let group = groupPlans.get(groupCode);
    if (!group) {
      const profile = groupProfiles[groupCode] ?? defaultGroupProfile;
      const brandEndings = profile.brandSuffixes.filter((suffix) => suffix.length <= 5);
      group = {
        code: groupCode,
        profile,
        brandEndings: brandEndings.length > 0 ? brandEndings : ["TECH"],
        leaves: notYetFilled,
        related: [],
      };
      groupPlans.set(groupCode, group);
      leavesByGroup.set(groupCode, []);
    }
    const profile = leafProfiles[category.code] ?? defaultLeafProfile(category);
    const chain = ancestorsAndSelf(category);
    const certifications = new Map<string, number>(Object.entries(group.profile.certifications));
    for (const [code, p] of Object.entries(profile.certifications ?? {})) certifications.set(code, p);
    for (const code of certifications.keys()) assertCertificationCode(code, category.code);
    const leaf: LeafPlan = {
      category,
      profile,
      group,
      tradeWords: profile.tradeWords ?? group.profile.tradeWords,
      processes: [...new Set(chain.flatMap((c) => c.processes ?? []))],
      materials: [...new Set(chain.flatMap((c) => c.materials ?? []))],
      englishExamples: englishExamples(category),
      certifications: [...certifications],
    };
    leavesByGroup.get(groupCode)?.push(leaf);
    leavesByCode.set(category.code, leaf);
  }

  for (const code of Object.keys(leafProfiles)) {
    if (!isLeafCategory(code)) throw new Error(`demo-data profile for ${code}, which is not a taxonomy leaf`);
  }
  for (const group of groupPlans.values()) {
    group.leaves = weightedTable(
      (leavesByGroup.get(group.code) ?? []).map((l) => [l, l.profile.weight] as const),
    );
    group.related = group.profile.related.map((code) => {
      const leaf = leavesByCode.get(code);
      if (!leaf)
        throw new Error(`demo-data: related category ${code} of ${group.code} is not a taxonomy leaf`);
      return leaf;
    });
  }
  return {
    groups: weightedTable([...groupPlans.values()].map((g) => [g, g.profile.weight] as const)),
  };
}

interface ProvincePlan {
  /** The reference-data name suppliers are grouped by: the former province, else the 2025 one. */
  key: string;
  zones: DemoZone[];
  taxCode: string;
  displayVi: string;
  displayEn: string;
  /** What goes into location.province so that provincePairOf gives back this exact pair; none → zones only. */
  addressProvince: string | undefined;
  province2025DisplayVi: string;
  addressBook: ProvinceAddressBook | undefined;
}

function provinceByName(name: string): Province | undefined {
  return provinces.find((p) => p.name === name);
}

/** A name a supplier would type whose province pair is exactly the zone's, preferring the everyday Vietnamese. */
function roundTripProvinceName(zone: DemoZone): string | undefined {
  const province = provinceByName(zone.formerProvince ?? zone.province2025);
  if (!province) return undefined;
  for (const candidate of [province.nameVi, ...province.aliases, province.name]) {
    const pair = provincePairOf(candidate);
    if (pair && pair.province2025 === zone.province2025 && pair.formerProvince === zone.formerProvince) {
      return candidate;
    }
  }
  return undefined;
}

function buildProvincePlans(zones: readonly DemoZone[]): WeightedTable<ProvincePlan> {
  const byKey = new Map<string, ProvincePlan>();
  for (const zone of zones) {
    const key = zone.formerProvince ?? zone.province2025;
    let plan = byKey.get(key);
    if (!plan) {
      const display = provinceDisplay[key] ?? { vi: provinceByName(key)?.nameVi ?? key, en: key };
      plan = {
        key,
        zones: [],
        taxCode: taxProvinceCodes[key] ?? taxProvinceCodes[zone.province2025] ?? "03",
        displayVi: display.vi,
        displayEn: display.en,
        addressProvince: roundTripProvinceName(zone),
        province2025DisplayVi:
          provinceDisplay[zone.province2025]?.vi ??
          provinceByName(zone.province2025)?.nameVi ??
          zone.province2025,
        addressBook: addressBooks[key],
      };
      byKey.set(key, plan);
    }
    plan.zones.push(zone);
  }
  return weightedTable(
    [...byKey.values()].map((p) => [p, provinceShares[p.key] ?? unlistedProvinceShare] as const),
  );
}

// ── Small text helpers ───────────────────────────────────────────────────────────────────────────────────

function lowerFirst(text: string): string {
  // "Thùng carton" → "thùng carton", but "PCB assembly" keeps its acronym.
  const second = text.charAt(1);
  return second && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

function formatNumber(value: number, separator: string): string {
  const digits = String(value);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Two significant digits, the way capacities are quoted ("khoảng 450.000 thùng/tháng"). */
function roundNice(value: number): number {
  if (value < 10) return Math.max(1, Math.round(value));
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

const foldCache = new Map<string, string[]>();
/** Upper-case ASCII syllables of a Vietnamese name, for brands, slugs and emails. */
function syllables(text: string): string[] {
  let words = foldCache.get(text);
  if (!words) {
    words = foldToWords(text)
      .split(" ")
      .filter((w) => w !== "");
    foldCache.set(text, words);
  }
  return words;
}

/** "Tân" → "TA", "Phát" → "PA", "Á" → "A": consonant and vowel, as in TAVICO or MIPACO. */
function syllableAbbreviation(syllable: string): string {
  const upper = syllable.toUpperCase();
  const first = upper.charAt(0);
  if ("AEIOUY".includes(first)) return first;
  const vowel = upper.slice(1).match(/[AEIOUY]/)?.[0] ?? "";
  return first + vowel;
}

const dayMs = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
const isoDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
const expiryDays = {
  earliest: dayNumber(earliestExpiry),
  reference: dayNumber(expiryReferenceDate),
  latest: dayNumber(latestExpiry),
};

const isAsciiTerm = (term: string) => /^[\x20-\x7e]+$/.test(term);
/** Material names a Vietnamese sentence can carry: with diacritics, or codes and grades (PP, SUS304, sóng B). */
const isVietnameseUsable = (term: string) => !isAsciiTerm(term) || /[A-Z0-9]/.test(term);

// ── The generator ────────────────────────────────────────────────────────────────────────────────────────

const legalFormTable = weightedTable(legalForms);
const originTable = weightedTable(ownerOrigins);
const familyTable = weightedTable(familyNames);
const marketTable = weightedTable(exportMarkets);
const tldTable = weightedTable(topLevelDomains);

/**
 * Yields `count` supplier profiles, each valid input for supplierProfileInputSchema. Supplier i depends only on
 * (seed, i, zones), so a larger count extends a smaller one; tax codes are unique within a seed.
 */
export function* generateSuppliers(options: GenerateSuppliersOptions): Generator<SupplierProfileInput, void> {
  const { count, seed, zones } = options;
  if (!Number.isInteger(count) || count < 0 || count > maxGeneratedSuppliers) {
    throw new RangeError(`count must be an integer from 0 to ${maxGeneratedSuppliers}, got ${count}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (zones.length === 0) throw new RangeError("no zones given: load the zones reference data first");

  taxonomyPlan ??= buildTaxonomyPlan();
  const plan = taxonomyPlan;
  const provincePlans = buildProvincePlans(zones);
  for (let index = 0; index < count; index++) {
    yield generateSupplier(index, seed, plan, provincePlans);
  }
}

/** The same suppliers as an array, for callers that need them all at once (tests, small seeds). */
export function generateSupplierArray(options: GenerateSuppliersOptions): SupplierProfileInput[] {
  return [...generateSuppliers(options)];
}

function generateSupplier(
  index: number,
  seed: number,
  plan: TaxonomyPlan,
  provincePlans: WeightedTable<ProvincePlan>,
): SupplierProfileInput {
  const random = createRandom(seed, index);
  const origin = originTable.draw(random);
  const foreign = origin !== "vn";
  // Suppliers that sell to FDI plants write English descriptions, hold more certificates and export more.
  const fdiFacing = foreign || random.chance(0.49);

  const group = plan.groups.draw(random);
  const main = group.leaves.draw(random);
  const leaves = pickCategories(random, main);

  const province = provincePlans.draw(random);
  const zone = random.pick(province.zones);
  const addressProvince = random.chance(0.2) ? province.addressProvince : undefined;
  const taxProvince = random.chance(0.85) ? province.taxCode : "03";
  const taxCode = taxCodeFor(index, seed, taxProvince, random);

  const names = companyNames(random, origin, main);
  const yearFounded = Math.max(
    foreign ? 1995 : 1990,
    1990 + Math.floor(((random.next() + random.next()) / 2) * 34),
  );
  const [staffMin, staffMax] = group.profile.staff;
  const staffSize = roundStaff(random.logUniform(staffMin, staffMax) * (foreign ? 1.5 : 1));

  const { capacity: capacityRange, moq: moqRange, leadTimeDays: leadRange } = main.profile;
  const monthlyCapacity = {
    value: roundNice(random.logUniform(capacityRange.min, capacityRange.max)),
    unit: capacityRange.unit,
  };
  const moq = { value: roundNice(random.logUniform(moqRange.min, moqRange.max)), unit: moqRange.unit };
  const leadTimeDays = random.int(leadRange[0], leadRange[1]);

  const processes = random.sample(termsOf(leaves, "processes"), random.int(1, 4));
  const materials = random.sample(termsOf(leaves, "materials"), random.int(2, 5));
  const productTerms = exampleProductTerms(random, leaves);

  const certifications = pickCertifications(random, leaves, fdiFacing);
  const languages = pickLanguages(random, origin, fdiFacing);
  const exporter = fdiFacing ? random.chance(0.55) : random.chance(0.05);
  const markets = exporter ? pickMarkets(random, origin) : [];
  const [radiusMin, radiusMax] = group.profile.deliveryRadiusKm;
  const deliveryRadiusKm = Math.round(random.int(radiusMin, radiusMax) / 10) * 10;
  const green = pickGreen(random, main, fdiFacing);
  const customer = random.pick(group.profile.customers);

  const facts: DescriptionFacts = {
    main,
    leaves,
    productTerms,
    customer,
    province,
    monthlyCapacity,
    moq,
    leadTimeDays,
    staffSize,
    yearFounded,
    materials,
    certificationCodes: certifications.map((c) => c.code),
    markets,
    languages,
    deliveryRadiusKm,
  };
  const descriptionVi = describeVi(random, facts);
  const descriptionEn = fdiFacing ? describeEn(random, facts) : undefined;

  const location: SupplierProfileInput["location"] = addressProvince
    ? addressLocation(random, zone, province, addressProvince)
    : { zoneId: zone.id };
  const web = webPresence(random, names, foreign);
  const contact = contactPerson(random, web.domain, names.slug, province);

  const supplier: SupplierProfileInput = {
    legalName: names.legalName,
    ...(names.tradeName ? { tradeName: names.tradeName } : {}),
    taxCode,
    descriptionVi,
    ...(descriptionEn ? { descriptionEn } : {}),
    categories: leaves.map((l) => l.category.code),
    ...(processes.length > 0 ? { processes } : {}),
    ...(materials.length > 0 ? { materials } : {}),
    exampleProducts: productTerms.map(upperFirst),
    ...(certifications.length > 0 ? { certifications } : {}),
    monthlyCapacity,
    moq,
    leadTimeDays,
    ...(markets.length > 0 ? { exportMarkets: markets } : {}),
    languages,
    staffSize,
    yearFounded,
    location,
    deliveryRadiusKm,
    ...(green ? { green } : {}),
    contact,
    ...(web.website ? { website: web.website } : {}),
  };
  return supplier;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function termsOf(leaves: readonly LeafPlan[], field: "processes" | "materials"): readonly string[] {
  // Most suppliers have one category or siblings sharing a list; merging is only needed otherwise.
  const first = (leaves[0] as LeafPlan)[field];
  return leaves.every((leaf) => leaf[field] === first)
    ? first
    : unique(leaves.flatMap((leaf) => leaf[field]));
}

/** One to three categories: mostly siblings of the main one (cartons + labels), sometimes a related trade. */
function pickCategories(random: Random, main: LeafPlan): LeafPlan[] {
  const roll = random.next();
  const wanted = roll < 0.45 ? 1 : roll < 0.85 ? 2 : 3;
  const chosen = [main];
  for (let attempt = 0; chosen.length < wanted && attempt < 8; attempt++) {
    const candidate =
      main.group.related.length > 0 && random.chance(0.2)
        ? random.pick(main.group.related)
        : main.group.leaves.draw(random);
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen;
}

function exampleProductTerms(random: Random, leaves: readonly LeafPlan[]): string[] {
  const [main, ...others] = leaves as [LeafPlan, ...LeafPlan[]];
  const terms = random.sample(main.profile.products, random.int(2, others.length > 0 ? 3 : 4));
  for (const leaf of others) terms.push(...random.sample(leaf.profile.products, random.int(1, 2)));
  return unique(terms).slice(0, 5);
}

interface CompanyNames {
  legalName: string;
  tradeName: string | undefined;
  /** ASCII handle for the web domain and email addresses. */
  slug: string;
}

function companyNames(random: Random, origin: OwnerOrigin, main: LeafPlan): CompanyNames {
  const tradeWord = random.pick(main.tradeWords);
  const group = main.group.profile;
  if (origin !== "vn") {
    const parent = random.pick(foreignBusinessNames[origin]);
    const parentSlug = syllables(parent).join("");
    const brand = random.chance(0.5) ? `${parentSlug.toUpperCase()} VINA` : `${parent} Vietnam`;
    return {
      legalName: `Công ty TNHH ${tradeWord} ${parent} Việt Nam`,
      tradeName: random.chance(0.8) ? brand : undefined,
      slug: random.chance(0.5) ? `${parentSlug}vina` : `${parentSlug}-vn`,
    };
  }

  const business = random.pick(businessNames);
  const form = legalFormTable.draw(random);
  const infix = form !== "Doanh nghiệp tư nhân" && random.chance(0.25) ? `${random.pick(nameInfixes)} ` : "";
  const legalName = `${form} ${infix}${tradeWord} ${business}`;
  const parts = syllables(business);
  const [first = "vn", second = ""] = parts;
  const plainSlug = `${parts.join("")}${random.pick(group.brandSuffixes).toLowerCase()}`;

  if (!random.chance(0.75)) return { legalName, tradeName: undefined, slug: plainSlug };
  const style = random.next();
  if (style < 0.45) return { legalName, tradeName: `${tradeWord} ${business}`, slug: plainSlug };
  let brand: string;
  if (style < 0.65) brand = `${first.toUpperCase()}${random.pick(main.group.brandEndings)}`;
  else if (style < 0.85) {
    const ending = random.pick(abbreviationEndings);
    brand = random.chance(0.4)
      ? `${syllableAbbreviation(first)}VI${ending}`
      : `${syllableAbbreviation(first)}${syllableAbbreviation(second)}${ending}`;
  } else {
    const initials = parts.map((p) => p.charAt(0).toUpperCase()).join("");
    return { legalName, tradeName: `${initials} ${random.pick(group.englishTrade)}`, slug: plainSlug };
  }
  return { legalName, tradeName: brand, slug: brand.toLowerCase() };
}

function roundStaff(value: number): number {
  const step = value >= 1000 ? 50 : value >= 200 ? 10 : value >= 50 ? 5 : 1;
  return Math.min(500_000, Math.max(1, Math.round(value / step) * step));
}

function pickCertifications(
  random: Random,
  leaves: readonly LeafPlan[],
  fdiFacing: boolean,
): NonNullable<SupplierProfileInput["certifications"]> {
  const codes: string[] = [];
  if (random.chance(fdiFacing ? 0.62 : 0.42)) {
    codes.push("iso-9001");
    if (random.chance(fdiFacing ? 0.5 : 0.35)) codes.push("iso-14001");
    if (random.chance(0.1)) codes.push("iso-45001");
  }
  const offered = new Map<string, number>();
  for (const leaf of leaves) {
    for (const [code, p] of leaf.certifications) offered.set(code, Math.max(p, offered.get(code) ?? 0));
  }
  for (const [code, p] of offered) {
    if (!codes.includes(code) && random.chance(fdiFacing ? Math.min(1, p * 1.25) : p * 0.6)) codes.push(code);
  }
  // IATF 16949 is certified on top of ISO 9001; a holder of one without the other would look wrong.
  if (codes.includes("iatf-16949") && !codes.includes("iso-9001")) codes.unshift("iso-9001");

  return codes.map((code) => {
    if (undatedCertifications.has(code)) return { code };
    const expired = random.chance(expiredShare);
    const day = expired
      ? random.int(expiryDays.earliest, expiryDays.reference - 1)
      : random.int(expiryDays.reference, expiryDays.latest);
    return { code, expiresOn: isoDay(day) };
  });
}

type Language = SupplierProfileInput["languages"] extends (infer L)[] | undefined ? L : never;

function pickLanguages(random: Random, origin: OwnerOrigin, fdiFacing: boolean): Language[] {
  const languages: Language[] = ["vi"];
  if (fdiFacing ? random.chance(0.8) : random.chance(0.05)) languages.push("en");
  const owners = origin === "vn" ? undefined : ownerLanguage[origin];
  for (const language of ["zh", "ja", "ko"] as const) {
    // Domestic suppliers to Japanese, Korean and Chinese plants often have a staff member for that language.
    if (owners === language || (origin === "vn" && fdiFacing && random.chance(0.04)))
      languages.push(language);
  }
  return languages;
}

function pickMarkets(random: Random, origin: OwnerOrigin): string[] {
  const markets = new Set<string>();
  if (origin !== "vn") markets.add(ownerCountry[origin]);
  const wanted = random.int(1, 4);
  for (let attempt = 0; markets.size < wanted && attempt < 12; attempt++)
    markets.add(marketTable.draw(random));
  return [...markets];
}

function pickGreen(random: Random, main: LeafPlan, fdiFacing: boolean): SupplierProfileInput["green"] {
  if (!random.chance(fdiFacing ? 0.38 : 0.2)) return undefined;
  const green: NonNullable<SupplierProfileInput["green"]> = {};
  if (random.chance(0.65)) green.rooftopSolarKwp = roundNice(random.logUniform(50, 3_000));
  const recycled = main.profile.recycledPercent;
  if (recycled && random.chance(0.7)) {
    green.recycledMaterialPercent = Math.round(random.int(recycled[0], recycled[1]) / 5) * 5;
  }
  if (random.chance(0.25)) green.notes = random.pick(greenNotes);
  if (Object.keys(green).length === 0) green.rooftopSolarKwp = roundNice(random.logUniform(50, 1_000));
  return green;
}

function addressLocation(
  random: Random,
  zone: DemoZone,
  province: ProvincePlan,
  provinceName: string,
): SupplierProfileInput["location"] {
  // Uniform over a disc: the square root keeps points from bunching at the centre.
  const distanceKm = jitterRadiusKm * Math.sqrt(random.next());
  const bearing = 2 * Math.PI * random.next();
  const lat = zone.lat + (distanceKm * Math.cos(bearing)) / 111.32;
  const lng = zone.lng + (distanceKm * Math.sin(bearing)) / (111.32 * Math.cos((zone.lat * Math.PI) / 180));

  const book = province.addressBook;
  const street = book ? random.pick(book.streets) : "Số 1";
  const ward = book ? random.pick(book.wards) : undefined;
  const onRoad = /^(Quốc lộ|Tỉnh lộ|Đại lộ|ĐT|Đường)/.test(street) ? street : `đường ${street}`;
  const lot = random.chance(0.3);
  const house = lot
    ? `Lô ${random.pick(["A", "B", "C", "D", "E"])}${random.int(1, 30)}, ${onRoad}`
    : `Số ${random.int(1, 450)}${random.chance(0.2) ? `/${random.int(1, 20)}` : ""} ${onRoad}`;
  return {
    address: [house, ward, province.province2025DisplayVi].filter(Boolean).join(", "),
    province: provinceName,
    lat: Math.round(lat * 1e5) / 1e5,
    lng: Math.round(lng * 1e5) / 1e5,
  };
}

function webPresence(
  random: Random,
  names: CompanyNames,
  foreign: boolean,
): { website: string | undefined; domain: string | undefined } {
  if (!random.chance(foreign ? 0.9 : 0.65)) return { website: undefined, domain: undefined };
  const domain = `${names.slug}.${tldTable.draw(random)}`;
  return { website: `https://${random.chance(0.5) ? "www." : ""}${domain}`, domain };
}

function contactPerson(
  random: Random,
  domain: string | undefined,
  slug: string,
  province: ProvincePlan,
): NonNullable<SupplierProfileInput["contact"]> {
  // Sales and purchasing desks in the zones are staffed more by women than men.
  const female = random.chance(0.55);
  const family = familyTable.draw(random);
  const middle = random.pick(female ? femaleMiddleNames : maleMiddleNames);
  const given = random.pick(female ? femaleGivenNames : maleGivenNames);
  const name = `${family} ${middle} ${given}`;

  const [givenSlug = "", familySlug = "", middleSlug = ""] = [given, family, middle].map((n) =>
    syllables(n).join(""),
  );
  let email: string;
  if (domain && random.chance(0.8)) {
    const local = random.pick([
      "sales",
      "info",
      "kinhdoanh",
      `${givenSlug}.${familySlug}`,
      `${givenSlug}${familySlug.charAt(0)}${middleSlug.charAt(0)}`,
    ]);
    email = `${local}@${domain}`;
  } else {
    email = `${slug.replace(/-/g, "")}${random.chance(0.5) ? random.int(1, 99) : ""}@gmail.com`;
  }

  const areaCode = province.addressBook?.areaCode;
  const digits = (n: number) => {
    let out = "";
    for (let i = 0; i < n; i++) out += String(random.int(0, 9));
    return out;
  };
  const phone =
    areaCode && random.chance(0.25)
      ? areaCode.length === 2
        ? `+84 ${areaCode} ${random.int(3, 6)}${digits(3)} ${digits(4)}`
        : `+84 ${areaCode} ${random.int(3, 6)}${digits(2)} ${digits(4)}`
      : `+84 ${random.pick(mobilePrefixes)}${digits(1)} ${digits(3)} ${digits(3)}`;
  return { name, email, phone };
}

// ── Descriptions ─────────────────────────────────────────────────────────────────────────────────────────

interface DescriptionFacts {
  main: LeafPlan;
  leaves: readonly LeafPlan[];
  productTerms: readonly string[];
  customer: readonly [string, string];
  province: ProvincePlan;
  monthlyCapacity: { value: number; unit: QuantityUnit };
  moq: { value: number; unit: QuantityUnit };
  leadTimeDays: number;
  staffSize: number;
  yearFounded: number;
  materials: readonly string[];
  certificationCodes: readonly string[];
  markets: readonly string[];
  languages: readonly string[];
  deliveryRadiusKm: number;
}

/** "thùng" rather than "sản phẩm" for a carton maker, whenever the quantity is in the leaf's own unit. */
function unitName(leaf: LeafPlan, unit: QuantityUnit, language: "vi" | "en"): string {
  const noun = leaf.profile.noun;
  return noun && unit === leaf.profile.capacity.unit ? noun[language] : unitNames[unit][language];
}

function certificationNames(codes: readonly string[]): string[] {
  return codes.map((code) => getCertification(code)?.name ?? code);
}

function describeVi(random: Random, facts: DescriptionFacts): string {
  const { main, monthlyCapacity, moq } = facts;
  const products = facts.productTerms.slice(0, 3);
  const sentences = [
    `${random.pick(verbs[main.profile.kind].vi)} ${joinList(products, "và")} ${random.pick(["cho", "phục vụ"])} ${
      facts.customer[0]
    } tại ${facts.province.displayVi}.`,
  ];

  const capacity = `${formatNumber(monthlyCapacity.value, ".")} ${unitName(main, monthlyCapacity.unit, "vi")}`;
  const minimum = `${formatNumber(moq.value, ".")} ${unitName(main, moq.unit, "vi")}`;
  const materials = facts.materials.filter(isVietnameseUsable).slice(0, 3);
  const style = random.int(0, 2);
  if (style === 0 || (style === 2 && materials.length === 0)) {
    sentences.push(
      `Công suất khoảng ${capacity}/tháng, nhận đơn hàng từ ${minimum}, thời gian giao hàng ${facts.leadTimeDays} ngày.`,
    );
  } else if (style === 1) {
    sentences.push(
      `Nhà máy có ${formatNumber(facts.staffSize, ".")} công nhân, năng lực khoảng ${capacity} mỗi tháng; giao hàng trong ${facts.leadTimeDays} ngày.`,
    );
  } else {
    sentences.push(
      `Sử dụng nguyên liệu ${joinList(materials, "và")}, công suất ${capacity}/tháng, đơn hàng tối thiểu ${minimum}.`,
    );
  }

  if (random.chance(0.75)) {
    if (facts.certificationCodes.length > 0 && random.chance(0.6)) {
      sentences.push(
        `Đạt chứng nhận ${joinList(certificationNames(facts.certificationCodes.slice(0, 3)), "và")}.`,
      );
    } else if (facts.markets.length > 0) {
      const countries = facts.markets.map((code) => countryNames[code]?.vi ?? code);
      sentences.push(`Sản phẩm đã xuất khẩu sang ${joinList(countries, "và")}.`);
    } else {
      const years = referenceYear - facts.yearFounded;
      sentences.push(
        random.pick([
          `Hơn ${years} năm kinh nghiệm, nhận sản xuất theo bản vẽ và mẫu của khách hàng.`,
          `Hỗ trợ làm mẫu miễn phí và giao hàng tận nơi trong bán kính ${facts.deliveryRadiusKm} km.`,
          "Đội ngũ kỹ thuật giàu kinh nghiệm, sẵn sàng tư vấn giải pháp tiết kiệm chi phí.",
        ]),
      );
    }
  }
  return sentences.join(" ");
}

const languageNames: Readonly<Record<string, string>> = {
  en: "English",
  zh: "Chinese",
  ja: "Japanese",
  ko: "Korean",
};

function describeEn(random: Random, facts: DescriptionFacts): string {
  const { main, monthlyCapacity, moq } = facts;
  const terms = facts.leaves.map((leaf, i) => {
    const name = lowerFirst(leaf.category.nameEn);
    const examples = i === 0 ? random.sample(leaf.englishExamples, 2) : [];
    return examples.length > 0 ? `${name} (${examples.join(", ")})` : name;
  });
  const sentences = [
    `${verbs[main.profile.kind].en} ${joinList(terms, "and")} for ${facts.customer[1]} in ${facts.province.displayEn}.`,
    `Monthly capacity about ${formatNumber(monthlyCapacity.value, ",")} ${unitName(main, monthlyCapacity.unit, "en")}, MOQ ${formatNumber(
      moq.value,
      ",",
    )} ${unitName(main, moq.unit, "en")}, lead time ${facts.leadTimeDays} days.`,
  ];
  const extras: string[] = [];
  if (facts.certificationCodes.length > 0) {
    extras.push(`Certified to ${joinList(certificationNames(facts.certificationCodes.slice(0, 3)), "and")}.`);
  }
  if (facts.markets.length > 0) {
    extras.push(
      `Exporting to ${joinList(
        facts.markets.map((c) => countryNames[c]?.en ?? c),
        "and",
      )}.`,
    );
  }
  const spoken = facts.languages.filter((l) => l !== "vi").map((l) => languageNames[l] ?? l);
  if (spoken.length > 0) extras.push(`Our sales team speaks ${joinList(spoken, "and")}.`);
  if (extras.length > 0 && random.chance(0.8)) sentences.push(random.pick(extras));
  return sentences.join(" ");
}
