// allocation: binary trees and a linked list
function make(d) { return d === 0 ? { left: null, right: null } : { left: make(d - 1), right: make(d - 1) }; }
function check(t) { return t.left === null ? 1 : 1 + check(t.left) + check(t.right); }
var total = 0;
for (var i = 0; i < 8; i++) total += check(make(12));
var list = null;
for (var j = 0; j < 30000; j++) list = { value: j, next: list };
var sum = 0;
while (list !== null) { sum += list.value; list = list.next; }
result = total + sum;
