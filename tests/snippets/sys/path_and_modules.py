# sys.path and sys.modules: types, the script directory first, and module registration
import sys, os
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), os.path.realpath(sys.path[0]) == os.path.realpath(os.path.dirname(os.path.abspath(__file__))))
print(type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.modules, sys.modules['__main__'].__name__, sys.modules['sys'] is sys)
print(sys.modules[__name__] is sys.modules['__main__'], __name__)
import types
fake = types.ModuleType('fake_mod_abc')
fake.value = 42
sys.modules['fake_mod_abc'] = fake
import fake_mod_abc
print(fake_mod_abc.value, fake_mod_abc is fake)
from fake_mod_abc import value
print(value)
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['fake_mod_abc']
try:
    import fake_mod_abc as again
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.insert(0, '/nonexistent-dir-for-test')
print(sys.path[0])
sys.path.pop(0)
print('json' in sys.modules or True, isinstance(sys.builtin_module_names, tuple), 'sys' in sys.builtin_module_names)
