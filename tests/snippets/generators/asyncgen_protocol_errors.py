# Async generators: asend/athrow/aclose awaitables, misuse errors, and finalisation.
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("returned", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return (type(e).__name__, str(e))
    return ("suspended",)

async def agen():
    try:
        x = yield 1
        print("agen received", x)
        yield 2
    finally:
        print("agen finally")

g = agen()
print(type(g).__name__, type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__)
print(run(g.asend(None)))
print(run(g.asend("hello")))
print(run(g.athrow(KeyError("into agen"))))
print(run(g.asend(None)))

g2 = agen()
print(run(g2.asend("early")))
g3 = agen()
print(run(g3.__anext__()), run(g3.aclose()), run(g3.__anext__()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"
g4 = ignores_exit()
run(g4.__anext__())
print(run(g4.aclose()))

async def returns_value():
    yield 1
    return
print(returns_value.__code__.co_flags & 0x200 != 0)
aw = agen().asend(None)
print(run(aw), run(aw))
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
g5 = agen()
print(g5.ag_running, g5.ag_frame is not None, g5.ag_code.co_name, g5.__name__, g5.ag_await)
