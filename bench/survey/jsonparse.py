class Parser:
    def __init__(self, src):
        self.src = src
        self.pos = 0
    def ws(self):
        while self.pos < len(self.src) and self.src[self.pos] in (" ", "\n"):
            self.pos += 1
    def value(self):
        self.ws()
        c = self.src[self.pos]
        if c == "{":
            return self.object()
        if c == "[":
            return self.array()
        if c == '"':
            return self.string()
        return self.number()
    def object(self):
        o = {}
        self.pos += 1
        self.ws()
        if self.src[self.pos] == "}":
            self.pos += 1
            return o
        while True:
            self.ws()
            k = self.string()
            self.ws()
            self.pos += 1
            o[k] = self.value()
            self.ws()
            c = self.src[self.pos]
            self.pos += 1
            if c == "}":
                return o
    def array(self):
        a = []
        self.pos += 1
        self.ws()
        if self.src[self.pos] == "]":
            self.pos += 1
            return a
        while True:
            a.append(self.value())
            self.ws()
            c = self.src[self.pos]
            self.pos += 1
            if c == "]":
                return a
    def string(self):
        self.pos += 1
        start = self.pos
        while self.src[self.pos] != '"':
            self.pos += 1
        s = self.src[start:self.pos]
        self.pos += 1
        return s
    def number(self):
        start = self.pos
        while self.pos < len(self.src) and 45 <= ord(self.src[self.pos]) <= 57:
            self.pos += 1
        return float(self.src[start:self.pos])
def walk(v):
    if isinstance(v, float):
        return v
    if isinstance(v, str):
        return len(v)
    s = 0
    if isinstance(v, list):
        for x in v:
            s += walk(x)
        return s
    for k in v:
        s += walk(v[k])
    return s
items = []
for i in range(1000):
    items.append('{"id": ' + str(i) + ', "name": "item' + str(i) + '", "tags": ["a", "bb", "ccc"], "pos": [' + str(i % 17) + ', -' + str(i % 5) + ', 2.5]}')
text = "[" + ",\n ".join(items) + "]"
total = 0
for r in range(3):
    total += walk(Parser(text).value())
result = total
