// A tiny expression language: tokenizer, recursive-descent parser, evaluator.
function tokenize(src) {
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*\/%^(),=<>!]=?|[{}]))/y;
  const tokens = [];
  let m;
  re.lastIndex = 0;
  while (re.lastIndex < src.length) {
    const start = re.lastIndex;
    if (!(m = re.exec(src))) {
      if (/^\s*$/.test(src.slice(start))) break;
      throw new SyntaxError(`Unexpected character at ${start}: '${src[start]}'`);
    }
    if (m[1]) tokens.push({ type: 'num', value: parseFloat(m[1]) });
    else if (m[2]) tokens.push({ type: 'id', value: m[2] });
    else tokens.push({ type: 'op', value: m[3] });
  }
  return tokens;
}

function parse(tokens) {
  let i = 0;
  const peek = () => tokens[i];
  const eat = (v) => { const t = tokens[i]; if (!t || (v && t.value !== v)) throw new SyntaxError(`Expected ${v ?? 'token'} but got ${t ? t.value : 'end'}`); i++; return t; };
  const prec = { '==': 1, '!=': 1, '<': 2, '>': 2, '<=': 2, '>=': 2, '+': 3, '-': 3, '*': 4, '/': 4, '%': 4, '**': 5 };
  function primary() {
    const t = eat();
    if (t.type === 'num') return { kind: 'num', value: t.value };
    if (t.type === 'id') {
      if (peek()?.value === '(') { eat('('); const args = []; if (peek()?.value !== ')') { do { args.push(expr(0)); } while (peek()?.value === ',' && eat(',')); } eat(')'); return { kind: 'call', name: t.value, args }; }
      if (peek()?.value === '=') { eat('='); return { kind: 'assign', name: t.value, value: expr(0) }; }
      return { kind: 'var', name: t.value };
    }
    if (t.value === '(') { const e = expr(0); eat(')'); return e; }
    if (t.value === '-') return { kind: 'neg', arg: primary() };
    throw new SyntaxError(`Unexpected ${t.value}`);
  }
  function expr(minPrec) {
    let left = primary();
    while (peek() && prec[peek().value] > minPrec) {
      const op = eat().value;
      const right = expr(op === '**' ? prec[op] - 1 : prec[op]);
      left = { kind: 'bin', op, left, right };
    }
    return left;
  }
  const result = expr(0);
  if (i < tokens.length) throw new SyntaxError(`Trailing token ${tokens[i].value}`);
  return result;
}

const env = new Map(Object.entries({ pi: Math.PI, e: Math.E }));
const fns = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs, round: (x, d = 0) => Number(x.toFixed(d)) };
function evaluate(node) {
  switch (node.kind) {
    case 'num': return node.value;
    case 'var': if (!env.has(node.name)) throw new ReferenceError(`Undefined variable ${node.name}`); return env.get(node.name);
    case 'assign': { const v = evaluate(node.value); env.set(node.name, v); return v; }
    case 'neg': return -evaluate(node.arg);
    case 'call': { const f = fns[node.name]; if (!f) throw new TypeError(`${node.name} is not a function`); return f(...node.args.map(evaluate)); }
    case 'bin': {
      const a = evaluate(node.left), b = evaluate(node.right);
      switch (node.op) {
        case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': return a / b;
        case '%': return a % b; case '**': return a ** b; case '<': return +(a < b); case '>': return +(a > b);
        case '<=': return +(a <= b); case '>=': return +(a >= b); case '==': return +(a === b); case '!=': return +(a !== b);
      }
    }
  }
  throw new Error('bad node ' + node.kind);
}

const programs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', 'x = 10', 'y = x * 2 + 1', 'max(x, y, 7) - min(3, 4)',
  'round(pi * 100, 2)', 'sqrt(16) + abs(-3)', '-x + 4', '10 / 4 % 2', 'x >= 10', '1 / 0', 'z + 1', 'foo(1)', '3 + * 4', '2 $ 3', '(1 + 2'];
for (const src of programs) {
  try {
    const ast = parse(tokenize(src));
    console.log(src.padEnd(26), '=>', evaluate(ast));
  } catch (e) {
    console.log(src.padEnd(26), '!!', `${e.name}: ${e.message}`);
  }
}
console.log(tokenize('a = 3.5 ** 2'));
console.log(JSON.stringify(parse(tokenize('1 + f(2, x)'))));
console.dir(parse(tokenize('a * (b - 1)')), { depth: null });
console.log(parse(tokenize('a * (b - 1) + c')));
console.log([...env.keys()], env);
