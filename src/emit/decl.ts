import type { Decl } from '../language/ast.js';
import type { IrDecl } from '../ir/types.js';

/** A `data`/`fields`/`udf`/`resolution` declaration as the IR writes it (key order of `IrDecl`). */
export function irDecl(decl: Decl): IrDecl {
  return {
    path: decl.path.text,
    type: decl.type.kind,
    ...(decl.label === undefined ? {} : { label: decl.label.value }),
    required: decl.required,
    ...(decl.type.kind === 'choice' ? { values: decl.type.values.map((value) => value.value) } : {}),
  };
}
