width = 10
height = None
margin = 2
print(width * 2 + margin)
area = width * 2 + height * margin - 1
