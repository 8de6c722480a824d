class Ticket:
    next_id = 1
    issued = []
    def __init__(self, holder):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.holder = holder
        Ticket.issued.append(self)
    def __repr__(self):
        return f"Ticket#{self.id}({self.holder})"
for name in ["ann", "bob", "cy"]:
    Ticket(name)
print(Ticket.issued, Ticket.next_id)
class Sub(Ticket):
    next_id = 100
s = Sub("dee")
print(s, Sub.next_id, Ticket.next_id)
