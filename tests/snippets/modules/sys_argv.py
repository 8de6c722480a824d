import sys
print(sys.argv)
print(sys.argv[0], len(sys.argv))
import os
print(os.path.basename(__file__), os.path.basename(sys.argv[0]))
