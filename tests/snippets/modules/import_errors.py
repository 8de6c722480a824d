try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _helper_math import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import _helper_pkg.missing_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
