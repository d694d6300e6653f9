/**
 * A string a `pattern` accepts, for a witness: one walk of the common regex forms (literals,
 * escapes, classes, groups with `|`, quantifiers), each taking its first or smallest choice.
 * The caller checks the result against the real regex; anything this walk does not know gives
 * no sample, and the item's validity stays open ("unknown", never a wrong "no").
 */
const CLASS_ESCAPES: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

export function patternSample(pattern: string): string | undefined {
  try {
    const walk = new Walk(pattern);
    const text = walk.alternatives();
    return walk.at === pattern.length ? text : undefined;
  } catch {
    return undefined;
  }
}

class Walk {
  at = 0;
  constructor(private readonly source: string) {}

  alternatives(): string {
    const first = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let text = '';
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      text += atom.repeat(this.quantifier());
    }
    return text;
  }

  private atom(): string {
    const char = this.source[this.at++]!;
    switch (char) {
      case '(':
        if (this.source.startsWith('?:', this.at)) this.at += 2;
        else if (this.source[this.at] === '?') throw new Error('lookaround');
        {
          const inner = this.alternatives();
          if (this.source[this.at++] !== ')') throw new Error('unclosed group');
          return inner;
        }
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return 'a';
      case '^':
      case '$':
        return '';
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Error('quantifier without an atom');
      default:
        return char;
    }
  }

  private escape(): string {
    const char = this.source[this.at++];
    if (char === undefined) throw new Error('trailing backslash');
    if (CLASS_ESCAPES[char] !== undefined) return CLASS_ESCAPES[char];
    if (/[A-Za-z0-9]/.test(char)) throw new Error('unknown escape');
    return char;
  }

  private characterClass(): string {
    if (this.source[this.at] === '^') throw new Error('negated class');
    const first = this.source[this.at] === '\\' ? (this.at++, this.escape()) : this.source[this.at++];
    const end = this.source.indexOf(']', this.at);
    if (first === undefined || end < 0) throw new Error('unclosed class');
    this.at = end + 1;
    return first;
  }

  /** How many times the atom repeats: the smallest the quantifier allows, at least one for `+`. */
  private quantifier(): number {
    const char = this.source[this.at];
    if (char === '*' || char === '?') {
      this.at++;
      return 0;
    }
    if (char === '+') {
      this.at++;
      return 1;
    }
    if (char === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (match === null) throw new Error('bad quantifier');
      this.at += match[0].length;
      return Number(match[1]);
    }
    return 1;
  }
}
