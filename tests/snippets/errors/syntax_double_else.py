if True:
    pass
else:
    pass
else:
    pass
