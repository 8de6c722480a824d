for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        print("handled", i)
        break
    finally:
        print("finally after break", i)
def loop_finally_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break"
print(loop_finally_break())
def loop_finally_continue():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(loop_finally_continue())
