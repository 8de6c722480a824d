# sys.implementation: the attributes every implementation must provide (name is not printed)
import sys
impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower(), type(impl.cache_tag).__name__ in ('str', 'NoneType'))
print(type(impl.version).__name__, impl.version[:2] == sys.version_info[:2] or impl.version[0] >= 0, type(impl.hexversion).__name__)
print(len(impl.version), impl.version.major >= 0, impl.version.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
print(hasattr(impl, 'name'), hasattr(impl, 'cache_tag'), hasattr(impl, 'version'), hasattr(impl, 'hexversion'))
