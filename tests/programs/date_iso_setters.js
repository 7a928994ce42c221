// Date.parse on the ISO forms toISOString writes (and near misses that take the general
// parser), and the UTC setters replacing some fields while the others come from the date.
var samples = [
  "2000-01-01", "2000-02-30", "1999-12-31T23:59:59.999Z", "2024-02-29T12:00Z", "2023-02-29T00:00:00Z",
  "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.9Z", "2000-01-01T24:00:00.000Z", "2000-01-01T24:00:01Z",
  "2000-13-01", "2000-00-10", "2000-01-32", "2000-01-01T12:60Z", "2000-01-01T12:00:60Z",
  "2000-01-01T12:00:00.1234Z", "2000-01-01T12:00:00.12Z", "2000-01-01T12:00:00.Z", "2000-01-01T12Z",
  "+275760-09-13T00:00:00.000Z", "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00.000Z",
  "2000-01-01T00:00:00.000+01:00", "2000-01-01t00:00:00Z", "2000-01-01T00:00:00z", " 2000-01-01",
  "2000-1-01", "20000-01-01", "2000-01-01T00:00:00.000Zjunk", "\uff12000-01-01",
];
console.log(samples.map(function (s) { return s + " " + Date.parse(s); }).join("\n"));

var d = new Date(Date.UTC(2001, 0, 31, 10, 20, 30, 400));
var log = [];
function show(v) { log.push(v + " " + (d.getTime() === d.getTime() ? d.toISOString() : "Invalid")); }
show(d.setUTCMonth(1));
show(d.setUTCDate(0));
show(d.setUTCDate(45));
show(d.setUTCHours(25, 61));
show(d.setUTCMinutes(-1, 59, 1000));
show(d.setUTCSeconds(30.9));
show(d.setUTCMilliseconds(-0.5));
show(d.setUTCFullYear(2004, 1, 29));
show(d.setUTCFullYear(2005));
show(d.setUTCMonth(11, 31));
show(d.setUTCDate({ valueOf: function () { log.push("valueOf"); return 3; } }));
show(d.setUTCHours());
show(d.setUTCHours(1));
var bad = new Date(NaN);
log.push(bad.setUTCDate(1), bad.setUTCHours(1), bad.setUTCFullYear(2010), bad.toISOString());
log.push(new Date(8.64e15).setUTCMilliseconds(1), new Date(-8.64e15).setUTCDate(1));
console.log(log.join("\n"));

var t = new Date(Date.UTC(2000, 0, 1));
var sum = 0;
for (var i = 0; i < 800; i++) {
  t.setUTCDate(t.getUTCDate() + 1);
  var iso = t.toISOString();
  sum += Date.parse(iso) - t.getTime() + t.getUTCMonth() + t.getUTCDay();
}
console.log(sum, t.toISOString());
