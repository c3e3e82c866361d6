export {
  ambiguousCategoryTerms,
  type Category,
  categories,
} from "./categories.js";
export { boilerplateWords } from "./category-lexicon.js";
export { type CertificationMention, extractCertificationMentions } from "./certification-mentions.js";
export {
  type Certification,
  type CertificationKind,
  certificationKinds,
  certifications,
} from "./certifications.js";
export {
  ancestorCategoryCodes,
  type CategoryMention,
  type CategoryNode,
  type CategorySearchHit,
  categoryChildren,
  categorySynonymGroups,
  categoryTree,
  expandCategoryCodes,
  extractCategoryMentions,
  getCategory,
  getCertification,
  isLeafCategory,
  leafCategories,
  resolveCategory,
  resolveCategoryCandidates,
  resolveCertification,
  searchCategories,
} from "./lookup.js";
export {
  type CategoryReading,
  type RankCategoriesOptions,
  type RankedCategory,
  rankCategories,
} from "./rank-categories.js";
