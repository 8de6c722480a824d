inventory = {"apples": 3, "pears": 5}
def lookup(item):
    return inventory[item]
print(lookup("apples"))
print(lookup("bananas"))
