import { compileFile, type CompileResult } from '../compile.js';
import { RunSources } from './sources.js';

/**
 * Compiles a file named by its display path; the compiler's file reads (the file and its
 * imports) resolve against the run's working folder, not the process's, so `run` works
 * in-process for any `cwd`.
 */
export function compileInFolder(cwd: string, file: string, sources: RunSources = new RunSources({ cwd })): CompileResult {
  return compileFile(file, sources.host);
}
