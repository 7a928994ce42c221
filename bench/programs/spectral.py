import math
from array import array


def A(i, j):
    return 1 / ((i + j) * (i + j + 1) / 2 + i + 1)


def Au(u, v):
    for i in range(len(u)):
        t = 0.0
        for j in range(len(u)):
            t += A(i, j) * u[j]
        v[i] = t


def Atu(u, v):
    for i in range(len(u)):
        t = 0.0
        for j in range(len(u)):
            t += A(j, i) * u[j]
        v[i] = t


def AtAu(u, v, w):
    Au(u, w)
    Atu(w, v)


def spectral(n):
    u = array("d", [1.0] * n)
    v = array("d", [0.0] * n)
    w = array("d", [0.0] * n)
    for i in range(10):
        AtAu(u, v, w)
        AtAu(v, u, w)
    vBv = vv = 0.0
    for i in range(n):
        vBv += u[i] * v[i]
        vv += v[i] * v[i]
    return "%.9f" % math.sqrt(vBv / vv)


result = spectral(100)
