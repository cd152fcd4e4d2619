import { SaxesParser } from "saxes";

export interface TAtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string | null;
  author: string;
  summary: string;
}

export interface TAtomFeed {
  lang: string | null;
  id: string;
  title: string;
  updated: string;
  selfLink: string | null;
  entries: TAtomEntry[];
}

const ATOM = "http://www.w3.org/2005/Atom";

/**
 * Parses an Atom document with a strict, namespace-aware XML parser: a document that is not
 * well-formed, or not in the Atom namespace, throws.
 */
export function parseAtom(text: string): TAtomFeed {
  const parser = new SaxesParser({ xmlns: true });
  const feed: TAtomFeed = { lang: null, id: "", title: "", updated: "", selfLink: null, entries: [] };
  const stack: string[] = [];
  let entry: TAtomEntry | null = null;
  let buffer = "";
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (tag.uri !== ATOM) throw new Error(`element outside the Atom namespace: ${tag.name}`);
    stack.push(tag.local);
    buffer = "";
    if (tag.local === "feed") feed.lang = tag.attributes["xml:lang"]?.value ?? null;
    if (tag.local === "entry") entry = { id: "", title: "", updated: "", link: null, author: "", summary: "" };
    if (tag.local === "link") {
      const rel = tag.attributes.rel?.value ?? "alternate";
      const href = tag.attributes.href?.value ?? null;
      if (entry && rel === "alternate") entry.link = href;
      if (!entry && rel === "self") feed.selfLink = href;
    }
  });
  parser.on("text", (text) => {
    buffer += text;
  });
  parser.on("closetag", (tag) => {
    stack.pop();
    const parent = stack[stack.length - 1];
    if (tag.local === "entry" && entry) {
      feed.entries.push(entry);
      entry = null;
    } else if (entry && (tag.local === "id" || tag.local === "title" || tag.local === "updated" || tag.local === "summary")) {
      entry[tag.local] = buffer;
    } else if (entry && tag.local === "name" && parent === "author") {
      entry.author = buffer;
    } else if (!entry && (tag.local === "id" || tag.local === "title" || tag.local === "updated")) {
      feed[tag.local] = buffer;
    }
    buffer = "";
  });
  parser.write(text).close();
  return feed;
}
