# Random strings through the str methods and random format specs through format(): outputs from CPython (fixed seed)
import random
random.seed(11)
alphabet = 'abcABC xyz\t\n\r01_-.,:é ß İ ǅ Σσς ﬁ ١٢ ⅷ ½ 𝟘 \u2028\u00a0\x0b\x1c'
def rs(n=8):
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, n)))
methods = ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii', 'isdecimal',
           'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'splitlines',
           'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'expandtabs']
arg_methods = ['count', 'find', 'rfind', 'startswith', 'endswith', 'partition', 'rpartition', 'split', 'rsplit', 'strip',
               'removeprefix', 'removesuffix', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'index', 'rindex', 'join']
for _ in range(1500):
    s = rs()
    m = random.choice(methods + arg_methods)
    try:
        if m in methods:
            r = getattr(s, m)()
        elif m in ('center', 'ljust', 'rjust'):
            r = getattr(s, m)(random.randint(-2, 14), random.choice(' *é'))
        elif m == 'zfill':
            r = s.zfill(random.randint(-1, 12))
        elif m == 'replace':
            r = s.replace(rs(2), rs(2), random.randint(-1, 3))
        elif m in ('split', 'rsplit'):
            r = getattr(s, m)(rs(2) or None, random.randint(-1, 3))
        elif m == 'join':
            r = s.join([rs(3) for _ in range(3)])
        elif m in ('count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'):
            r = getattr(s, m)(rs(2), random.randint(-10, 10), random.randint(-10, 10))
        else:
            r = getattr(s, m)(rs(2))
        print(m, ascii(s), ascii(r))
    except Exception as e:
        print(m, ascii(s), type(e).__name__, e)
for _ in range(300):
    s = rs(6)
    spec = random.choice(['', '>', '<', '^', '=']) + random.choice(['', '10', '3', '0']) + random.choice(['', '.2', '.0'])
    try:
        print(ascii(format(s, spec)))
    except Exception as e:
        print(type(e).__name__, e)
    n = random.choice([0, 1, -1, 12345, -987654321, 2**70, 3.14159, -0.0, 1e300, float('nan'), 1e-7, 123456.789])
    spec = random.choice(['', '+', '-', ' ']) + random.choice(['', '#']) + random.choice(['', '0']) + random.choice(['', '12', '1']) + random.choice(['', ',', '_']) + random.choice(['', '.3', '.0', '.12']) + random.choice(['', 'e', 'f', 'g', '%', 'E', 'G', 'n', 'd', 'x', 'o', 'b', 'X', 'c'])
    try:
        print(spec, ascii(format(n, spec)))
    except Exception as e:
        print(spec, type(e).__name__, e)
