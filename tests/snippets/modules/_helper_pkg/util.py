def shout(s):
    return s.upper() + "!"
NAME = "util"
