// sorting records with comparators, then map / filter / reduce
var seed = 42;
function rand() { seed = (seed * 16807) % 2147483647; return seed; }
var people = [];
for (var i = 0; i < 6000; i++) people.push({ name: "p" + (rand() % 1000), age: rand() % 90, score: rand() % 10000 });
var byAge = people.slice().sort(function (a, b) { return a.age - b.age || b.score - a.score; });
var byName = people.slice().sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : a.score - b.score; });
var nums = people.map(function (p) { return p.score; });
nums.sort(function (a, b) { return a - b; });
function mergesort(a) {
  if (a.length < 2) return a;
  var mid = a.length >> 1, l = mergesort(a.slice(0, mid)), r = mergesort(a.slice(mid)), out = [], i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}
var ms = mergesort(people.map(function (p) { return p.age * 10000 + p.score; }));
var adults = people.filter(function (p) { return p.age >= 18; });
var total = adults.reduce(function (s, p) { return s + p.score; }, 0);
result = byAge[0].score + byAge[5999].age + byName[0].score + nums[3000] + ms[100] + total;
