// stores to let bindings: before and after their declarations, in loops, switch cases and blocks
function f(n) {
  let out = [];
  for (let i = 0; i < n; i++) {
    let a = i, b;
    b = a * 2; a = b + 1;
    out.push(a, b);
  }
  try { x = 1; let x; } catch (e) { out.push(e.constructor.name); }
  try { { y = 2; } let y = 3; out.push(y); } catch (e) { out.push(e.constructor.name); }
  switch (n) {
    case 3: let z = 1; z = 5; out.push(z);
    case 4: try { z = 7; out.push(z); } catch (e) { out.push(e.constructor.name); }
  }
  switch (n + 1) {
    case 3: let w = 1;
    case 4: try { w = 7; out.push(w); } catch (e) { out.push(e.constructor.name); }
  }
  let k = 0;
  while (k < 3) { let t; if (k > 0) { try { t2 = k; } catch (e) { out.push("tdz" + k); } } let t2; t = k; k = t + 1; }
  return out.join(",");
}
for (let r = 0; r < 5; r++) console.log(f(3));
