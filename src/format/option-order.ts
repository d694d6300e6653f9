/**
 * The fixed order of an item's options (SPEC §7.1): the order of its type's options in the
 * content-type table (src/language/content-types.ts), except that `required` comes after the
 * others (before `allow_case_resolution`), as the samples write it; an option the type does not
 * take (an error the checker reports) last, in written order.
 */
import type { Item, ItemOption } from '../language/ast.js';
import { CONTENT_TYPES } from '../language/content-types.js';

export function optionOrder(item: Item): ItemOption[] {
  const known = Object.keys(CONTENT_TYPES[item.type].options).filter((name) => name !== 'required');
  const resolution = known.indexOf('allow_case_resolution');
  known.splice(resolution === -1 ? known.length : resolution, 0, 'required');
  const rank = (option: ItemOption): number => {
    const index = known.indexOf(option.name.text);
    return index === -1 ? known.length : index;
  };
  // Array.prototype.sort is stable: options of one rank keep their written order.
  return [...item.options].sort((a, b) => rank(a) - rank(b));
}
