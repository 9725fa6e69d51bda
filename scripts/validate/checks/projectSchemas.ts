import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import type { Check, Finding } from '../types';

const NAME = 'project-json';

/** Files checked and the @salesforce/schemas schema each must satisfy. */
const FILES: Array<{ file: string; schema: string }> = [
    { file: 'sfdx-project.json', schema: '@salesforce/schemas/sfdx-project.schema.json' },
    { file: 'config/project-scratch-def.json', schema: '@salesforce/schemas/project-scratch-def.schema.json' }
];

function describe(error: ErrorObject): string {
    const where = error.instancePath === '' ? '(root)' : error.instancePath;
    const extra =
        error.keyword === 'additionalProperties'
            ? ` "${(error.params as { additionalProperty: string }).additionalProperty}"`
            : error.keyword === 'enum'
              ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
              : '';
    return `${where} ${error.message ?? error.keyword}${extra}`;
}

export const projectSchemas: Check = {
    name: NAME,
    title: 'sfdx-project.json and scratch definition match @salesforce/schemas',
    async run({ root }) {
        const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
        const findings: Finding[] = [];
        for (const { file, schema } of FILES) {
            const path = join(root, file);
            if (!existsSync(path)) {
                findings.push({ check: NAME, file, message: 'file not found' });
                continue;
            }
            let data: unknown;
            try {
                data = JSON.parse(readFileSync(path, 'utf8'));
            } catch (error) {
                findings.push({ check: NAME, file, message: `not valid JSON: ${(error as Error).message}` });
                continue;
            }
            const validate = ajv.compile(JSON.parse(readFileSync(require.resolve(schema), 'utf8')) as object);
            if (!validate(data)) {
                for (const error of validate.errors ?? []) findings.push({ check: NAME, file, message: describe(error) });
            }
        }
        return { findings, summary: FILES.map((f) => f.file).join(', ') };
    }
};
