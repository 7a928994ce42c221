// tag cloud (SunSpider string-tagcloud style): tokenize text, count tags in an object, sort, build HTML
const WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
  "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];
let seed = 7;
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n; }
const parts = [];
for (let i = 0; i < 30000; i++) {
  const w = WORDS[rnd(WORDS.length)];
  parts.push(rnd(7) === 0 ? w.toUpperCase() + "," : w);
}
const text = parts.join(" ");
function buildCloud(text) {
  const counts = {};
  for (const raw of text.split(" ")) {
    const tag = raw.toLowerCase().replace(/[^a-z]/g, "");
    if (tag.length === 0) continue;
    counts[tag] = (counts[tag] || 0) + 1;
  }
  const tags = Object.keys(counts).map(name => ({ name, count: counts[name] }));
  tags.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const max = tags[0].count, min = tags[tags.length - 1].count;
  const html = [];
  for (const t of tags) {
    const size = Math.round(10 + 20 * (t.count - min) / (max - min || 1));
    html.push(`<a href="/tag/${encodeURIComponent(t.name)}" style="font-size:${size}px">${t.name} (${t.count})</a>`);
  }
  return html.join("\n");
}
let out = "";
for (let r = 0; r < 3; r++) out = buildCloud(text);
result = out.length + ":" + out.slice(0, 80);
