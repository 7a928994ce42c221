// Private fields, methods and accessors read, written, updated and called from methods that
// are called often enough to be generated: values, errors and the order of evaluation.
var log = [];
class Counter {
  #n = 0;
  static #made = 0;
  #step;
  constructor(step) { this.#step = step; Counter.#made++; }
  #bump(by) { log.push("bump"); return this.#n += by; }
  get #double() { return this.#n * 2; }
  set #double(v) { this.#n = v / 2; }
  get #readOnly() { return "ro"; }
  inc() { this.#n++; return this.#n; }
  dec() { return --this.#n; }
  post() { return this.#n--; }
  assign(v) { return (this.#n = v); }
  step() { return this.#bump(this.#step); }
  viaAccessor(v) { this.#double = v; return this.#double; }
  callsOn(other) { return other.#bump(1); }
  readFrom(other) { return other.#n; }
  writeTo(other, v) { other.#n = v; return "wrote"; }
  writeMethod() { this.#bump = 1; }
  writeReadOnly() { this.#readOnly = 1; }
  static made() { return Counter.#made; }
  static has(o) { return #n in o; }
  order(o) { (log.push("base"), o).#n = (log.push("value"), 5); return o.#n; }
}
class Other { #n = "other's"; read() { return this.#n; } static peek(o) { return o.#n; } }
var c = new Counter(3), d = new Counter(1);
var out = [];
for (var i = 0; i < 40; i++) {
  var line = [c.inc(), c.dec(), c.post(), c.assign(i), c.step(), c.viaAccessor(i * 4), c.callsOn(d),
    Counter.has(c), Counter.has({}), new Other().read()];
  if (i % 13 === 0) out.push(line.join());
}
console.log(out.join("\n"));
console.log(Counter.made(), log.length, c.readFrom(d));
function attempt(f) { try { return f(); } catch (e) { return e.constructor.name; } }
for (var i = 0; i < 3; i++) {
  console.log([attempt(() => c.readFrom({})), attempt(() => c.writeTo(new Other(), 1)), attempt(() => c.writeMethod()),
    attempt(() => c.writeReadOnly()), attempt(() => Other.peek(c)), attempt(() => c.readFrom(null)),
    attempt(() => c.callsOn(5)), attempt(() => c.writeTo(d, 7))].join());
}
log.length = 0;
console.log(c.order(d), log.join());
log.length = 0;
console.log(attempt(() => c.order({})), log.join());
