N = 120
wall = []
for y in range(N):
    wall.append([])
    for x in range(N):
        wall[y].append((x * 7 + y * 13) % 11 == 0 and x != y)
DIRS = [[1, 0], [-1, 0], [0, 1], [0, -1]]
def bfs(sx, sy, tx, ty):
    dist = []
    for y in range(N):
        dist.append([-1] * N)
    queue = [[sx, sy]]
    head = 0
    dist[sy][sx] = 0
    while head < len(queue):
        x, y = queue[head]
        head += 1
        if x == tx and y == ty:
            return dist[y][x]
        for d in range(4):
            nx, ny = x + DIRS[d][0], y + DIRS[d][1]
            if nx < 0 or ny < 0 or nx >= N or ny >= N or wall[ny][nx] or dist[ny][nx] != -1:
                continue
            dist[ny][nx] = dist[y][x] + 1
            queue.append([nx, ny])
    return -1
def reach(sx, sy):
    seen = set()
    stack = [str(sx) + "," + str(sy)]
    seen.add(stack[0])
    while stack:
        key = stack.pop()
        parts = key.split(",")
        x, y = int(parts[0]), int(parts[1])
        for d in range(4):
            nx, ny = x + DIRS[d][0], y + DIRS[d][1]
            k = str(nx) + "," + str(ny)
            if nx < 0 or ny < 0 or nx >= N or ny >= N or wall[ny][nx] or k in seen:
                continue
            seen.add(k)
            stack.append(k)
    return len(seen)
result = bfs(0, 0, N - 1, N - 1) * 10000 + bfs(N - 1, 0, 0, N - 1) + reach(0, 0)
