// Mandelbrot loop
var size = 80, inside = 0;
for (var y = 0; y < size; y++) {
  for (var x = 0; x < size; x++) {
    var cr = 2 * x / size - 1.5, ci = 2 * y / size - 1, zr = 0, zi = 0, i = 0;
    while (i < 50 && zr * zr + zi * zi < 4) { var t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; i++; }
    if (i === 50) inside++;
  }
}
result = inside;
