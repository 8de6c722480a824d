class WithCall:
    def __call__(self):
        pass
class Without:
    pass
print(callable(len), callable(lambda: 0), callable(WithCall()), callable(Without()), callable(Without))
print(callable(1), callable("s"), callable(None), callable(print), callable(str.upper), callable([].append))
