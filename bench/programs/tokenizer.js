// string/regexp-heavy text tokenizer: a sticky lexer, replace with a callback, split
var words = ["let", "x1", "=", "42", "+", "foo_bar", "*", "(", "3.5", "-", "y", ")", ";", "\"str ing\"", "//note\n"];
var parts = [];
for (var i = 0; i < 30000; i++) parts.push(words[(i * 7) % words.length]);
var src = parts.join(" ");
var lexer = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|("(?:[^"\\]|\\.)*")|(\/\/[^\n]*)|([-+*\/=();]))/y;
var counts = { num: 0, ident: 0, str: 0, comment: 0, punct: 0 };
var m, sum = 0;
lexer.lastIndex = 0;
while (lexer.lastIndex < src.length && (m = lexer.exec(src)) !== null) {
  if (m[1] !== undefined) { counts.num++; sum += parseFloat(m[1]); }
  else if (m[2] !== undefined) counts.ident++;
  else if (m[3] !== undefined) counts.str++;
  else if (m[4] !== undefined) counts.comment++;
  else counts.punct++;
}
var upper = src.replace(/[a-z]+/g, function (w) { return w.length > 2 ? w.toUpperCase() : w; });
var fields = upper.split(/\s+/).filter(function (f) { return /^[A-Z_]+$/.test(f); });
result = counts.num * 1e6 + counts.ident * 1e3 + counts.punct + fields.length + Math.round(sum);
