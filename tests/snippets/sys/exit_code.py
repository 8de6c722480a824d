# sys.exit(n) ends the program with status n after running finally blocks
import sys
try:
    print('before exit')
    sys.exit(3)
finally:
    print('finally runs')
print('never')
