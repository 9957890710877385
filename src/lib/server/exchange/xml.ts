import { SaxesParser } from 'saxes';
import { ParseError } from './errors';

/** An element of a parsed document: local name (prefix dropped), attributes, children, text. */
export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	text: string;
	line: number;
}

// GraphML and GEXF nest a handful of levels; anything deeper is not a network file.
const MAX_DEPTH = 64;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Parses XML into a small tree. saxes never fetches anything and expands only the five
 * predefined entities; a DOCTYPE that declares entities is refused before any use of them
 * (no XXE, no "billion laughs"), and an undeclared entity is a well-formedness error.
 * Every error carries the line it was found on; nothing of a refused file is kept.
 */
export function parseXml(text: string): XmlElement {
	const parser = new SaxesParser({ position: true });
	const root: XmlElement = { name: '', attrs: {}, children: [], text: '', line: 0 };
	const stack: XmlElement[] = [root];
	let startLine = 1;
	parser.on('doctype', (doctype) => {
		if (/<!ENTITY|%\s*[\w.-]+\s*;/i.test(doctype)) {
			throw new ParseError(parser.line, 'import.error.entities');
		}
	});
	parser.on('opentagstart', () => {
		startLine = parser.line;
	});
	parser.on('opentag', (tag) => {
		if (stack.length > MAX_DEPTH) throw new ParseError(parser.line, 'import.error.tooDeep');
		const attrs: Record<string, string> = {};
		for (const [name, value] of Object.entries(tag.attributes)) attrs[localName(name)] = value;
		const element = { name: localName(tag.name), attrs, children: [], text: '', line: startLine };
		stack.at(-1)!.children.push(element);
		stack.push(element);
	});
	parser.on('closetag', () => {
		stack.pop();
	});
	const addText = (t: string) => {
		stack.at(-1)!.text += t;
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('error', (e) => {
		// saxes prefixes its message with "line:column: ".
		const detail = e.message.replace(/^[^:]*:\d+:\d+: /, '');
		throw new ParseError(parser.line, 'import.error.xml', { detail });
	});
	parser.write(text).close();
	const [document] = root.children;
	if (!document) throw new ParseError(1, 'import.error.empty');
	return document;
}

/** Direct children with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
	return element.children.filter((c) => c.name === name);
}

/** All descendants with this local name, depth first, in document order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
	const found: XmlElement[] = [];
	const visit = (e: XmlElement) => {
		for (const c of e.children) {
			if (c.name === name) found.push(c);
			visit(c);
		}
	};
	visit(element);
	return found;
}
