// Rollup plugin: strips TypeScript from `.ts` modules before the LWC compiler sees them (the LWC compiler
// does not take `.ts`). `transpileModule` with ESNext output leaves decorators as written, which is what
// `@lwc/compiler` needs (experimental decorators give LWC1104). Type errors are `npm run typecheck`'s job.
import ts from 'typescript';

const COMPILER_OPTIONS = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: false,
    useDefineForClassFields: true,
    isolatedModules: true,
    sourceMap: false,
    inlineSourceMap: false,
    removeComments: false
};

export default function typescript() {
    return {
        name: 'si-preview-typescript',
        transform(code, id) {
            // Aliased LWC modules carry a query (`panel.ts?specifier=c%2Fpanel`).
            const file = id.split('?')[0];
            if (id.startsWith('\0') || !file.endsWith('.ts') || file.endsWith('.d.ts')) return null;
            const out = ts.transpileModule(code, { compilerOptions: COMPILER_OPTIONS, fileName: file, reportDiagnostics: true });
            const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
            if (errors.length > 0) {
                this.error(`${file}: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
            }
            return { code: out.outputText, map: null };
        }
    };
}
