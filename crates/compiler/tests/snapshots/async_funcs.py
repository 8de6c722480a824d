async def co(a):
    async with a as b:
        r = await b
    async for x in a:
        print(x)
    return [y async for y in a]

async def agen():
    yield 1
