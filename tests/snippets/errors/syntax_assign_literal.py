total = 0
5 = total
