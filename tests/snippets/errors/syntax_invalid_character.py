price = 5
cost = price € 2
