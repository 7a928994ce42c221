// reverse-complement (Benchmarks Game): complement table, reversal, 60-column lines
const PAIRS = "ACGTUMRWSYKVHDBN";
const COMPL = "TGCAAKYWSRMBDHVN";
const table = {};
for (let i = 0; i < PAIRS.length; i++) { table[PAIRS[i]] = COMPL[i]; table[PAIRS[i].toLowerCase()] = COMPL[i]; }
function makeSeq(n, seed) {
  const alpha = "acgtACGTnN";
  let out = [];
  for (let i = 0; i < n; i++) { seed = (seed * 16807) % 2147483647; out.push(alpha[seed % 10]); }
  return out.join("");
}
function revcomp(seq) {
  const out = [];
  let line = "";
  for (let i = seq.length - 1; i >= 0; i--) {
    line += table[seq[i]];
    if (line.length === 60) { out.push(line); line = ""; }
  }
  if (line.length) out.push(line);
  return out;
}
let check = 0;
for (let r = 0; r < 4; r++) {
  const lines = revcomp(makeSeq(30000, 7 + r));
  for (const l of lines) check = (check * 31 + l.charCodeAt(0) + l.length) % 1000000007;
}
result = check;
