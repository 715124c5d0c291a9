// A strict XML well-formedness check for the Atom tests (no XML parser is a dependency of the unit suite; the
// browser test parses the same file with Chromium's): one root element, every tag closed in order, attributes quoted
// and unique, every `&` an entity. Returns the element tree so tests can read the Atom structure.

/** An element of a parsed document. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  /** The element's own text (entities decoded), without its children's. */
  text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;

function decode(text: string, where: string): string {
  if (/&/.test(text.replace(ENTITY, ''))) throw new Error(`a bare & in ${where}`);
  if (/</.test(text)) throw new Error(`a bare < in ${where}`);
  return text.replace(ENTITY, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': '\'' } as Record<string, string>)[e]
    ?? String.fromCodePoint(e[2] === 'x' ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10)));
}

/**
 * Parses `text` as XML, throwing on the first well-formedness error.
 * @returns the root element
 */
export function parseXml(text: string): XmlElement {
  let rest = text.replace(/^<\?xml\s[^?]*\?>/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const chunk = lt < 0 ? rest : rest.slice(0, lt);
    if (chunk) {
      const decoded = decode(chunk, stack.length ? `<${stack[stack.length - 1].name}>` : 'the prolog');
      if (stack.length) stack[stack.length - 1].text += decoded;
      else if (decoded.trim()) throw new Error('text outside the root element');
    }
    if (lt < 0) break;
    rest = rest.slice(lt);
    let m: RegExpExecArray | null;
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) throw new Error('an unclosed comment');
      rest = rest.slice(end + 3);
    } else if ((m = new RegExp(`^</(${NAME})\\s*>`).exec(rest))) {
      const open = stack.pop();
      if (!open || open.name !== m[1]) throw new Error(`</${m[1]}> closes ${open ? `<${open.name}>` : 'nothing'}`);
      rest = rest.slice(m[0].length);
    } else if ((m = tag.exec(rest))) {
      if (!stack.length && root) throw new Error('a second root element');
      const attributes: Record<string, string> = {};
      for (const a of m[2].matchAll(new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
        if (a[1] in attributes) throw new Error(`attribute ${a[1]} twice on <${m[1]}>`);
        attributes[a[1]] = decode(a[2] ?? a[3], `attribute ${a[1]}`);
      }
      const el: XmlElement = { name: m[1], attributes, children: [], text: '' };
      if (stack.length) stack[stack.length - 1].children.push(el);
      else root = el;
      if (!m[3]) stack.push(el);
      rest = rest.slice(m[0].length);
    } else {
      throw new Error(`not a tag: ${rest.slice(0, 40)}`);
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of `el` named `name`. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
