// regular expressions: test, exec with groups in a loop, replace with a callback, split
function makeLog(n) {
  const lines = [];
  let seed = 3;
  const verbs = ["GET", "POST", "PUT", "DELETE"];
  for (let i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    lines.push(`10.0.${seed % 256}.${(seed >> 8) % 256} - - [12/Mar/2024:10:${String(seed % 60).padStart(2, "0")}:00] "${verbs[seed % 4]} /api/v${seed % 3}/items/${seed % 1000}?q=${seed % 77} HTTP/1.1" ${seed % 5 ? 200 : 404} ${seed % 5000}`);
  }
  return lines.join("\n");
}
const re = /^(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(\w+) ([^ ?]+)(?:\?([^ ]*))? HTTP\/1\.1" (\d{3}) (\d+)$/;
function analyse(text) {
  const counts = {};
  let bytes = 0, notFound = 0;
  for (const line of text.split("\n")) {
    const m = re.exec(line);
    if (!m) continue;
    const path = m[4].replace(/\/\d+/g, "/:id");
    counts[m[3] + " " + path] = (counts[m[3] + " " + path] || 0) + 1;
    bytes += +m[7];
    if (/^4/.test(m[6])) notFound++;
  }
  const masked = text.slice(0, 20000).replace(/\d+\.\d+\.\d+\.\d+/g, (ip) => ip.split(".").map((p) => p.length).join(""));
  return Object.keys(counts).sort().map((k) => k + "=" + counts[k]).join(";") + "|" + bytes + "|" + notFound + "|" + masked.length;
}
const out = analyse(makeLog(6000));
let h = 0;
for (let i = 0; i < out.length; i++) h = (h * 31 + out.charCodeAt(i)) % 1000000007;
result = h;
