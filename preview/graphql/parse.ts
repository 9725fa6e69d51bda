// A small GraphQL document parser: enough of the GraphQL grammar (October 2021 spec) for the queries
// the UI API accepts - operations with variable definitions, fields with aliases, arguments and
// directives, fragments (named and inline), and every literal value kind. Anything outside that
// (subscriptions, schema definitions) is rejected with an error naming the line and column.

export type ValueNode =
    | { kind: 'Variable'; name: string }
    | { kind: 'Int'; value: number }
    | { kind: 'Float'; value: number }
    | { kind: 'String'; value: string }
    | { kind: 'Boolean'; value: boolean }
    | { kind: 'Null' }
    | { kind: 'Enum'; value: string }
    | { kind: 'List'; values: ValueNode[] }
    | { kind: 'Object'; fields: Array<{ name: string; value: ValueNode }> };

export interface DirectiveNode {
    name: string;
    args: Array<{ name: string; value: ValueNode }>;
}

export interface FieldNode {
    kind: 'Field';
    alias: string | null;
    name: string;
    args: Array<{ name: string; value: ValueNode }>;
    directives: DirectiveNode[];
    selections: SelectionNode[] | null;
}

export interface FragmentSpreadNode {
    kind: 'FragmentSpread';
    name: string;
    directives: DirectiveNode[];
}

export interface InlineFragmentNode {
    kind: 'InlineFragment';
    typeCondition: string | null;
    directives: DirectiveNode[];
    selections: SelectionNode[];
}

export type SelectionNode = FieldNode | FragmentSpreadNode | InlineFragmentNode;

export interface VariableDefinition {
    name: string;
    /** The type as written, e.g. `ID!`, `[String]`. */
    type: string;
    nonNull: boolean;
    defaultValue: ValueNode | null;
}

export interface OperationNode {
    operation: 'query' | 'mutation';
    name: string | null;
    variables: VariableDefinition[];
    selections: SelectionNode[];
}

export interface FragmentNode {
    name: string;
    typeCondition: string;
    selections: SelectionNode[];
}

export interface DocumentNode {
    operations: OperationNode[];
    fragments: Map<string, FragmentNode>;
}

export class GraphQLSyntaxError extends Error {
    constructor(message: string, source: string, position: number) {
        const before = source.slice(0, position);
        const line = before.split('\n').length;
        const column = position - before.lastIndexOf('\n');
        super(`GraphQL syntax error at line ${line}, column ${column}: ${message}`);
        this.name = 'GraphQLSyntaxError';
    }
}

type TokenKind = 'punct' | 'name' | 'int' | 'float' | 'string' | 'eof';
interface Token {
    kind: TokenKind;
    value: string;
    start: number;
}

const PUNCTUATORS = new Set(['!', '$', '&', '(', ')', ':', '=', '@', '[', ']', '{', '|', '}']);

function tokenize(source: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    const n = source.length;
    while (i < n) {
        const c = source[i] as string;
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === '\uFEFF') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
            continue;
        }
        if (c === '.') {
            if (source.startsWith('...', i)) {
                tokens.push({ kind: 'punct', value: '...', start: i });
                i += 3;
                continue;
            }
            throw new GraphQLSyntaxError('unexpected "."', source, i);
        }
        if (PUNCTUATORS.has(c)) {
            tokens.push({ kind: 'punct', value: c, start: i });
            i++;
            continue;
        }
        if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i)) as RegExpExecArray;
            tokens.push({ kind: 'name', value: m[0], start: i });
            i += m[0].length;
            continue;
        }
        if (c === '-' || /[0-9]/.test(c)) {
            const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
            if (!m) throw new GraphQLSyntaxError('invalid number', source, i);
            const after = source[i + m[0].length];
            if (after !== undefined && /[A-Za-z_.]/.test(after)) {
                throw new GraphQLSyntaxError(`invalid number "${m[0]}${after}"`, source, i);
            }
            tokens.push({ kind: m[2] || m[3] ? 'float' : 'int', value: m[0], start: i });
            i += m[0].length;
            continue;
        }
        if (c === '"') {
            if (source.startsWith('"""', i)) {
                const end = findBlockStringEnd(source, i + 3);
                if (end < 0) throw new GraphQLSyntaxError('unterminated block string', source, i);
                const raw = source.slice(i + 3, end).replace(/\\"""/g, '"""');
                tokens.push({ kind: 'string', value: dedentBlockString(raw), start: i });
                i = end + 3;
                continue;
            }
            let j = i + 1;
            let value = '';
            for (;;) {
                if (j >= n || source[j] === '\n' || source[j] === '\r') {
                    throw new GraphQLSyntaxError('unterminated string', source, i);
                }
                const ch = source[j] as string;
                if (ch === '"') break;
                if (ch === '\\') {
                    const esc = source[j + 1];
                    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                    if (esc !== undefined && esc in simple) {
                        value += simple[esc];
                        j += 2;
                        continue;
                    }
                    if (esc === 'u') {
                        const hex = source.slice(j + 2, j + 6);
                        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new GraphQLSyntaxError('invalid unicode escape', source, j);
                        value += String.fromCharCode(parseInt(hex, 16));
                        j += 6;
                        continue;
                    }
                    throw new GraphQLSyntaxError(`invalid escape "\\${esc ?? ''}"`, source, j);
                }
                value += ch;
                j++;
            }
            tokens.push({ kind: 'string', value, start: i });
            i = j + 1;
            continue;
        }
        throw new GraphQLSyntaxError(`unexpected character ${JSON.stringify(c)}`, source, i);
    }
    tokens.push({ kind: 'eof', value: '', start: n });
    return tokens;
}

function findBlockStringEnd(source: string, from: number): number {
    let i = from;
    for (;;) {
        const end = source.indexOf('"""', i);
        if (end < 0) return -1;
        if (source[end - 1] === '\\') {
            i = end + 3;
            continue;
        }
        return end;
    }
}

function dedentBlockString(raw: string): string {
    const lines = raw.split(/\r\n|\r|\n/);
    let common: number | null = null;
    for (const line of lines.slice(1)) {
        const indent = line.length - line.trimStart().length;
        if (indent < line.length && (common === null || indent < common)) common = indent;
    }
    const out = lines.map((line, index) => (index === 0 || common === null ? line : line.slice(common)));
    while (out.length > 0 && (out[0] as string).trim() === '') out.shift();
    while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop();
    return out.join('\n');
}

class Parser {
    private pos = 0;
    private readonly tokens: Token[];

    constructor(private readonly source: string) {
        this.tokens = tokenize(source);
    }

    private peek(): Token {
        return this.tokens[this.pos] as Token;
    }

    private next(): Token {
        const token = this.peek();
        if (token.kind !== 'eof') this.pos++;
        return token;
    }

    private fail(message: string, token: Token = this.peek()): never {
        throw new GraphQLSyntaxError(message, this.source, token.start);
    }

    private describe(token: Token): string {
        return token.kind === 'eof' ? 'end of document' : `"${token.value}"`;
    }

    private isPunct(value: string): boolean {
        const t = this.peek();
        return t.kind === 'punct' && t.value === value;
    }

    private expectPunct(value: string): void {
        const t = this.next();
        if (t.kind !== 'punct' || t.value !== value) this.fail(`expected "${value}", found ${this.describe(t)}`, t);
    }

    private expectName(): string {
        const t = this.next();
        if (t.kind !== 'name') this.fail(`expected a name, found ${this.describe(t)}`, t);
        return t.value;
    }

    parseDocument(): DocumentNode {
        const operations: OperationNode[] = [];
        const fragments = new Map<string, FragmentNode>();
        while (this.peek().kind !== 'eof') {
            const t = this.peek();
            if (t.kind === 'punct' && t.value === '{') {
                operations.push({ operation: 'query', name: null, variables: [], selections: this.parseSelectionSet() });
            } else if (t.kind === 'name' && (t.value === 'query' || t.value === 'mutation')) {
                operations.push(this.parseOperation());
            } else if (t.kind === 'name' && t.value === 'fragment') {
                const fragment = this.parseFragment();
                if (fragments.has(fragment.name)) this.fail(`fragment "${fragment.name}" is defined twice`, t);
                fragments.set(fragment.name, fragment);
            } else {
                this.fail(`expected a query or fragment definition, found ${this.describe(t)}`, t);
            }
        }
        if (operations.length === 0) this.fail('the document has no operation');
        return { operations, fragments };
    }

    private parseOperation(): OperationNode {
        const operation = this.expectName() as 'query' | 'mutation';
        let name: string | null = null;
        if (this.peek().kind === 'name') name = this.expectName();
        const variables: VariableDefinition[] = [];
        if (this.isPunct('(')) {
            this.next();
            while (!this.isPunct(')')) {
                this.expectPunct('$');
                const varName = this.expectName();
                this.expectPunct(':');
                const { type, nonNull } = this.parseType();
                let defaultValue: ValueNode | null = null;
                if (this.isPunct('=')) {
                    this.next();
                    defaultValue = this.parseValue(true);
                }
                this.parseDirectives();
                variables.push({ name: varName, type, nonNull, defaultValue });
            }
            this.expectPunct(')');
        }
        this.parseDirectives();
        return { operation, name, variables, selections: this.parseSelectionSet() };
    }

    private parseType(): { type: string; nonNull: boolean } {
        let type: string;
        if (this.isPunct('[')) {
            this.next();
            const inner = this.parseType();
            this.expectPunct(']');
            type = `[${inner.type}]`;
        } else {
            type = this.expectName();
        }
        let nonNull = false;
        if (this.isPunct('!')) {
            this.next();
            nonNull = true;
            type += '!';
        }
        return { type, nonNull };
    }

    private parseFragment(): FragmentNode {
        this.expectName(); // fragment
        const name = this.expectName();
        if (name === 'on') this.fail('a fragment cannot be named "on"');
        const on = this.expectName();
        if (on !== 'on') this.fail(`expected "on", found "${on}"`);
        const typeCondition = this.expectName();
        this.parseDirectives();
        return { name, typeCondition, selections: this.parseSelectionSet() };
    }

    private parseSelectionSet(): SelectionNode[] {
        this.expectPunct('{');
        const selections: SelectionNode[] = [];
        while (!this.isPunct('}')) {
            if (this.peek().kind === 'eof') this.fail('unterminated selection set');
            selections.push(this.parseSelection());
        }
        this.expectPunct('}');
        if (selections.length === 0) this.fail('empty selection set');
        return selections;
    }

    private parseSelection(): SelectionNode {
        if (this.isPunct('...')) {
            this.next();
            const t = this.peek();
            if (t.kind === 'name' && t.value !== 'on') {
                return { kind: 'FragmentSpread', name: this.expectName(), directives: this.parseDirectives() };
            }
            let typeCondition: string | null = null;
            if (t.kind === 'name' && t.value === 'on') {
                this.next();
                typeCondition = this.expectName();
            }
            const directives = this.parseDirectives();
            return { kind: 'InlineFragment', typeCondition, directives, selections: this.parseSelectionSet() };
        }
        let name = this.expectName();
        let alias: string | null = null;
        if (this.isPunct(':')) {
            this.next();
            alias = name;
            name = this.expectName();
        }
        const args = this.isPunct('(') ? this.parseArguments(false) : [];
        const directives = this.parseDirectives();
        const selections = this.isPunct('{') ? this.parseSelectionSet() : null;
        return { kind: 'Field', alias, name, args, directives, selections };
    }

    private parseArguments(constant: boolean): Array<{ name: string; value: ValueNode }> {
        this.expectPunct('(');
        const args: Array<{ name: string; value: ValueNode }> = [];
        while (!this.isPunct(')')) {
            const name = this.expectName();
            if (args.some((a) => a.name === name)) this.fail(`argument "${name}" is given twice`);
            this.expectPunct(':');
            args.push({ name, value: this.parseValue(constant) });
        }
        this.expectPunct(')');
        return args;
    }

    private parseDirectives(): DirectiveNode[] {
        const directives: DirectiveNode[] = [];
        while (this.isPunct('@')) {
            this.next();
            const name = this.expectName();
            directives.push({ name, args: this.isPunct('(') ? this.parseArguments(false) : [] });
        }
        return directives;
    }

    private parseValue(constant: boolean): ValueNode {
        const t = this.peek();
        if (t.kind === 'punct') {
            if (t.value === '$') {
                if (constant) this.fail('a variable is not allowed here');
                this.next();
                return { kind: 'Variable', name: this.expectName() };
            }
            if (t.value === '[') {
                this.next();
                const values: ValueNode[] = [];
                while (!this.isPunct(']')) {
                    if (this.peek().kind === 'eof') this.fail('unterminated list');
                    values.push(this.parseValue(constant));
                }
                this.expectPunct(']');
                return { kind: 'List', values };
            }
            if (t.value === '{') {
                this.next();
                const fields: Array<{ name: string; value: ValueNode }> = [];
                while (!this.isPunct('}')) {
                    if (this.peek().kind === 'eof') this.fail('unterminated input object');
                    const name = this.expectName();
                    if (fields.some((f) => f.name === name)) this.fail(`input field "${name}" is given twice`);
                    this.expectPunct(':');
                    fields.push({ name, value: this.parseValue(constant) });
                }
                this.expectPunct('}');
                return { kind: 'Object', fields };
            }
            this.fail(`expected a value, found ${this.describe(t)}`);
        }
        this.next();
        switch (t.kind) {
            case 'int':
                return { kind: 'Int', value: Number(t.value) };
            case 'float':
                return { kind: 'Float', value: Number(t.value) };
            case 'string':
                return { kind: 'String', value: t.value };
            case 'name':
                if (t.value === 'true' || t.value === 'false') return { kind: 'Boolean', value: t.value === 'true' };
                if (t.value === 'null') return { kind: 'Null' };
                return { kind: 'Enum', value: t.value };
            default:
                return this.fail(`expected a value, found ${this.describe(t)}`, t);
        }
    }
}

/** Parses a GraphQL document; throws `GraphQLSyntaxError` naming the line and column of the problem. */
export function parseGraphQL(source: string): DocumentNode {
    if (typeof source !== 'string') throw new TypeError('parseGraphQL: the query must be a string');
    return new Parser(source).parseDocument();
}

/** A JSON-compatible value after variables are substituted. Enums become `{ enum: NAME }`. */
export type InputValue = string | number | boolean | null | EnumValue | InputValue[] | { [key: string]: InputValue };
export interface EnumValue {
    readonly enum: string;
}

export function isEnumValue(value: unknown): value is EnumValue {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { enum?: unknown }).enum === 'string';
}

/** Evaluates a value node against the operation's variables. An undefined variable is an error. */
export function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): InputValue {
    switch (node.kind) {
        case 'Variable': {
            if (!Object.prototype.hasOwnProperty.call(variables, node.name)) {
                throw new Error(`GraphQL: variable "$${node.name}" is used but was not provided`);
            }
            return variables[node.name] as InputValue;
        }
        case 'Int':
        case 'Float':
        case 'String':
        case 'Boolean':
            return node.value;
        case 'Null':
            return null;
        case 'Enum':
            return { enum: node.value };
        case 'List':
            return node.values.map((v) => valueOf(v, variables));
        case 'Object': {
            const out: { [key: string]: InputValue } = {};
            for (const f of node.fields) out[f.name] = valueOf(f.value, variables);
            return out;
        }
    }
}
