# help is a callable site helper with a descriptive repr
print(repr(help))
print(callable(help), type(help).__name__)
import builtins
print(hasattr(builtins, 'help'), builtins.help is help)
