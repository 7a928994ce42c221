// CSV text processing with split/map/filter/reduce, arrow functions, parseInt/parseFloat, toFixed
function makeCsv(rows) {
  const lines = ["id,name,dept,salary,score"];
  let seed = 5;
  const depts = ["eng", "ops", "sales", "hr", "legal"];
  for (let i = 0; i < rows; i++) {
    seed = (seed * 16807) % 2147483647;
    lines.push([i, "emp" + (seed % 997), depts[seed % 5], 30000 + seed % 70000, ((seed % 1000) / 10).toFixed(1)].join(","));
  }
  return lines.join("\n");
}
function analyse(text) {
  const [header, ...rows] = text.split("\n");
  const cols = header.split(",");
  const recs = rows.map(line => {
    const f = line.split(",");
    const o = {};
    cols.forEach((c, i) => { o[c] = f[i]; });
    return o;
  });
  const byDept = {};
  for (const r of recs) {
    const d = byDept[r.dept] || (byDept[r.dept] = { n: 0, pay: 0, top: 0 });
    d.n++; d.pay += parseInt(r.salary, 10);
    const sc = parseFloat(r.score);
    if (sc > d.top) d.top = sc;
  }
  const good = recs.filter(r => parseFloat(r.score) >= 50).length;
  const keys = Object.keys(byDept).sort();
  return keys.map(k => `${k}:${byDept[k].n}:${(byDept[k].pay / byDept[k].n).toFixed(2)}:${byDept[k].top}`).join("|") + "#" + good;
}
const out = analyse(makeCsv(15000));
let h = 0;
for (let i = 0; i < out.length; i++) h = (h * 31 + out.charCodeAt(i)) % 1000000007;
result = h;
