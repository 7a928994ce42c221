import asyncio
async def stage(x):
    return x * 2
async def pipeline(n):
    total = 0
    for i in range(n):
        total += await stage(i)
    return total
result = asyncio.run(pipeline(50000))
