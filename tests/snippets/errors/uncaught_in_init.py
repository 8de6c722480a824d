class Connection:
    def __init__(self, host, port):
        self.host = host
        self.port = int(port)
c = Connection("localhost", "8080")
print(c.host, c.port)
Connection("localhost", "eighty")
