// Tagged templates (raw strings, HTML escaping, dedent) and Symbol usage.
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const html = (strings, ...values) => strings.reduce((out, s, i) => out + s + (i < values.length ? escapeHtml(values[i]) : ''), '');
const user = { name: '<script>alert("x")</script>', role: "O'Brien & co" };
console.log(html`<p title="${user.role}">Hello, ${user.name}!</p>`);
const show = (strings, ...values) => ({ strings: [...strings], raw: strings.raw, values });
console.log(show`a${1}b${'two'}c\n${[3]}`);
console.log(String.raw`C:\new\table${1 + 1}\x`, `line\ttab`, String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
const dedent = (strings, ...vals) => {
  const text = strings.reduce((a, s, i) => a + s + (vals[i] ?? ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n').trimEnd();
};
console.log(dedent`
    function ${'greet'}() {
      return 'hi';
    }
`);
const currency = (strings, ...amounts) => strings.raw.map((s, i) => s + (i < amounts.length ? `$${amounts[i].toFixed(2)}` : '')).join('');
console.log(currency`Total: ${19.5} + tax ${1.56} = ${21.06}`);
const cache = (s) => s;
const tpl = () => cache`same`;
console.log(tpl() === tpl(), Object.isFrozen(tpl()), Array.isArray(tpl().raw));

const id = Symbol('id');
const secret = Symbol.for('app.secret');
const record = { name: 'rec', [id]: 123, [secret]: 'shh' };
console.log(record, Object.keys(record), JSON.stringify(record), Object.getOwnPropertySymbols(record));
console.log(record[id], id.toString(), id.description, Symbol.keyFor(secret), Symbol.keyFor(id), secret === Symbol.for('app.secret'));
try { `${id}`; } catch (e) { console.log(e.constructor.name, e.message); }
try { id + ''; } catch (e) { console.log(e.constructor.name, e.message); }
class Temperature {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) { return hint === 'string' ? `${this.c}°C` : this.c; }
  get [Symbol.toStringTag]() { return 'Temp'; }
}
const t = new Temperature(21.5);
console.log(`${t}`, t + 1, t * 2, String(t), [t] + '', t > 20, Object.prototype.toString.call(t));
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  *[Symbol.iterator]() { for (let i = this.a; i <= this.b; i++) yield i; }
  static [Symbol.hasInstance](x) { return typeof x === 'object' && x !== null && 'a' in x && 'b' in x; }
}
console.log([...new Range(1, 5)], { a: 0, b: 1 } instanceof Range, Math.max(...new Range(3, 9)));
const arrLike = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(arrLike), Symbol.iterator in [], typeof Symbol.asyncIterator);
const enumLike = Object.freeze({ RED: Symbol('red'), GREEN: Symbol('green') });
const colorName = (c) => ({ [enumLike.RED]: 'Red!', [enumLike.GREEN]: 'Green!' })[c];
console.log(enumLike, colorName(enumLike.GREEN), Object.values(enumLike).map(String));
const s1 = Symbol('dup'), s2 = Symbol('dup');
console.log(s1 === s2, { [s1]: 1, [s2]: 2 }, new Map([[s1, 'first']]).get(s1));
console.log(`multi
line ${'template'} with \`backticks\` and \${not interpolated}`);
console.log(`${[1, 2]}|${{}}|${null}|${undefined}|${() => 1}|${1e21}|${-0}`);
