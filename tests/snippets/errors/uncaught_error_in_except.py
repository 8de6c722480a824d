def risky():
    return {}["config"]
try:
    risky()
except KeyError:
    print("handling KeyError")
    fallback = undefined_fallback
