// Error handling: custom hierarchies, finally ordering, rethrow, cause, AggregateError, messages.
class AppError extends Error {
  constructor(message, options) { super(message, options); this.name = this.constructor.name; }
}
class NotFoundError extends AppError { constructor(what) { super(`${what} not found`); this.status = 404; } }
class ValidationError extends AppError {
  constructor(field, problems) { super(`invalid ${field}`); this.field = field; this.problems = problems; }
}
const steps = [];
function risky(kind) {
  try {
    steps.push(`try ${kind}`);
    if (kind === 'missing') throw new NotFoundError('user 42');
    if (kind === 'invalid') throw new ValidationError('email', ['too short', 'no @']);
    if (kind === 'type') null.prop;
    if (kind === 'return') return 'returned';
    return 'ok';
  } catch (e) {
    steps.push(`catch ${e.name}`);
    if (e instanceof NotFoundError) return `404: ${e.message}`;
    throw e;
  } finally {
    steps.push(`finally ${kind}`);
  }
}
for (const k of ['fine', 'missing', 'invalid', 'type', 'return']) {
  try { console.log(k, '->', risky(k)); } catch (e) {
    console.log(k, '=> rethrown', e.name, e.message, e instanceof AppError, e instanceof Error, e.constructor === TypeError);
    if (e.problems) console.log('   problems:', e.problems, e.field, Object.keys(e));
  }
}
console.log(steps.join(', '));
const f = () => { try { return 'from try'; } finally { console.log('finally runs before return value is used'); } };
console.log(f());
const g = () => { try { throw new Error('lost'); } finally { return 'finally wins'; } };
console.log(g());
const wrapped = new AppError('outer failure', { cause: new RangeError('inner') });
console.log(wrapped.message, wrapped.cause.name, wrapped.cause.message, 'cause' in wrapped, String(wrapped));
const agg = new AggregateError([new Error('a'), new TypeError('b')], 'many failed');
console.log(agg.name, agg.message, agg.errors.map(String));
const errs = [];
for (const code of ['undefinedVar', 'JSON.parse("[1,")', 'JSON.parse("")', 'null.x', 'new Array(-1)', '"abc".repeat(-1)', 'BigInt("x")', '({}).x.y', 'let a = 1; a()', 'Symbol() + 1', '[].reduce((a, b) => a)', 'x = 1; let x;', 'Object.defineProperty(1, "a", {})', 'new Proxy({}, null)', 'decodeURIComponent("%")', '"use strict"; undeclared = 1']) {
  try { eval(code); errs.push(`${code} -> no error`); } catch (e) { errs.push(`${code.padEnd(34)} ${e.name}: ${e.message}`); }
}
console.log(errs.join('\n'));
console.log(new Error('x', { cause: 0 }).cause, new Error().message === '', Error('no new').message, Error.prototype.name, TypeError.prototype instanceof Error);
const e = new Error('with props'); e.code = 'E_CODE';
console.log(Object.keys(e), e.toString(), Object.prototype.toString.call(e), typeof e.stack);
try { throw { notAnError: true }; } catch (x) { console.log(x, x instanceof Error); }
try { throw 'plain string'; } catch (x) { console.log(x, typeof x); }
const errorToObject = (err) => Object.fromEntries(['name', 'message', 'status'].map((k) => [k, err[k]]));
console.log(errorToObject(new NotFoundError('page')));
Promise.reject(new ValidationError('age', [])).catch((err) => console.log('async caught:', `${err}`, err.field));
