// Word frequency, title-casing and slug generation over a small text.
const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!  Quick, quick...
"Foxes" aren't dogs -- but dogs aren't foxes either.`;

const words = text.toLowerCase().split(/[^a-z']+/).filter(Boolean);
console.log(words.length, 'words');

const freq = {};
for (const w of words) freq[w] = (freq[w] || 0) + 1;
const top = Object.entries(freq)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .slice(0, 8);
console.log(top);
for (const [w, n] of top) {
  console.log(`${w.padEnd(8, '.')}${String(n).padStart(3)} ${'#'.repeat(n)}`);
}

const titleCase = s => s.replace(/\b([a-z])([a-z']*)/g, (_, first, rest) => first.toUpperCase() + rest);
console.log(titleCase('the lord of the rings: the return of the king'));

const slug = s => s.trim().toLowerCase().replace(/[^\w\s-]/g, '').replace(/[\s_-]+/g, '-').replace(/^-+|-+$/g, '');
console.log(slug('  Hello, World! This is -- a Test_String  '));

const camel = s => s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
console.log(['background-color', 'border_top_width', 'font size'].map(camel));

const kebab = s => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
console.log(['backgroundColor', 'borderTopWidth', 'XMLHttpRequest'].map(kebab));

// Named groups and replaceAll
const dates = 'Due 2024-03-15, paid 2024-04-01, late 2023-12-31';
console.log(dates.replace(/(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/g, '$<d>/$<m>/$<y>'));
for (const m of dates.matchAll(/(?<y>\d{4})-(?<m>\d{2})/g)) {
  console.log(m.index, m[0], m.groups.y, m.groups.m);
}
console.log('a.b.c.d'.replaceAll('.', '/'), 'x-y-z'.split('-', 2));
console.log('  padded  '.trim() + '|', '  padded  '.trimStart() + '|', '  padded  '.trimEnd() + '|');
console.log('abc'.at(-1), 'abcdef'.slice(-3, -1), 'abcdef'.substring(4, 1));
console.log('Mississippi'.indexOf('ss'), 'Mississippi'.lastIndexOf('ss'), 'Mississippi'.includes('sip'));
console.log('%s has %d chars', 'Mississippi', 'Mississippi'.length);

// Caesar cipher and reversing
const caesar = (s, k) => s.replace(/[a-z]/gi, ch => {
  const base = ch <= 'Z' ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + k) % 26 + 26) % 26 + base);
});
const enc = caesar('Hello, World!', 3);
console.log(enc, caesar(enc, -3));
console.log([...'racecar'].reverse().join('') === 'racecar', [...'héllo wörld'].reverse().join(''));

// Split with captures and limits
console.log('one1two22three333four'.split(/(\d+)/));
console.log('a, b,c ,d'.split(/\s*,\s*/));
console.log(''.split(','), ''.split(''), 'abc'.split(''));
console.log(JSON.stringify('tab\there "quoted" \\ back'), 'line1\nline2'.split('\n'));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort(), ['b', 'a', 'C'].sort((x, y) => x.toLowerCase() < y.toLowerCase() ? -1 : 1));
console.log('abc'.codePointAt(1), '😀'.codePointAt(0), '😀'.length, [...'😀👍'].length, String.fromCodePoint(128512));
console.log('%o', 'str', 'x'.localeCompare === undefined);
