/**
 * A minimal element tree with line numbers, for documents that XMLValidator has already accepted as
 * well-formed. fast-xml-parser does not report element positions, which the messages need.
 */
export interface XmlElement {
    name: string;
    attributes: Record<string, string>;
    children: XmlElement[];
    /** 1-based line of the start tag. */
    line: number;
    /** True when the element has non-whitespace character data of its own. */
    hasText: boolean;
    /** Its own character data (CDATA included), entities decoded, trimmed; '' when none. */
    text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (raw: string): string =>
    raw.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
        e.startsWith('#x')
            ? String.fromCodePoint(parseInt(e.slice(2), 16))
            : e.startsWith('#')
              ? String.fromCodePoint(Number(e.slice(1)))
              : (ENTITIES[e] as string)
    );

const START_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXmlTree(text: string): XmlElement {
    const stack: XmlElement[] = [];
    let root: XmlElement | null = null;
    let index = 0;
    let line = 1;
    const advance = (to: number): void => {
        for (let i = index; i < to; i += 1) if (text.charCodeAt(i) === 10) line += 1;
        index = to;
    };
    const skipPast = (marker: string): void => {
        const end = text.indexOf(marker, index);
        if (end < 0) throw new Error(`unterminated markup at line ${line}`);
        advance(end + marker.length);
    };
    while (index < text.length) {
        const next = text.indexOf('<', index);
        const textEnd = next < 0 ? text.length : next;
        const current = stack[stack.length - 1];
        const chars = text.slice(index, textEnd);
        if (current && chars.trim() !== '') {
            current.hasText = true;
            current.text = (current.text + decode(chars)).trim();
        }
        advance(textEnd);
        if (next < 0) break;
        if (text.startsWith('<?', index)) skipPast('?>');
        else if (text.startsWith('<!--', index)) skipPast('-->');
        else if (text.startsWith('<![CDATA[', index)) {
            const end = text.indexOf(']]>', index);
            if (current && end >= 0) {
                current.hasText = true;
                current.text = (current.text + text.slice(index + 9, end)).trim();
            }
            skipPast(']]>');
        } else if (text.startsWith('<!', index)) skipPast('>');
        else if (text.startsWith('</', index)) {
            stack.pop();
            skipPast('>');
        } else {
            START_TAG.lastIndex = index;
            const match = START_TAG.exec(text);
            if (!match) throw new Error(`unreadable tag at line ${line}`);
            const attributes: Record<string, string> = {};
            for (const a of (match[2] ?? '').matchAll(ATTRIBUTE)) attributes[a[1] as string] = a[2] ?? a[3] ?? '';
            const element: XmlElement = {
                name: match[1] as string,
                attributes,
                children: [],
                line,
                hasText: false,
                text: ''
            };
            if (current) current.children.push(element);
            else if (!root) root = element;
            advance(index + match[0].length);
            if (match[3] !== '/') stack.push(element);
        }
    }
    if (!root) throw new Error('no root element');
    return root;
}
