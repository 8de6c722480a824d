counter_value = 5
def work():
    return countr_value + 1
work()
