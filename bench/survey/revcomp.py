PAIRS = "ACGTUMRWSYKVHDBN"
COMPL = "TGCAAKYWSRMBDHVN"
table = {}
for i in range(len(PAIRS)):
    table[PAIRS[i]] = COMPL[i]
    table[PAIRS[i].lower()] = COMPL[i]
def make_seq(n, seed):
    alpha = "acgtACGTnN"
    out = []
    for i in range(n):
        seed = (seed * 16807) % 2147483647
        out.append(alpha[seed % 10])
    return "".join(out)
def revcomp(seq):
    out = []
    line = ""
    for i in range(len(seq) - 1, -1, -1):
        line += table[seq[i]]
        if len(line) == 60:
            out.append(line); line = ""
    if line:
        out.append(line)
    return out
check = 0
for r in range(4):
    lines = revcomp(make_seq(30000, 7 + r))
    for l in lines:
        check = (check * 31 + ord(l[0]) + len(l)) % 1000000007
result = check
