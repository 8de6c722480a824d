# __import__: top-level package return, fromlist, level, globals, and error messages
m = __import__('os.path')
print(m.__name__, __import__('os.path', fromlist=['join']).__name__, __import__('os', fromlist=[]).__name__)
j = __import__('json.decoder', globals(), locals(), ['JSONDecoder'], 0)
print(j.__name__, hasattr(j, 'JSONDecoder'))
import sys
print(__import__('sys') is sys, __import__('collections.abc').__name__, 'collections.abc' in sys.modules)
print(__import__ is __builtins__.__import__ if hasattr(__builtins__, '__import__') else True)
for args in [('nonexistent_mod_xyz',), ('os.nope_sub',), ('',), (5,), ('os', None, None, [], -1), ('.x', None, None, [], 0)]:
    try:
        print(__import__(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('x', {}, {}, [], 1)
except Exception as e:
    print(type(e).__name__, e)
print(__import__('path', {'__package__': 'os', '__name__': 'os'}, None, ['sep'], 1).__name__)
