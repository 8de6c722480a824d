class Logger:
    def __enter__(self):
        print("start logging")
        return self
    def __exit__(self, t, v, tb):
        print("stop logging:", t.__name__ if t else "clean")
with Logger():
    print("working")
    data = [1, 2, 3]
    print(data[3])
