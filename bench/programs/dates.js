// Date-heavy: UTC calendar arithmetic, field getters/setters, ISO formatting and parsing
var d = new Date(Date.UTC(2000, 0, 1));
var weekendDays = 0, monthStarts = 0, checksum = 0;
for (var i = 0; i < 4000; i++) {
  d.setUTCDate(d.getUTCDate() + 1);
  var wd = d.getUTCDay();
  if (wd === 0 || wd === 6) weekendDays++;
  if (d.getUTCDate() === 1) monthStarts++;
  var iso = d.toISOString();
  var back = Date.parse(iso);
  checksum += (back - d.getTime()) + d.getUTCMonth() + d.getUTCFullYear() % 100 + iso.length;
}
result = weekendDays * 1e6 + monthStarts * 1e3 + checksum % 1000;
