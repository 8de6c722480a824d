try:
    1 / 0
except ZeroDivisionError:
    print("caught zero division")
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    undefined_variable
except NameError as e:
    print("NameError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
print("end")
