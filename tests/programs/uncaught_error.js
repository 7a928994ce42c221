// An uncaught exception ends the program with exit code 1 after the output so far.
function parseConfig(text) {
  const cfg = {};
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^(\w+)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new SyntaxError(`line ${i + 1}: cannot parse "${line}"`);
    cfg[m[1]] = m[2];
  }
  return cfg;
}
console.log(parseConfig('# comment\nhost = example.org\nport = 8080\n'));
setTimeout(() => console.log('timer after the uncaught error never runs'), 0);
console.log(parseConfig('name = ok\nthis line is broken\n'));
console.log('not reached');
