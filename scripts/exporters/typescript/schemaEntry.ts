import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type ts from 'typescript';
import type { OutputFile } from '../../lib/outputFile.js';
import { projectRoot } from '../../lib/paths.js';

const schemaDir = join(projectRoot, 'schema');
const outDir = 'zod';
const emitDir = join(projectRoot, outDir);

/** `schema/csl/item.ts` → `csl/item`, with forward slashes. */
const moduleName = (fileName: string, from: string) =>
  relative(from, fileName)
    .replaceAll('\\', '/')
    .replace(/(\.d)?\.ts$/, '');

let compiler: typeof ts | undefined;
/** Loaded on first use: a build that stops at validation need not pay for it. */
const typescript = (): typeof ts => {
  compiler ??= createRequire(import.meta.url)('typescript') as typeof ts;
  return compiler;
};

/** `./common.js` → `./common.cjs` in require() calls and import specifiers of the CommonJS build. */
const towardsCjs = (code: string) => code.replace(/(["'])(\.\.?\/[^"']*)\.js\1/g, '$1$2.cjs$1');

function transpiled(file: ts.SourceFile, module: ts.ModuleKind): string {
  const ts = typescript();
  const compilerOptions: ts.CompilerOptions = { module, target: ts.ScriptTarget.ES2022 };
  return ts.transpileModule(file.text, { compilerOptions, fileName: file.fileName }).outputText;
}

function compiledProgram() {
  const ts = typescript();
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    skipLibCheck: true,
    // type errors are for `npm run typecheck`; emitting checks only what the declarations need
    noCheck: true,
    rootDir: schemaDir,
    outDir: emitDir,
  };
  const program = ts.createProgram([join(schemaDir, 'index.ts')], options);
  const declarations = new Map<string, string>();
  const emitted = program.emit(undefined, (fileName, text) => declarations.set(moduleName(fileName, emitDir), text));
  // Stryker disable next-line BlockStatement,ConditionalExpression,LogicalOperator: schema/ is the package's own source, which always compiles, so this emit never fails
  if (emitted.emitSkipped || emitted.diagnostics.length > 0) {
    throw new Error(ts.formatDiagnostics(emitted.diagnostics, ts.createCompilerHost(options)));
  }
  const sources = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !relative(schemaDir, file.fileName).startsWith('..'));
  return { sources, declarations };
}

/** The `./schema` entry: the zod schemas of schema/ compiled for ESM and CommonJS, with their types. */
export function schemaEntry(): OutputFile[] {
  const { sources, declarations } = compiledProgram();
  const { ModuleKind } = typescript();
  return sources.flatMap((file) => {
    const name = moduleName(file.fileName, schemaDir);
    const declaration = declarations.get(name);
    // Stryker disable next-line StringLiteral: the emit writes declarations for every source file of schema/, so none is missing
    if (declaration === undefined) throw new Error(`no declarations emitted for schema/${name}.ts`);
    return [
      { path: `${outDir}/${name}.js`, contents: transpiled(file, ModuleKind.ESNext) },
      { path: `${outDir}/${name}.cjs`, contents: towardsCjs(transpiled(file, ModuleKind.CommonJS)) },
      { path: `${outDir}/${name}.d.ts`, contents: declaration },
      { path: `${outDir}/${name}.d.cts`, contents: towardsCjs(declaration) },
    ];
  });
}
