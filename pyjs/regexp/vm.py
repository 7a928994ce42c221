"""The backtracking interpreter for ``compiler`` programs.

Why a VM with explicit stacks rather than the spec's continuation closures:
continuations nest one Python frame per matched character, so ``/a*/`` on a
long input would exhaust Python's recursion limit.  Here the only recursion
is one ``run`` per nested lookaround, bounded by the pattern's nesting.

State: ``regs`` holds capture slots (start, end per group; -1 = undefined)
followed by group/loop registers.  Every change to ``regs`` is logged on
``trail`` as (index, old value); a backtrack entry (pc, pos, trail length,
extra) restores the registers by unwinding the trail.  A positive lookaround
keeps its register changes on the same trail (they are undone if the outer
match backtracks past it) but drops its own backtrack entries: lookarounds
are atomic, as in the spec.

``tick(n)`` is called about every ``TICK_EVERY`` backtracks/loop iterations
so a host can stop a runaway match by raising from it.
"""

from bisect import bisect_right

from . import opcodes as O

TICK_EVERY = 2000


def _code_points(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = ord(text[i])
        if 0xD800 <= c <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(text[i + 1]) <= 0xDFFF:
            out.append(0x10000 + ((c - 0xD800) << 10) + ord(text[i + 1]) - 0xDC00)
            i += 2
        else:
            out.append(c)
            i += 1
    return out


def make_matcher(prog, s, tick):
    """Return ``attempt(pos)``: run ``prog`` anchored at ``pos``; the register list or None.

    The closures are built once per input so that a scan over many start
    positions pays for them only once.
    """
    code = prog.code
    regs = [-1] * prog.nregs
    trail = []
    n = len(s)
    steps = 0

    def cp_at(p):
        c = s[p]
        if "\ud800" <= c <= "\udbff" and p + 1 < n and "\udc00" <= s[p + 1] <= "\udfff":
            return ((ord(c) - 0xD800) << 10) + ord(s[p + 1]) - 0xDC00 + 0x10000, 2
        return ord(c), 1

    def cp_before(p):
        c = s[p - 1]
        if "\udc00" <= c <= "\udfff" and p >= 2 and "\ud800" <= s[p - 2] <= "\udbff":
            return ((ord(s[p - 2]) - 0xD800) << 10) + ord(c) - 0xDC00 + 0x10000, 2
        return ord(c), 1

    def run(pc, pos):
        nonlocal steps
        stack = []
        push = stack.append
        base = len(trail)
        while True:
            ins = code[pc]
            op = ins[0]
            if op == 0:  # CHAR
                if pos < n and s[pos] == ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == 2:  # SET_IN
                if pos < n and s[pos] in ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == 6:  # SPLIT
                push((ins[1], pos, len(trail), 0))
                pc += 1
                continue
            elif op == 7:  # JMP
                pc = ins[1]
                continue
            elif op == 1:  # STR
                if s.startswith(ins[1], pos):
                    pos += len(ins[1])
                    pc += 1
                    continue
            elif op == 11:  # STAR
                r = star_enter(ins, pos, push)
                if r >= 0:
                    pos = r
                    pc += 1
                    continue
            elif op == 3:  # SET_NOTIN
                if pos < n and s[pos] not in ins[1]:
                    pos += 1
                    pc += 1
                    continue
            elif op == 4:  # SET_RX
                if pos < n and ins[1](s, pos):
                    pos += 1
                    pc += 1
                    continue
            elif op == 8:  # OPEN
                r = ins[1]
                trail.append((r, regs[r]))
                regs[r] = pos
                pc += 1
                continue
            elif op == 9:  # CLOSE
                slot = ins[1]
                trail.append((slot, regs[slot]))
                trail.append((slot + 1, regs[slot + 1]))
                regs[slot] = regs[ins[2]]
                regs[slot + 1] = pos
                pc += 1
                continue
            elif op == 17:  # MATCH
                if tick is not None and steps:
                    tick(steps)
                    steps = 0
                return pos
            elif op == 5:  # ANY
                if pos < n:
                    pos += 1
                    pc += 1
                    continue
            elif op == 12:  # LOOP_INIT
                r = ins[1]
                trail.append((r, regs[r]))
                regs[r] = 0
                pc += 1
                continue
            elif op == 13:  # LOOP_HEAD
                count = regs[ins[1]]
                hi = ins[3]
                if hi is not None and count >= hi:
                    pc = ins[5]
                elif count < ins[2]:
                    pc += 1
                elif ins[4]:
                    push((ins[5], pos, len(trail), 0))
                    pc += 1
                else:
                    push((pc + 1, pos, len(trail), 0))
                    pc = ins[5]
                continue
            elif op == 14:  # LOOP_ENTER
                r = ins[1]
                trail.append((r, regs[r]))
                regs[r] = pos
                for slot in range(ins[2], ins[3]):
                    if regs[slot] != -1:
                        trail.append((slot, regs[slot]))
                        regs[slot] = -1
                pc += 1
                continue
            elif op == 15:  # LOOP_TAIL
                r = ins[1]
                count = regs[r]
                if not (count >= ins[3] and pos == regs[ins[2]]):
                    trail.append((r, count))
                    regs[r] = count + 1
                    pc = ins[4]
                    steps += 1
                    if steps >= TICK_EVERY and tick is not None:
                        tick(steps)
                        steps = 0
                    continue
            elif op == 19:  # BOL
                if pos == 0 or (ins[1] and s[pos - 1] in "\n\r\u2028\u2029"):
                    pc += 1
                    continue
            elif op == 20:  # EOL
                if pos == n or (ins[1] and s[pos] in "\n\r\u2028\u2029"):
                    pc += 1
                    continue
            elif op == 21:  # WORDB
                words = ins[1]
                a = pos > 0 and s[pos - 1] in words
                b = pos < n and s[pos] in words
                if (a != b) != ins[2]:
                    pc += 1
                    continue
            elif op == 16:  # LOOK
                mark = len(trail)
                r = run(pc + 1, pos)
                if ins[2]:
                    if r < 0:
                        pc = ins[3]
                        continue
                    while len(trail) > mark:
                        i, v = trail.pop()
                        regs[i] = v
                elif r >= 0:
                    pc = ins[3]
                    continue
            elif op == 10:  # CLOSE_B
                slot = ins[1]
                trail.append((slot, regs[slot]))
                trail.append((slot + 1, regs[slot + 1]))
                regs[slot] = pos
                regs[slot + 1] = regs[ins[2]]
                pc += 1
                continue
            elif op == 22:  # BREF
                r = backref(ins, pos, False)
                if r >= 0:
                    pos = r
                    pc += 1
                    continue
            elif op == 23:  # BREF_B
                r = backref(ins, pos, True)
                if r >= 0:
                    pos = r
                    pc += 1
                    continue
            elif op == 24:  # CHAR_B
                if pos > 0 and s[pos - 1] == ins[1]:
                    pos -= 1
                    pc += 1
                    continue
            elif op == 25:  # STR_B
                k = len(ins[1])
                if pos >= k and s.startswith(ins[1], pos - k):
                    pos -= k
                    pc += 1
                    continue
            elif op == 26:  # SET_IN_B
                if pos > 0 and s[pos - 1] in ins[1]:
                    pos -= 1
                    pc += 1
                    continue
            elif op == 27:  # SET_NOTIN_B
                if pos > 0 and s[pos - 1] not in ins[1]:
                    pos -= 1
                    pc += 1
                    continue
            elif op == 28:  # SET_RX_B
                if pos > 0 and ins[1](s, pos - 1):
                    pos -= 1
                    pc += 1
                    continue
            elif op == 29:  # ANY_B
                if pos > 0:
                    pos -= 1
                    pc += 1
                    continue
            elif op == 30:  # CP_SET
                if pos < n:
                    c, w = cp_at(pos)
                    if bisect_right(ins[1].r, c) & 1:
                        pos += w
                        pc += 1
                        continue
            elif op == 31:  # CP_SET_B
                if pos > 0:
                    c, w = cp_before(pos)
                    if bisect_right(ins[1].r, c) & 1:
                        pos -= w
                        pc += 1
                        continue
            elif op == 32:  # CP_ANY
                if pos < n:
                    pos += cp_at(pos)[1]
                    pc += 1
                    continue
            elif op == 33:  # CP_ANY_B
                if pos > 0:
                    pos -= cp_before(pos)[1]
                    pc += 1
                    continue
            elif op == 34 or op == 35:  # STRSET, STRSET_B
                ends = string_set_ends(ins, pos, op == 35)
                if ends:
                    mark = len(trail)
                    for k in range(len(ends) - 1, 0, -1):
                        push((pc + 1, ends[k], mark, 0))
                    pos = ends[0]
                    pc += 1
                    continue
            # op == FAIL, or the instruction failed: backtrack.
            while True:
                steps += 1
                if steps >= TICK_EVERY and tick is not None:
                    tick(steps)
                    steps = 0
                if not stack:
                    while len(trail) > base:
                        i, v = trail.pop()
                        regs[i] = v
                    return -1
                pc, pos, mark, extra = stack.pop()
                while len(trail) > mark:
                    i, v = trail.pop()
                    regs[i] = v
                if pc >= 0:
                    break
                pc = -pc - 1
                r = star_retry(code[pc], pos, extra, mark, push, pc)
                if r >= 0:
                    pos = r
                    pc += 1
                    break

    def star_enter(ins, pos, push):
        """First attempt of a STAR: returns the new position or -1; pushes a resume entry."""
        _, kind, arg, lo, hi, greedy, hint, pc = ins
        if greedy:
            if kind == O.K_RX:
                end = arg[0].match(s, pos).end()
                if hi is not None and end - pos > hi:
                    end = pos + hi
                if end - pos < lo:
                    return -1
                floor = pos + lo
            elif kind == O.K_ANY:
                end = n if hi is None else min(n, pos + hi)
                if end - pos < lo:
                    return -1
                floor = pos + lo
            else:
                end, floor = cp_scan(kind, arg, pos, lo, hi)
                if end < 0:
                    return -1
            if hint is not None and (end >= n or s[end] != hint):
                end = s.rfind(hint, floor, end)
                if end < 0:
                    return -1
            if end > floor:
                push((-pc - 1, end, len(trail), floor))
            return end
        # lazy: take the minimum, remember how many more may be taken
        if lo:
            end, _ = cp_scan(kind, arg, pos, lo, lo) if kind >= O.K_CP else unit_scan(kind, arg, pos, lo)
            if end < 0:
                return -1
            pos = end
        more = None if hi is None else hi - lo
        if more is None or more > 0:
            push((-pc - 1, pos, len(trail), more))
        return pos

    def unit_scan(kind, arg, pos, count):
        if pos + count > n:
            return -1, 0
        if kind == O.K_RX:
            test = arg[1].match
            for p in range(pos, pos + count):
                if not test(s, p):
                    return -1, 0
        return pos + count, 0

    def cp_scan(kind, arg, pos, lo, hi):
        """Greedy code-point run: (end, floor) where floor is the end of the first lo."""
        count = 0
        floor = pos if lo == 0 else -1
        ranges = arg.r if kind == O.K_CP else None
        while (hi is None or count < hi) and pos < n:
            c, w = cp_at(pos)
            if ranges is not None and not bisect_right(ranges, c) & 1:
                break
            pos += w
            count += 1
            if count == lo:
                floor = pos
        if count < lo:
            return -1, -1
        return pos, floor

    def star_retry(ins, pos, extra, mark, push, pc):
        """Resume a STAR after backtracking; -1 if it has no more choices."""
        _, kind, arg, lo, hi, greedy, hint, _ = ins
        if greedy:
            floor = extra
            if hint is not None:
                end = s.rfind(hint, floor, pos)
                if end < 0:
                    return -1
            elif kind >= O.K_CP:
                end = pos - cp_before(pos)[1]
            else:
                end = pos - 1
            if end > floor:
                push((-pc - 1, end, mark, floor))
            return end
        more = extra
        if pos >= n:
            return -1
        if kind == O.K_RX:
            if not arg[1].match(s, pos):
                return -1
            end = pos + 1
        elif kind == O.K_ANY:
            end = pos + 1
        else:
            c, w = cp_at(pos)
            if kind == O.K_CP and not bisect_right(arg.r, c) & 1:
                return -1
            end = pos + w
        if more is not None:
            more -= 1
        if more is None or more > 0:
            push((-pc - 1, end, mark, more))
        return end

    def string_set_ends(ins, pos, backward):
        """End positions of the class strings matching at pos, in preference order."""
        if backward:
            if pos == 0:
                return ()
            texts = ins[1].get(s[pos - 1], ())
            ends = [pos - len(t) for t in texts if s.endswith(t, 0, pos)]
        else:
            if pos >= n:
                return ()
            texts = ins[1].get(s[pos], ())
            ends = [pos + len(t) for t in texts if s.startswith(t, pos)]
        if len(ends) > 1:
            ends = list(dict.fromkeys(ends))
        return ends

    def backref(ins, pos, backward):
        """BackreferenceMatcher: https://tc39.es/ecma262/#sec-backreference-matcher"""
        start = end = -1
        for slot in ins[1]:
            if regs[slot + 1] != -1:
                start, end = regs[slot], regs[slot + 1]
                break
        if start < 0:
            return pos
        canon = ins[2]
        length = end - start
        if ins[3]:
            return backref_code_points(canon, start, end, pos, backward)
        if canon is None:
            if backward:
                if pos - length < 0 or s[pos - length:pos] != s[start:end]:
                    return -1
                return pos - length
            if not s.startswith(s[start:end], pos):
                return -1
            return pos + length
        g = pos - length if backward else pos
        if g < 0 or g + length > n:
            return -1
        for k in range(length):
            a, b = ord(s[start + k]), ord(s[g + k])
            if a != b and canon.get(a, a) != canon.get(b, b):
                return -1
        return g if backward else g + length

    def backref_code_points(canon, start, end, pos, backward):
        """Backreference by code points (u/v on an input with surrogates)."""
        key = (lambda c: c) if canon is None else (lambda c: canon.get(c, c))
        wanted = [key(c) for c in _code_points(s[start:end])]
        p = pos
        if backward:
            for want in reversed(wanted):
                if p <= 0:
                    return -1
                c, w = cp_before(p)
                if key(c) != want:
                    return -1
                p -= w
            return p
        for want in wanted:
            if p >= n:
                return -1
            c, w = cp_at(p)
            if key(c) != want:
                return -1
            p += w
        return p

    def attempt(pos):
        nonlocal steps
        if trail:
            # The previous attempt was interrupted (tick raised): start clean.
            del trail[:]
            for i in range(len(regs)):
                regs[i] = -1
        end = run(0, pos)
        if tick is not None and steps:
            tick(steps)
            steps = 0
        if end < 0:
            return None
        out = list(regs)
        out[0] = pos
        out[1] = end
        del trail[:]
        for i in range(len(regs)):
            regs[i] = -1
        return out

    return attempt
