// A logic-less template over HTML that MJML has already compiled: MJML does the expensive, responsive layout once
// per process, and each recipient only costs string concatenation. The markers survive MJML untouched:
//   %%name%%                  text, HTML-escaped (dotted paths allowed: %%action.url%%)
//   <!--ketnoi:each:name-->   repeats its body for each element of an array, with the element as inner scope
//   <!--ketnoi:if:name-->     renders its body when the value is truthy (a non-empty array counts)
//   <!--ketnoi:unless:name--> renders its body when the value is falsy
//   <!--ketnoi:end:name-->    closes the block of the same name
// Placed between MJML elements with <mj-raw>, block markers repeat or drop whole rows and sections.
import { escapeHtml } from "@ketnoi/domain";

type TemplateValue = string | number | boolean | null | undefined | TemplateScope | TemplateScope[];
interface TemplateScope {
  readonly [key: string]: TemplateValue;
}

type Node =
  | { kind: "text"; text: string }
  | { kind: "value"; path: string[] }
  | { kind: "block"; type: "each" | "if" | "unless"; path: string[]; body: Node[] };

export interface MarkedTemplate {
  render(scope: TemplateScope): string;
}

const tokenPattern = /%%([A-Za-z][\w.]*)%%|<!--ketnoi:(each|if|unless|end):([A-Za-z][\w.]*)-->/g;

function parse(source: string): Node[] {
  const root: Node[] = [];
  const stack: { name: string; body: Node[] }[] = [{ name: "", body: root }];
  let last = 0;
  for (const match of source.matchAll(tokenPattern)) {
    const current = stack[stack.length - 1] as { name: string; body: Node[] };
    if (match.index > last) current.body.push({ kind: "text", text: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, valueName, blockType, blockName] = match;
    if (valueName !== undefined) {
      current.body.push({ kind: "value", path: valueName.split(".") });
    } else if (blockType === "end") {
      if (stack.length === 1 || current.name !== blockName) {
        throw new Error(`template: <!--ketnoi:end:${blockName}--> closes ${current.name || "nothing"}`);
      }
      stack.pop();
    } else {
      const block: Node = {
        kind: "block",
        type: blockType as "each" | "if" | "unless",
        path: (blockName as string).split("."),
        body: [],
      };
      current.body.push(block);
      stack.push({ name: blockName as string, body: block.body });
    }
  }
  if (stack.length > 1) throw new Error(`template: block ${stack[stack.length - 1]?.name} is never closed`);
  if (last < source.length) root.push({ kind: "text", text: source.slice(last) });
  return root;
}

/** Looks the first segment up from the innermost scope outwards, then walks the rest. */
function lookup(scopes: readonly TemplateScope[], path: readonly string[]): TemplateValue {
  const [head, ...rest] = path as [string, ...string[]];
  let value: TemplateValue;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i] as TemplateScope;
    if (head in scope) {
      value = scope[head];
      break;
    }
  }
  for (const key of rest) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = value[key];
  }
  return value;
}

const truthy = (value: TemplateValue) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

function renderNodes(nodes: readonly Node[], scopes: TemplateScope[], out: string[]): void {
  for (const node of nodes) {
    if (node.kind === "text") {
      out.push(node.text);
    } else if (node.kind === "value") {
      const value = lookup(scopes, node.path);
      if (typeof value === "string") out.push(escapeHtml(value));
      else if (typeof value === "number") out.push(String(value));
      // A missing value is a bug in the view, not something to paper over with an empty string.
      else throw new Error(`template: %%${node.path.join(".")}%% is not text`);
    } else {
      const value = lookup(scopes, node.path);
      if (node.type === "each") {
        if (!Array.isArray(value)) throw new Error(`template: each:${node.path.join(".")} is not a list`);
        for (const item of value) {
          scopes.push(item);
          renderNodes(node.body, scopes, out);
          scopes.pop();
        }
      } else if (truthy(value) === (node.type === "if")) {
        renderNodes(node.body, scopes, out);
      }
    }
  }
}

export function parseMarkedTemplate(source: string): MarkedTemplate {
  const nodes = parse(source);
  return {
    render(scope) {
      const out: string[] = [];
      renderNodes(nodes, [scope], out);
      return out.join("");
    },
  };
}
