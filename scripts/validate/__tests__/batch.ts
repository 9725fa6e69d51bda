/**
 * Test driver: runs validate checks against several fixture roots in one process, so the tests pay
 * for one Node start and one load of TypeScript, the LWC compiler, the SDR and PMD per test file.
 * Input (argv[2]): JSON `[{ "root": "/tmp/x", "only": ["lwc"] }, ...]`. Output: JSON lines per root.
 */
import { runValidation } from '../index';
import { formatResult } from '../reporter';

interface BatchItem {
    root: string;
    only: string[];
}

async function main(): Promise<void> {
    const items = JSON.parse(process.argv[2] ?? '[]') as BatchItem[];
    const out: Array<{ root: string; lines: string[]; failed: number }> = [];
    for (const item of items) {
        const { results, summary } = await runValidation({ root: item.root, only: item.only });
        out.push({ root: item.root, lines: results.flatMap(formatResult), failed: summary.failed });
    }
    process.stdout.write(JSON.stringify(out));
}

void main();
