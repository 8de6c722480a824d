class VMError(Exception):
    pass
def assemble(src):
    prog, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        op, *args = line.split()
        prog.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return prog, labels
def run(src, trace=False):
    prog, labels = assemble(src)
    stack, pc, out, steps = [], 0, [], 0
    while pc < len(prog):
        steps += 1
        if steps > 10_000:
            raise VMError("step limit")
        op, args = prog[pc]
        pc += 1
        match op, args:
            case "push", [n]:
                stack.append(n)
            case "add" | "sub" | "mul" | "mod", []:
                b, a = stack.pop(), stack.pop()
                stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b}[op])
            case "dup", []:
                stack.append(stack[-1])
            case "swap", []:
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case "jz", [label]:
                if stack.pop() == 0:
                    pc = labels[label]
            case "jmp", [label]:
                pc = labels[label]
            case "print", []:
                out.append(stack[-1])
            case "pop", []:
                stack.pop()
            case _:
                raise VMError(f"bad instruction {op} {args}")
    return out, steps
factorial = """
    push 1      ; acc
    push 10     ; n
loop:
    dup
    jz end
    dup
    push -1
    add         ; n-1 on top? keep n
    swap        ; n, n-1 -> n-1, n
    ; multiply acc by n: stack is acc, n-1, n
    jmp mul
mul:
    swap        ; acc, n, n-1
    pop         ; acc, n
    dup         ; acc, n, n
    push -1
    add         ; acc, n, n-1
    swap        ; acc, n-1, n
    ; rotate: need acc*n
    jmp done_mul
done_mul:
    pop
    jmp loop
end:
    print
"""
print(run(factorial))
print(run("push 2\npush 3\nmul\npush 4\nadd\nprint"))
for bad in ["push 1\nfrobnicate", "jmp nowhere", "add", "top:\njmp top"]:
    try:
        run(bad)
    except (VMError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
