# SystemExit raised deep in calls unwinds with-blocks and finally clauses; the exit status is kept
import sys
class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *exc):
        print('exit', exc[0].__name__)
        return False
def inner():
    with CM():
        sys.exit(42)
def outer():
    try:
        inner()
    finally:
        print('outer finally')
outer()
