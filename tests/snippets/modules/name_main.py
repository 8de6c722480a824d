print(__name__)
def main():
    print("main() called because __name__ is", repr(__name__))
if __name__ == "__main__":
    main()
else:
    print("imported")
import _helper_math
print(_helper_math.__name__ != __name__)
