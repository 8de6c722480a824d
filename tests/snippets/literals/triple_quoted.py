s = """line one
line two
    indented"""
print(s)
print(len(s.splitlines()))
t = '''single 'quotes' and "double" inside'''
print(t)
u = """\
no leading newline\
 and joined"""
print(repr(u))
print("""a\tb""")
