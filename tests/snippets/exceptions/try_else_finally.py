def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
print("no failure:")
run(False)
print("failure:")
run(True)
try:
    pass
finally:
    print("finally without except")
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally before propagating")
except KeyError as e:
    print("outer caught", e)
