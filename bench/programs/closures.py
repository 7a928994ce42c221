def make_counter():
    n = 0
    def counter():
        nonlocal n
        n += 1
        return n
    return counter
def compose(f, g):
    return lambda x: f(g(x))
add1 = lambda x: x + 1
dbl = lambda x: x * 2
h = compose(add1, dbl)
c = make_counter(); acc = 0
for i in range(100000):
    acc += h(i) + c()
result = acc
