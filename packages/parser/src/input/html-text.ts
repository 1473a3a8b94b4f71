// Block elements whose text forms one paragraph of the extracted article.
const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "TH"]);
const SKIP = new Set([
  "FIGURE",
  "FIGCAPTION",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "FORM",
  "NAV",
  "ASIDE",
  "IFRAME",
]);

/**
 * The text of an article element as paragraphs separated by blank lines:
 * each block element's text with its white space collapsed. Text that sits
 * directly in a container (a <div> without <p>) becomes its own paragraph.
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let loose = "";
  const flush = () => {
    const text = collapse(loose);
    if (text) paragraphs.push(text);
    loose = "";
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? "";
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === "BR") loose += " ";
      else if (BLOCKS.has(tag) && !hasBlockChild(child)) {
        flush();
        loose = inlineText(child);
        flush();
      } else if (isInline(tag)) loose += inlineText(child);
      else {
        flush();
        walk(child);
        flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

function inlineText(node: Node): string {
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.textContent ?? "";
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      text += tag === "BR" ? " " : inlineText(child);
    }
  }
  return text;
}

function hasBlockChild(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (BLOCKS.has(tag) || tag === "DIV" || tag === "UL" || tag === "OL" || tag === "TABLE" || tag === "SECTION")
      return true;
  }
  return false;
}

const INLINE = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "CITE",
  "CODE",
  "DATA",
  "DFN",
  "EM",
  "I",
  "KBD",
  "MARK",
  "Q",
  "S",
  "SAMP",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "U",
  "VAR",
  "WBR",
  "FONT",
  "INS",
  "DEL",
]);

function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}
