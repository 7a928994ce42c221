// Text statistics: letter histogram with bars, word lengths, sentence stats, format specifiers.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`;
const letters = {};
for (const ch of text.toLowerCase()) if (ch >= 'a' && ch <= 'z') letters[ch] = (letters[ch] ?? 0) + 1;
const maxCount = Math.max(...Object.values(letters));
for (const [ch, n] of Object.entries(letters).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, 10)) {
  console.log('%s %s %d (%f%%)', ch, '█'.repeat(Math.round((n / maxCount) * 30)).padEnd(30, '·'), n, +((n / text.length) * 100).toFixed(2));
}
const words = text.match(/[a-z]+/gi);
const byLen = words.reduce((m, w) => m.set(w.length, (m.get(w.length) || 0) + 1), new Map());
console.log(new Map([...byLen].sort((a, b) => a[0] - b[0])));
const sentences = text.split(/(?<=[.!?])\s+/);
console.log(sentences.length, words.length, (words.join('').length / words.length).toFixed(3));
const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
console.log('longest word: %s (%i letters)', longest, longest.length, 'extra arg');
console.log('%o', { words: words.slice(0, 3), nested: { deep: { deeper: { deepest: 1 } } } });
console.log('%O', { words: words.slice(0, 3), nested: { deep: { deeper: { deepest: 1 } } } });
console.log('%j', { json: true, list: [1, 'two'] }, '%j not a specifier here');
console.log('%c styled %s', 'color: red', 'text', 'after');
console.log('100%', 'literal', '%s', '%% %z %', 5);
console.log('%s|%s|%s|%s|%s', null, undefined, 42n, Symbol('q'), [1, [2, [3, [4]]]]);
console.log('%s', { toString() { return 'custom toString'; } }, '%s', new (class Foo { })());
console.log('%d|%d|%d|%d', '42', {}, [], '0x10', '%i|%f', '3.9e2', '1e3');
console.log('%s', 'a', 'b', { c: 1 });
console.log('counts:', letters.e, letters.t, 'x'.repeat(5));
const centered = (s, w) => s.padStart(Math.floor((w + s.length) / 2)).padEnd(w);
console.log(`[${centered('title', 21)}]`, `[${centered('ab', 7)}]`);
const vowels = [...text.toLowerCase().matchAll(/[aeiou]/g)].length;
console.log({ vowels, consonants: Object.values(letters).reduce((a, b) => a + b) - vowels });
console.error('this goes to stderr %d', 1);
console.warn('warning to stderr');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
