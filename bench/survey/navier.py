import math
N = 48
SIZE = (N + 2) * (N + 2)
def IX(i, j):
    return i + (N + 2) * j
def set_bnd(b, x):
    for i in range(1, N + 1):
        x[IX(0, i)] = -x[IX(1, i)] if b == 1 else x[IX(1, i)]
        x[IX(N + 1, i)] = -x[IX(N, i)] if b == 1 else x[IX(N, i)]
        x[IX(i, 0)] = -x[IX(i, 1)] if b == 2 else x[IX(i, 1)]
        x[IX(i, N + 1)] = -x[IX(i, N)] if b == 2 else x[IX(i, N)]
    x[IX(0, 0)] = 0.5 * (x[IX(1, 0)] + x[IX(0, 1)])
    x[IX(0, N + 1)] = 0.5 * (x[IX(1, N + 1)] + x[IX(0, N)])
    x[IX(N + 1, 0)] = 0.5 * (x[IX(N, 0)] + x[IX(N + 1, 1)])
    x[IX(N + 1, N + 1)] = 0.5 * (x[IX(N, N + 1)] + x[IX(N + 1, N)])
def lin_solve(b, x, x0, a, c):
    stride = N + 2
    for k in range(8):
        for j in range(1, N + 1):
            row = j * stride
            for i in range(1, N + 1):
                p = row + i
                x[p] = (x0[p] + a * (x[p - 1] + x[p + 1] + x[p - stride] + x[p + stride])) / c
        set_bnd(b, x)
def diffuse(b, x, x0, diff, dt):
    a = dt * diff * N * N
    lin_solve(b, x, x0, a, 1 + 4 * a)
def advect(b, d, d0, u, v, dt):
    dt0 = dt * N
    for j in range(1, N + 1):
        for i in range(1, N + 1):
            x = i - dt0 * u[IX(i, j)]; y = j - dt0 * v[IX(i, j)]
            if x < 0.5: x = 0.5
            if x > N + 0.5: x = N + 0.5
            i0 = math.floor(x); i1 = i0 + 1
            if y < 0.5: y = 0.5
            if y > N + 0.5: y = N + 0.5
            j0 = math.floor(y); j1 = j0 + 1
            s1 = x - i0; s0 = 1 - s1; t1 = y - j0; t0 = 1 - t1
            d[IX(i, j)] = s0 * (t0 * d0[IX(i0, j0)] + t1 * d0[IX(i0, j1)]) + s1 * (t0 * d0[IX(i1, j0)] + t1 * d0[IX(i1, j1)])
    set_bnd(b, d)
def project(u, v, p, div):
    h = 1 / N
    for j in range(1, N + 1):
        for i in range(1, N + 1):
            div[IX(i, j)] = -0.5 * h * (u[IX(i + 1, j)] - u[IX(i - 1, j)] + v[IX(i, j + 1)] - v[IX(i, j - 1)])
            p[IX(i, j)] = 0.0
    set_bnd(0, div); set_bnd(0, p)
    lin_solve(0, p, div, 1, 4)
    for j in range(1, N + 1):
        for i in range(1, N + 1):
            u[IX(i, j)] -= 0.5 * (p[IX(i + 1, j)] - p[IX(i - 1, j)]) / h
            v[IX(i, j)] -= 0.5 * (p[IX(i, j + 1)] - p[IX(i, j - 1)]) / h
    set_bnd(1, u); set_bnd(2, v)
u = [0.0] * SIZE; v = [0.0] * SIZE; u0 = [0.0] * SIZE; v0 = [0.0] * SIZE
dens = [0.0] * SIZE; dens0 = [0.0] * SIZE
dt = 0.1
for step in range(4):
    dens[IX(N >> 1, N >> 1)] += 100.0; u[IX(N >> 1, N >> 1)] += 5.0; v[IX(N >> 1, (N >> 1) + 1)] -= 5.0
    diffuse(1, u0, u, 0.0001, dt); diffuse(2, v0, v, 0.0001, dt)
    project(u0, v0, u, v)
    advect(1, u, u0, u0, v0, dt); advect(2, v, v0, u0, v0, dt)
    project(u, v, u0, v0)
    diffuse(0, dens0, dens, 0.0001, dt)
    advect(0, dens, dens0, u, v, dt)
total = 0.0
for i in range(SIZE):
    total += dens[i] * (i % 7 + 1)
result = math.floor(total * 1e6 + 0.5)
