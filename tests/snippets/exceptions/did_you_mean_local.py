def h():
    something_long = 3
    return somthing_long
h()
