import { readFileSync } from 'node:fs';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import { packageFiles, rel } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'apex-parse';

class CollectingListener extends ApexErrorListener {
    readonly errors: Array<{ line: number; column: number; message: string }> = [];
    apexSyntaxError(line: number, column: number, msg: string): void {
        this.errors.push({ line, column: column + 1, message: msg });
    }
}

/** Parse errors of one Apex source; the listener sits on both lexer and parser. */
export function parseApex(source: string, kind: 'class' | 'trigger'): CollectingListener['errors'] {
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    if (kind === 'trigger') parser.triggerUnit();
    else parser.compilationUnit();
    return listener.errors;
}

export const apexParse: Check = {
    name: NAME,
    title: 'Apex parses (classes and triggers)',
    async run({ root }) {
        const files = packageFiles(root).filter((f) => f.endsWith('.cls') || f.endsWith('.trigger'));
        const findings: Finding[] = [];
        for (const file of files) {
            const kind = file.endsWith('.trigger') ? 'trigger' : 'class';
            for (const error of parseApex(readFileSync(file, 'utf8'), kind)) {
                findings.push({ check: NAME, file: rel(root, file), line: error.line, column: error.column, message: `syntax error: ${error.message}` });
            }
        }
        return { findings, summary: `${files.length} files` };
    }
};
