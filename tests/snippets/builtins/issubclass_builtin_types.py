print(issubclass(bool, int), issubclass(int, float), issubclass(float, object))
print(issubclass(dict, object), issubclass(list, (tuple, list)), issubclass(str, str))
import collections.abc as abc
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Mapping), issubclass(set, abc.Set))
print(isinstance([], abc.Iterable), isinstance(5, abc.Iterable), isinstance(iter([]), abc.Iterator))
print(isinstance(len, abc.Callable), isinstance({}, abc.MutableMapping))
