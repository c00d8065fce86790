// Wrong answer: forgets to lower-case, so "Apple" and "apple" are counted apart.
const text = require('fs').readFileSync(0, 'latin1');
const counts = new Map();
for (const word of text.match(/[A-Za-z]+/g) || []) {
  counts.set(word, (counts.get(word) || 0) + 1);
}
const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
process.stdout.write(ranked.map(([word, count]) => `${word} ${count}\n`).join(''));
