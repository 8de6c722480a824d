# sys.argv holds the script path as given; orig_argv exists as a list of str
import sys, os
print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]), all(isinstance(a, str) for a in sys.argv))
print(sys.argv[1:], isinstance(sys.orig_argv, list))
sys.argv.append('extra')
print(sys.argv[-1], len(sys.argv))
