import sys
def hook(tp, val, tb):
    print("hook:", tp.__name__, val, tb is not None, file=sys.stdout)
sys.excepthook = hook
print(sys.__excepthook__ is not hook)
raise RuntimeError("handled by hook")
