// The Postgres baseline's search index, built by the baseline itself in the database it evaluates (a test or a
// bench database), never by a product migration: a folding function, a table of category names and synonyms, and
// one weighted tsvector per supplier with a GIN index on its categories.
//
// Weights put the supplier's own words first: what it lists it makes and works with (A), its descriptions (B).
// Its categories' names and trade synonyms in both languages (C) come after, as the bridge between a buyer writing
// English and a supplier writing Vietnamese: every supplier of a category shares them, so at a higher weight they
// would drown the differences between those suppliers. The legal name is last (D): "Công ty TNHH" says nothing,
// and "công" collides with "gia công".
import type { Database } from "@ketnoi/db";
import { categories } from "@ketnoi/domain";
import { sql } from "drizzle-orm";

export type BaselineFolding = "unaccent" | "translate";

export interface BaselineIndexStats {
  folding: BaselineFolding;
  documents: number;
  buildMs: number;
}

/** Vietnamese letters with tone or vowel marks, and what they fold to; for databases without `unaccent`. */
function vietnameseTranslation(): { from: string; to: string } {
  const marked = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
  const letters = [...marked, ...marked.toUpperCase()];
  const base = (letter: string) =>
    letter === "đ" ? "d" : letter === "Đ" ? "D" : letter.normalize("NFD").replace(/\p{M}/gu, "");
  return { from: letters.join(""), to: letters.map(base).join("") };
}

async function unaccentAvailable(db: Database): Promise<boolean> {
  const rows = await db.execute<{ available: boolean }>(
    sql`select exists (select 1 from pg_available_extensions where name = 'unaccent') as available`,
  );
  return rows[0]?.available === true;
}

/**
 * `match_baseline_fold(text)`: lower case without diacritics, as an IMMUTABLE function so it can build stored
 * tsvectors (unaccent itself is only STABLE, because its dictionary could change).
 */
async function createFoldFunction(db: Database, folding: BaselineFolding): Promise<void> {
  if (folding === "unaccent") {
    await db.execute(sql`create extension if not exists unaccent with schema public`);
    await db.execute(sql`
      create or replace function match_baseline_fold(input text) returns text
      language sql immutable strict parallel safe
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, input)) $$`);
    return;
  }
  const { from, to } = vietnameseTranslation();
  // Literal letters only (no quotes among them), so inlining them in the function body is safe.
  await db.execute(
    sql.raw(`
      create or replace function match_baseline_fold(input text) returns text
      language sql immutable strict parallel safe
      as $$ select lower(translate(input, '${from}', '${to}')) $$`),
  );
}

async function loadCategoryTerms(db: Database): Promise<void> {
  await db.execute(sql`
    create table if not exists match_baseline_category_terms (code text primary key, terms text not null)`);
  await db.execute(sql`truncate match_baseline_category_terms`);
  const rows = categories.map((category) => ({
    code: category.code,
    terms: [category.nameVi, category.nameEn, ...category.synonyms.vi, ...category.synonyms.en].join(" · "),
  }));
  await db.execute(sql`
    insert into match_baseline_category_terms (code, terms)
    select code, terms from json_to_recordset(${JSON.stringify(rows)}::json) as t(code text, terms text)`);
}

async function buildDocuments(db: Database): Promise<number> {
  await db.execute(sql`drop table if exists match_baseline_documents`);
  await db.execute(sql`
    create table match_baseline_documents (
      supplier_id uuid primary key,
      categories text[] not null,
      document tsvector not null
    )`);
  await db.execute(sql`
    insert into match_baseline_documents (supplier_id, categories, document)
    select s.id, s.categories,
      setweight(to_tsvector('simple', match_baseline_fold(concat_ws(' · ',
        s.trade_name,
        array_to_string(s.example_products, ' · '),
        array_to_string(s.processes, ' · '),
        array_to_string(s.materials, ' · ')))), 'A')
      || setweight(to_tsvector('simple', match_baseline_fold(concat_ws(' · ', s.description_vi, s.description_en))), 'B')
      || setweight(to_tsvector('simple', match_baseline_fold(coalesce(
        (select string_agg(t.terms, ' · ') from match_baseline_category_terms t where t.code = any(s.categories)),
        ''))), 'C')
      || setweight(to_tsvector('simple', match_baseline_fold(s.legal_name)), 'D')
    from suppliers s`);
  await db.execute(
    sql`create index match_baseline_documents_categories_idx on match_baseline_documents using gin (categories)`,
  );
  await db.execute(sql`analyze match_baseline_documents`);
  const [row] = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from match_baseline_documents`,
  );
  return row?.count ?? 0;
}

/**
 * (Re)builds the baseline's index from the suppliers table as it is now; like a search index, it must be rebuilt
 * after suppliers change. `folding: "auto"` uses `unaccent` when the server ships it, else `translate()`.
 */
export async function prepareBaselineIndex(
  db: Database,
  options: { folding?: BaselineFolding | "auto" } = {},
): Promise<BaselineIndexStats> {
  const started = performance.now();
  const requested = options.folding ?? "auto";
  const folding: BaselineFolding =
    requested === "auto" ? ((await unaccentAvailable(db)) ? "unaccent" : "translate") : requested;
  await createFoldFunction(db, folding);
  await loadCategoryTerms(db);
  const documents = await buildDocuments(db);
  return { folding, documents, buildMs: performance.now() - started };
}
