# sys.flags fields for a plain run, sys.executable and sys.prefix types
import sys, os
fl = sys.flags
print(type(fl).__name__, fl.debug, fl.inspect, fl.interactive, fl.optimize, fl.no_user_site in (0, 1), fl.verbose, fl.quiet, fl.dev_mode, fl.utf8_mode in (0, 1))
print(fl.bytes_warning, fl.ignore_environment in (0, 1), fl.isolated, fl.safe_path, fl.hash_randomization in (0, 1), type(fl.warn_default_encoding).__name__)
print(type(sys.executable).__name__, os.path.isabs(sys.executable), type(sys.prefix).__name__, type(sys.base_prefix).__name__, type(sys.exec_prefix).__name__)
print(type(sys.warnoptions).__name__, type(sys._xoptions).__name__, sys.dont_write_bytecode in (True, False))
try:
    fl.debug = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
