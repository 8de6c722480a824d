from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
class TransitionError(Exception):
    pass
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
    (State.PAUSED, "finish"): State.DONE,
}
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
    def fire(self, event):
        match (self.state, event):
            case (State.DONE, _):
                raise TransitionError(f"machine finished, cannot {event}")
            case (s, e) if (s, e) in TRANSITIONS:
                self.state = TRANSITIONS[s, e]
                self.history.append(self.state)
            case (s, e):
                raise TransitionError(f"no transition from {s.name} on {e!r}")
        return self
m = Machine()
for ev in ["start", "pause", "pause", "resume", "finish", "start"]:
    try:
        m.fire(ev)
        print(f"{ev:>7} -> {m.state.name}")
    except TransitionError as e:
        print(f"{ev:>7} !! {e}")
print([s.name for s in m.history])
print(State.RUNNING.value, State["PAUSED"], State(4), list(State)[:2], State.IDLE in State)
print(repr(State.DONE), str(State.DONE), State.DONE.name, isinstance(State.IDLE, State))
try:
    State(9)
except ValueError as e:
    print(e)
class Color(Enum):
    RED = "r"
    CRIMSON = "r"
print(Color.CRIMSON is Color.RED, [c.name for c in Color], Color.__members__.keys() and list(Color.__members__))
