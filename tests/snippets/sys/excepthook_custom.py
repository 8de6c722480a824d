# a custom sys.excepthook receives the uncaught exception instead of the default traceback printer
import sys
def hook(tp, val, tb):
    print('hook got', tp.__name__, val, tb.tb_frame.f_code.co_name, file=sys.stdout)
sys.excepthook = hook
print(sys.__excepthook__ is not hook, callable(sys.displayhook))
def fail():
    raise LookupError('custom-hook')
fail()
