size = 80; inside = 0
for y in range(size):
    for x in range(size):
        cr = 2 * x / size - 1.5; ci = 2 * y / size - 1; zr = 0.0; zi = 0.0; i = 0
        while i < 50 and zr * zr + zi * zi < 4:
            t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; i += 1
        if i == 50:
            inside += 1
result = inside
