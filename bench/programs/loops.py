total = 0
for i in range(500000):
    x = i % 7
    if x > 3:
        total += x * 2
    else:
        total -= x
result = total
