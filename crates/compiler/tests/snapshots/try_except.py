def f(g):
    try:
        g()
    except ValueError as e:
        print(e)
    except Exception:
        return 1
    else:
        return 2
    finally:
        print("done")
    return 3
