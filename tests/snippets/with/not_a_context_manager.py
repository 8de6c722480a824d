class NoExit:
    def __enter__(self):
        return self
class Nothing:
    pass
for obj in [NoExit(), Nothing(), 5]:
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
