// The SOQL subset the stand-in understands:
//   SELECT f1, Rel.Field, Rel__r.Rel2.Field FROM Object
//   [WHERE cond] [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n] [OFFSET n]
// cond: field (= | != | <> | < | <= | > | >=) value, field [NOT] IN (values), field [NOT] LIKE 'x%',
//       NOT cond, cond AND cond, cond OR cond, (cond).
// values: 'quoted strings' (backslash escapes), numbers, true, false, null, 2024-01-31,
//       2024-01-31T10:00:00Z (or .000+0000 / +01:00), TODAY, YESTERDAY, TOMORROW, LAST_N_DAYS:n,
//       NEXT_N_DAYS:n, N_DAYS_AGO:n.
// Parse errors are MALFORMED_QUERY (HTTP 400); binding to the schema and evaluation are in soqlEval.ts.
import { SfApiError } from './types';

export type Literal =
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'null' }
    | { kind: 'date'; value: string }
    | { kind: 'datetime'; value: string; epoch: number }
    /** A relative date literal: [from, to) in epoch ms (UTC days). */
    | { kind: 'range'; text: string; from: number; to: number };

export type CmpOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Cond =
    | { type: 'and' | 'or'; items: Cond[] }
    | { type: 'not'; item: Cond }
    | { type: 'cmp'; field: string; op: CmpOp; value: Literal }
    | { type: 'in'; field: string; negate: boolean; values: Literal[] }
    | { type: 'like'; field: string; negate: boolean; pattern: string };

export interface ParsedQuery {
    fields: string[];
    object: string;
    where?: Cond;
    orderBy: { field: string; desc: boolean; nullsLast: boolean }[];
    limit?: number;
    offset?: number;
}

type Token =
    | { t: 'ident'; v: string }
    | { t: 'string'; v: string }
    | { t: 'number'; v: string }
    | { t: 'date'; v: string }
    | { t: 'datetime'; v: string }
    | { t: 'op'; v: string };

const malformed = (message: string): SfApiError => new SfApiError(400, 'MALFORMED_QUERY', message);

const DATETIME_TOKEN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})/;
const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}(?![\d:T])/;
const NUMBER_TOKEN = /^-?\d+(?:\.\d+)?/;

function tokenize(soql: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < soql.length) {
        const c = soql.charAt(i);
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const rest = soql.slice(i);
        if (c === "'") {
            let value = '';
            let j = i + 1;
            for (; j < soql.length && soql.charAt(j) !== "'"; j++) {
                if (soql.charAt(j) === '\\') {
                    const next = soql.charAt(++j);
                    value += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
                } else {
                    value += soql.charAt(j);
                }
            }
            if (j >= soql.length) throw malformed(`unterminated string literal at ${i}`);
            tokens.push({ t: 'string', v: value });
            i = j + 1;
            continue;
        }
        const dt = DATETIME_TOKEN.exec(rest);
        if (dt) {
            tokens.push({ t: 'datetime', v: dt[0] });
            i += dt[0].length;
            continue;
        }
        const d = DATE_TOKEN.exec(rest);
        if (d) {
            tokens.push({ t: 'date', v: d[0] });
            i += d[0].length;
            continue;
        }
        const num = NUMBER_TOKEN.exec(rest);
        if (num && (c !== '-' || tokens.at(-1)?.t === 'op')) {
            tokens.push({ t: 'number', v: num[0] });
            i += num[0].length;
            continue;
        }
        const op = /^(?:!=|<>|<=|>=|[=<>(),:])/.exec(rest);
        if (op) {
            tokens.push({ t: 'op', v: op[0] === '<>' ? '!=' : op[0] });
            i += op[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest);
        if (ident) {
            tokens.push({ t: 'ident', v: ident[0] });
            i += ident[0].length;
            continue;
        }
        throw malformed(`unexpected token: '${c}'`);
    }
    return tokens;
}

const DAY = 86_400_000;

function startOfUtcDay(ms: number): number {
    return Math.floor(ms / DAY) * DAY;
}

class Parser {
    private pos = 0;
    constructor(
        private readonly tokens: Token[],
        private readonly now: number
    ) {}

    private peek(offset = 0): Token | undefined {
        return this.tokens[this.pos + offset];
    }
    private isKw(word: string, offset = 0): boolean {
        const tok = this.peek(offset);
        return tok?.t === 'ident' && tok.v.toUpperCase() === word;
    }
    private isOp(op: string): boolean {
        const tok = this.peek();
        return tok?.t === 'op' && tok.v === op;
    }
    private next(): Token {
        const tok = this.tokens[this.pos++];
        if (!tok) throw malformed('unexpected end of query');
        return tok;
    }
    private expectKw(word: string): void {
        if (!this.isKw(word)) throw malformed(`unexpected token: '${this.peek()?.v ?? '<EOF>'}', expected ${word}`);
        this.pos++;
    }
    private expectOp(op: string): void {
        if (!this.isOp(op)) throw malformed(`unexpected token: '${this.peek()?.v ?? '<EOF>'}', expected '${op}'`);
        this.pos++;
    }
    private ident(what: string): string {
        const tok = this.next();
        if (tok.t !== 'ident') throw malformed(`unexpected token: '${tok.v}', expected ${what}`);
        return tok.v;
    }

    parse(): ParsedQuery {
        this.expectKw('SELECT');
        const fields: string[] = [];
        do {
            if (this.isOp('(')) throw malformed('Bulk API and this stand-in do not support subqueries');
            if (this.isKw('TYPEOF')) throw malformed('TYPEOF is not supported');
            const name = this.ident('field name');
            if (this.isOp('(')) throw malformed(`aggregate and function fields are not supported: ${name}()`);
            fields.push(name);
        } while (this.isOp(',') && this.next());
        this.expectKw('FROM');
        const object = this.ident('object name');
        if (object.includes('.')) throw malformed(`unexpected token: '${object}'`);
        const query: ParsedQuery = { fields, object, orderBy: [] };
        if (this.isKw('WHERE')) {
            this.pos++;
            query.where = this.parseOr();
        }
        for (const word of ['GROUP', 'HAVING', 'WITH', 'FOR', 'USING']) {
            if (this.isKw(word)) throw malformed(`${word} is not supported`);
        }
        if (this.isKw('ORDER')) {
            this.pos++;
            this.expectKw('BY');
            do {
                const field = this.ident('field name');
                let desc = false;
                if (this.isKw('ASC')) this.pos++;
                else if (this.isKw('DESC')) {
                    this.pos++;
                    desc = true;
                }
                let nullsLast = desc;
                if (this.isKw('NULLS')) {
                    this.pos++;
                    const which = this.ident('FIRST or LAST').toUpperCase();
                    if (which !== 'FIRST' && which !== 'LAST') throw malformed(`unexpected token: '${which}'`);
                    nullsLast = which === 'LAST';
                }
                query.orderBy.push({ field, desc, nullsLast });
            } while (this.isOp(',') && this.next());
        }
        if (this.isKw('LIMIT')) {
            this.pos++;
            query.limit = this.integer('LIMIT');
        }
        if (this.isKw('OFFSET')) {
            this.pos++;
            query.offset = this.integer('OFFSET');
        }
        if (this.peek()) throw malformed(`unexpected token: '${this.peek()?.v}'`);
        return query;
    }

    private integer(what: string): number {
        const tok = this.next();
        if (tok.t !== 'number' || !/^\d+$/.test(tok.v)) throw malformed(`${what} must be a non-negative integer`);
        return Number(tok.v);
    }

    private parseOr(): Cond {
        const items = [this.parseAnd()];
        while (this.isKw('OR')) {
            this.pos++;
            items.push(this.parseAnd());
        }
        return items.length === 1 ? items[0]! : { type: 'or', items };
    }

    private parseAnd(): Cond {
        const items = [this.parseNot()];
        while (this.isKw('AND')) {
            this.pos++;
            items.push(this.parseNot());
        }
        return items.length === 1 ? items[0]! : { type: 'and', items };
    }

    private parseNot(): Cond {
        if (this.isKw('NOT')) {
            this.pos++;
            return { type: 'not', item: this.parseNot() };
        }
        if (this.isOp('(')) {
            this.pos++;
            const inner = this.parseOr();
            this.expectOp(')');
            return inner;
        }
        const field = this.ident('field name');
        let negate = false;
        if (this.isKw('NOT') && (this.isKw('IN', 1) || this.isKw('LIKE', 1))) {
            this.pos++;
            negate = true;
        }
        if (this.isKw('IN')) {
            this.pos++;
            this.expectOp('(');
            if (this.isKw('SELECT')) throw malformed('semi-join subqueries are not supported');
            const values: Literal[] = [];
            do values.push(this.literal());
            while (this.isOp(',') && this.next());
            this.expectOp(')');
            return { type: 'in', field, negate, values };
        }
        if (this.isKw('LIKE')) {
            this.pos++;
            const tok = this.next();
            if (tok.t !== 'string') throw malformed('LIKE needs a quoted pattern');
            return { type: 'like', field, negate, pattern: tok.v };
        }
        if (this.isKw('INCLUDES') || this.isKw('EXCLUDES')) throw malformed('INCLUDES/EXCLUDES are not supported');
        const op = this.next();
        if (op.t !== 'op' || !['=', '!=', '<', '<=', '>', '>='].includes(op.v)) {
            throw malformed(`unexpected token: '${op.v}', expected a comparison operator`);
        }
        return { type: 'cmp', field, op: op.v as CmpOp, value: this.literal() };
    }

    private literal(): Literal {
        const tok = this.next();
        switch (tok.t) {
            case 'string':
                return { kind: 'string', value: tok.v };
            case 'number':
                return { kind: 'number', value: Number(tok.v) };
            case 'date':
                return { kind: 'date', value: tok.v };
            case 'datetime': {
                const epoch = Date.parse(tok.v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
                if (Number.isNaN(epoch)) throw malformed(`invalid datetime: ${tok.v}`);
                return { kind: 'datetime', value: tok.v, epoch };
            }
            case 'ident':
                return this.namedLiteral(tok.v);
            default:
                throw malformed(`unexpected token: '${tok.v}', expected a value`);
        }
    }

    private namedLiteral(word: string): Literal {
        const upper = word.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        if (upper === 'NULL') return { kind: 'null' };
        const today = startOfUtcDay(this.now);
        const day = (offset: number, text: string, days = 1): Literal => ({
            kind: 'range',
            text,
            from: today + offset * DAY,
            to: today + (offset + days) * DAY
        });
        if (upper === 'TODAY') return day(0, word);
        if (upper === 'YESTERDAY') return day(-1, word);
        if (upper === 'TOMORROW') return day(1, word);
        if (['LAST_N_DAYS', 'NEXT_N_DAYS', 'N_DAYS_AGO'].includes(upper)) {
            this.expectOp(':');
            const n = this.integer(upper);
            const text = `${word}:${n}`;
            if (upper === 'LAST_N_DAYS') return { kind: 'range', text, from: today - n * DAY, to: today + DAY };
            if (upper === 'NEXT_N_DAYS') return { kind: 'range', text, from: today + DAY, to: today + (n + 1) * DAY };
            return day(-n, text);
        }
        throw malformed(`unexpected token: '${word}', expected a value`);
    }
}

export function parseSoql(soql: string, now: number = Date.now()): ParsedQuery {
    return new Parser(tokenize(soql), now).parse();
}
