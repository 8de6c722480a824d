pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
         (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
         (ModuleNotFoundError, ImportError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
         (SystemExit, Exception), (GeneratorExit, BaseException), (bool, int),
         (UnicodeDecodeError, ValueError), (IndentationError, SyntaxError),
         (TabError, IndentationError), (AssertionError, Exception), (IOError, OSError),
         (TimeoutError, OSError), (StopAsyncIteration, Exception), (Warning, Exception),
         (DeprecationWarning, Warning), (BaseException, object)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(IOError is OSError, EnvironmentError is OSError)
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
print(ZeroDivisionError.__mro__)
