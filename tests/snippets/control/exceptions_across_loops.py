def gen():
    for i in range(5):
        yield i
        
results = []
for i in gen():
    try:
        for j in range(3):
            try:
                if (i + j) % 4 == 3:
                    raise ValueError((i, j))
                results.append((i, j))
            except ValueError as e:
                results.append(("inner-caught", e.args[0]))
                if i == 3:
                    raise
    except ValueError as e:
        results.append(("outer-caught", e.args[0]))
        continue
print(results)

def loop_with_raise():
    total = 0
    i = 0
    while True:
        try:
            i += 1
            if i > 4:
                raise StopIteration
            total += 10 // (i - 2)
        except ZeroDivisionError:
            total += 1000
        except StopIteration:
            break
    return total, i
print(loop_with_raise())

def exc_var_cleared():
    for k in range(2):
        try:
            raise KeyError(k)
        except KeyError as err:
            last = err
    try:
        err
    except NameError as ne:
        return "err cleared", last.args
print(exc_var_cleared())

errors = []
for data in ["1", "x", "3", None, "5"]:
    try:
        n = int(data)
    except ValueError as e:
        errors.append(("ValueError", str(e)))
        continue
    except TypeError as e:
        errors.append(("TypeError", type(e).__name__))
        break
    else:
        errors.append(("ok", n))
    finally:
        errors.append(("fin", data))
print(errors)
