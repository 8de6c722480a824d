import sys
def fail():
    raise ValueError("tb test")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
print(sys.exc_info())
