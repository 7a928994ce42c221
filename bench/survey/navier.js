// a 2-D fluid solver step (after Stam's "Real-Time Fluid Dynamics"): Float64Array grids, linear solves
const N = 48, SIZE = (N + 2) * (N + 2);
function IX(i, j) { return i + (N + 2) * j; }
function setBnd(b, x) {
  for (let i = 1; i <= N; i++) {
    x[IX(0, i)] = b === 1 ? -x[IX(1, i)] : x[IX(1, i)];
    x[IX(N + 1, i)] = b === 1 ? -x[IX(N, i)] : x[IX(N, i)];
    x[IX(i, 0)] = b === 2 ? -x[IX(i, 1)] : x[IX(i, 1)];
    x[IX(i, N + 1)] = b === 2 ? -x[IX(i, N)] : x[IX(i, N)];
  }
  x[IX(0, 0)] = 0.5 * (x[IX(1, 0)] + x[IX(0, 1)]);
  x[IX(0, N + 1)] = 0.5 * (x[IX(1, N + 1)] + x[IX(0, N)]);
  x[IX(N + 1, 0)] = 0.5 * (x[IX(N, 0)] + x[IX(N + 1, 1)]);
  x[IX(N + 1, N + 1)] = 0.5 * (x[IX(N, N + 1)] + x[IX(N + 1, N)]);
}
function linSolve(b, x, x0, a, c) {
  const stride = N + 2;
  for (let k = 0; k < 8; k++) {
    for (let j = 1; j <= N; j++) {
      let row = j * stride;
      for (let i = 1; i <= N; i++) {
        const p = row + i;
        x[p] = (x0[p] + a * (x[p - 1] + x[p + 1] + x[p - stride] + x[p + stride])) / c;
      }
    }
    setBnd(b, x);
  }
}
function diffuse(b, x, x0, diff, dt) { const a = dt * diff * N * N; linSolve(b, x, x0, a, 1 + 4 * a); }
function advect(b, d, d0, u, v, dt) {
  const dt0 = dt * N;
  for (let j = 1; j <= N; j++) {
    for (let i = 1; i <= N; i++) {
      let x = i - dt0 * u[IX(i, j)], y = j - dt0 * v[IX(i, j)];
      if (x < 0.5) x = 0.5; if (x > N + 0.5) x = N + 0.5;
      const i0 = Math.floor(x), i1 = i0 + 1;
      if (y < 0.5) y = 0.5; if (y > N + 0.5) y = N + 0.5;
      const j0 = Math.floor(y), j1 = j0 + 1;
      const s1 = x - i0, s0 = 1 - s1, t1 = y - j0, t0 = 1 - t1;
      d[IX(i, j)] = s0 * (t0 * d0[IX(i0, j0)] + t1 * d0[IX(i0, j1)]) + s1 * (t0 * d0[IX(i1, j0)] + t1 * d0[IX(i1, j1)]);
    }
  }
  setBnd(b, d);
}
function project(u, v, p, div) {
  const h = 1 / N;
  for (let j = 1; j <= N; j++)
    for (let i = 1; i <= N; i++) {
      div[IX(i, j)] = -0.5 * h * (u[IX(i + 1, j)] - u[IX(i - 1, j)] + v[IX(i, j + 1)] - v[IX(i, j - 1)]);
      p[IX(i, j)] = 0;
    }
  setBnd(0, div); setBnd(0, p);
  linSolve(0, p, div, 1, 4);
  for (let j = 1; j <= N; j++)
    for (let i = 1; i <= N; i++) {
      u[IX(i, j)] -= 0.5 * (p[IX(i + 1, j)] - p[IX(i - 1, j)]) / h;
      v[IX(i, j)] -= 0.5 * (p[IX(i, j + 1)] - p[IX(i, j - 1)]) / h;
    }
  setBnd(1, u); setBnd(2, v);
}
const u = new Float64Array(SIZE), v = new Float64Array(SIZE), u0 = new Float64Array(SIZE), v0 = new Float64Array(SIZE);
const dens = new Float64Array(SIZE), dens0 = new Float64Array(SIZE);
const dt = 0.1;
for (let step = 0; step < 4; step++) {
  dens[IX(N >> 1, N >> 1)] += 100; u[IX(N >> 1, N >> 1)] += 5; v[IX(N >> 1, (N >> 1) + 1)] -= 5;
  diffuse(1, u0, u, 0.0001, dt); diffuse(2, v0, v, 0.0001, dt);
  project(u0, v0, u, v);
  advect(1, u, u0, u0, v0, dt); advect(2, v, v0, u0, v0, dt);
  project(u, v, u0, v0);
  diffuse(0, dens0, dens, 0.0001, dt);
  advect(0, dens, dens0, u, v, dt);
}
let total = 0;
for (let i = 0; i < SIZE; i++) total += dens[i] * (i % 7 + 1);
result = Math.round(total * 1e6);
