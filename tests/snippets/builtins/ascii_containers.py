# ascii() on containers, custom __repr__ with non-ASCII text, and bytes/str mixtures
class U:
    def __repr__(self):
        return 'Ü-obj ☃'
print(ascii(['é', 'ü']), ascii({'ключ': 'значение'}), ascii(('😀', b'\xff')), ascii(U()), ascii([U()]))
print(ascii('\x00\t\n\x7f\x80'), ascii('plain'), ascii(1.5), ascii(None), ascii({'\u2028'}))
print(ascii('\ud7ff\ue000\uffff'), ascii('\U0010ffff'), ascii("it's"), ascii('"q"'), ascii('\\'))
print(repr(ascii('é')), len(ascii('é')), ascii('é') == repr('é').encode('ascii', 'backslashreplace').decode())
class Bad:
    def __repr__(self):
        return 5
try:
    ascii(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
