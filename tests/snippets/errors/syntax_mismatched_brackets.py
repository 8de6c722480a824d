class C:
    def m(self):
        x = [1, 2,
             3}
