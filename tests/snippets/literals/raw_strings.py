print(r"a\nb", len(r"a\nb"))
print(R"\d+\.\d+")
print(r"\\", len(r"\\"))
print(repr(r"C:\path\to\file"))
print(rb"\x00", len(rb"\x00"), Rb"\n", bR"\t")
print(r"quote \" inside", r'single \' inside')
print(r"""multi
line \n raw""")
