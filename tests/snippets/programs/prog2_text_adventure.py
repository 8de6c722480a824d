class GameOver(Exception):
    pass

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.moves:02d}] {msg}")

    def handle(self, line):
        self.moves += 1
        words = line.lower().split()
        match words:
            case []:
                self.say("Say something.")
            case ["look"]:
                r = ROOMS[self.room]
                items = ", ".join(r["items"]) or "nothing"
                self.say(f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see {items}.")
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                self.move(direction)
            case ["take", item]:
                items = ROOMS[self.room]["items"]
                if item in items:
                    items.remove(item)
                    self.inventory.append(item)
                    self.say(f"Taken: {item}")
                else:
                    self.say(f"No {item} here.")
            case ["take", *many] if len(many) > 1:
                for it in many:
                    self.handle(f"take {it}")
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                ROOMS[self.room]["items"].append(item)
                self.say(f"Dropped {item}.")
            case ["inventory" | "inv" | "i"]:
                self.say("Carrying: " + (", ".join(sorted(self.inventory)) or "nothing"))
            case ["quit"]:
                raise GameOver("player quit")
            case [verb, *rest]:
                self.say(f"I don't know how to {verb!r} {' '.join(rest)}".rstrip())

    def move(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            self.say(f"You can't go {direction}.")
            return
        target = ROOMS[exits[direction]]
        if target.get("locked"):
            if "key" not in self.inventory:
                self.say("The way is locked.")
                return
            target["locked"] = False
            self.say("You unlock the door with the key.")
        self.room = exits[direction]
        self.say(f"You are in the {self.room}.")
        if "treasure" in self.inventory and self.room == "hall":
            raise GameOver("won")

script = ["look", "take lamp", "east", "down", "go west", "north", "take key book sword",
          "i", "drop book", "drop sword", "", "dance wildly", "south", "east", "down", "look",
          "take treasure", "up", "west", "look"]
g = Game()
try:
    for cmd in script:
        g.handle(cmd)
except GameOver as e:
    print(f"Game over: {e} after {g.moves} moves")
print(f"{len(g.log)} messages; inventory={sorted(g.inventory)}")
