def run(limit, brk_at=None, cont_at=None):
    log = []
    for i in range(limit):
        try:
            if i == cont_at:
                log.append(f"cont{i}")
                continue
            if i == brk_at:
                log.append(f"brk{i}")
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    else:
        log.append("else")
    return log

print(run(3))
print(run(3, brk_at=1))
print(run(3, cont_at=1))
print(run(0))

def while_version(n):
    log = []
    i = 0
    while i < n:
        i += 1
        try:
            if i == 2:
                continue
            if i == 4:
                break
        finally:
            log.append(i)
    else:
        log.append("else")
    return log
print(while_version(3), while_version(6))

def finally_overrides_break():
    for i in range(5):
        try:
            break
        finally:
            if i < 1:
                continue
    else:
        return "else-reached"
    return "after"
print(finally_overrides_break())

def return_in_finally_in_loop():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            return f"swallowed at {i}"
print(return_in_finally_in_loop())

def nested_else():
    out = []
    for a in range(3):
        for b in range(3):
            if a == b == 1:
                break
        else:
            out.append(f"inner-else a={a}")
            continue
        out.append(f"inner-broke a={a}")
        break
    else:
        out.append("outer-else")
    return out
print(nested_else())
