// Date arithmetic in UTC only: parsing ISO strings, adding days, differences, formatting.
const d = new Date(Date.UTC(2024, 1, 28, 23, 59, 30, 250));
console.log(d.toISOString(), d.getTime(), d.valueOf() === +d, JSON.stringify({ d }));
const addDays = (date, n) => new Date(date.getTime() + n * 864e5);
console.log(addDays(d, 1).toISOString(), addDays(d, 2).toISOString(), addDays(d, -60).toISOString());
const next = new Date(d); next.setUTCMonth(next.getUTCMonth() + 1);
console.log(next.toISOString());
const jan31 = new Date(Date.UTC(2023, 0, 31)); jan31.setUTCMonth(1);
console.log(jan31.toISOString());
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0), Date.UTC(-1, 0), Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 14));
const parsed = ['2024-03-10', '2024-03-10T12:00:00Z', '2024-03-10T12:00:00.123+05:30', '2024-13-01', 'garbage', '2024-02-30T00:00:00Z', '+012345-01-01T00:00:00Z'];
for (const s of parsed) {
  const t = Date.parse(s);
  console.log(s.padEnd(32), Number.isNaN(t) ? 'Invalid' : new Date(t).toISOString());
}
const diff = (a, b) => {
  let ms = Math.abs(b - a);
  const parts = [];
  for (const [unit, size] of [['d', 864e5], ['h', 36e5], ['m', 6e4], ['s', 1e3]]) {
    const n = Math.floor(ms / size); ms -= n * size; if (n) parts.push(n + unit);
  }
  return parts.join(' ') || '0s';
};
console.log(diff(new Date('2024-01-01T00:00:00Z'), new Date('2024-03-15T13:45:10Z')));
console.log(diff(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 0, 0, 59)));
const isLeap = (y) => new Date(Date.UTC(y, 1, 29)).getUTCDate() === 29;
console.log([1900, 2000, 2023, 2024, 2100].map(y => `${y}:${isLeap(y)}`).join(' '));
const daysInMonth = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
console.log(Array.from({ length: 12 }, (_, m) => daysInMonth(2024, m)));
const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
console.log(['2024-07-04', '2000-01-01', '1969-07-20'].map(s => weekday[new Date(s).getUTCDay()]));
const fmt = (dt) => `${dt.getUTCFullYear()}/${String(dt.getUTCMonth() + 1).padStart(2, '0')}/${String(dt.getUTCDate()).padStart(2, '0')} ${String(dt.getUTCHours()).padStart(2, '0')}:${String(dt.getUTCMinutes()).padStart(2, '0')}`;
console.log(fmt(d), d.toUTCString(), new Date(0).toUTCString());
const sorted = ['2024-05-01', '2023-12-25', '2024-01-15'].map(s => new Date(s)).sort((a, b) => a - b);
console.log(sorted, sorted.map(x => x.toISOString().slice(0, 10)));
console.log(new Date(8.64e15).toISOString(), new Date(8.64e15 + 1).getTime(), String(new Date(NaN)), new Date(NaN).getTime());
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
const week = (dt) => { const t = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate())); const day = t.getUTCDay() || 7; t.setUTCDate(t.getUTCDate() + 4 - day); const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1)); return Math.ceil(((t - y0) / 864e5 + 1) / 7); };
console.log(['2024-01-01', '2024-12-30', '2021-01-03', '2026-06-15'].map(s => week(new Date(s))));
console.log({ epoch: new Date(0), arr: [new Date(Date.UTC(1999, 11, 31, 23, 59, 59))] }, new Date(-1).toISOString());
console.log(new Date(2020, 0, 1) instanceof Date, typeof Date.now(), Object.prototype.toString.call(new Date(0)));
