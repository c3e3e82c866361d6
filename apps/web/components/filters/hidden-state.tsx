// A GET form inside the filters changes one thing: the rest of the search rides along as hidden fields, so
// submitting it keeps the words and every other filter.
import { type SearchState, searchQuery } from "../../lib/search-params";

export function HiddenState({ state, replaces }: { state: SearchState; replaces: string[] }) {
  const params = [...searchQuery({ ...state, page: 1 }).entries()].filter(
    ([name]) => !replaces.includes(name),
  );
  return (
    <>
      {params.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
