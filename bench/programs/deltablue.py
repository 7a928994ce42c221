# DeltaBlue incremental dataflow constraint solver: twin of deltablue.js (same classes, same steps).
class Strength:
    def __init__(self, strength_value, name):
        self.strength_value = strength_value; self.name = name

    @staticmethod
    def stronger(s1, s2):
        return s1.strength_value < s2.strength_value

    @staticmethod
    def weaker(s1, s2):
        return s1.strength_value > s2.strength_value

    @staticmethod
    def weakest_of(s1, s2):
        return s1 if Strength.weaker(s1, s2) else s2

    @staticmethod
    def strongest(s1, s2):
        return s1 if Strength.stronger(s1, s2) else s2

    def next_weaker(self):
        v = self.strength_value
        if v == 0:
            return Strength.STRONG_PREFERRED
        elif v == 1:
            return Strength.PREFERRED
        elif v == 2:
            return Strength.STRONG_DEFAULT
        elif v == 3:
            return Strength.NORMAL
        elif v == 4:
            return Strength.WEAK_DEFAULT
        elif v == 5:
            return Strength.WEAKEST
        raise Exception("no strength weaker than " + self.name)
Strength.REQUIRED = Strength(0, "required")
Strength.STRONG_PREFERRED = Strength(1, "strongPreferred")
Strength.PREFERRED = Strength(2, "preferred")
Strength.STRONG_DEFAULT = Strength(3, "strongDefault")
Strength.NORMAL = Strength(4, "normal")
Strength.WEAK_DEFAULT = Strength(5, "weakDefault")
Strength.WEAKEST = Strength(6, "weakest")


def remove_all(lst, elm):
    # remove every occurrence of elm from the list, in place, keeping order
    index = 0; skipped = 0
    for i in range(len(lst)):
        value = lst[i]
        if value is not elm:
            lst[index] = value; index += 1
        else:
            skipped += 1
    for j in range(skipped):
        lst.pop()


planner = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_constraint(self):
        self.add_to_graph(); planner.incremental_add(self)

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is Strength.REQUIRED:
                raise Exception("Could not satisfy a required constraint!")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise Exception("Cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self); self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.my_output.mark != mark and Strength.stronger(self.strength, self.my_output.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        if self.my_output is not None:
            self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def __init__(self, v, strength):
        super().__init__(v, strength)

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def __init__(self, v, strength):
        super().__init__(v, strength)

    def is_input(self):
        return True

    def execute(self):
        pass


NONE = 0; FORWARD = 1; BACKWARD = -1


class BinaryConstraint(Constraint):
    # subclasses call add_constraint() once their own fields are set
    def __init__(self, var1, var2, strength):
        super().__init__(strength)
        self.v1 = var1
        self.v2 = var2
        self.direction = NONE

    def choose_method(self, mark):
        if self.v1.mark == mark:
            self.direction = FORWARD if (self.v2.mark != mark and Strength.stronger(self.strength, self.v2.walk_strength)) else NONE
            return
        if self.v2.mark == mark:
            self.direction = BACKWARD if (self.v1.mark != mark and Strength.stronger(self.strength, self.v1.walk_strength)) else NONE
            return
        if Strength.weaker(self.v1.walk_strength, self.v2.walk_strength):
            self.direction = BACKWARD if Strength.stronger(self.strength, self.v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if Strength.stronger(self.strength, self.v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        ihn = self.input(); out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        super().__init__(src, dest, strength)
        self.scale = scale
        self.offset = offset
        self.add_constraint()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        if self.scale is not None:
            self.scale.remove_constraint(self)
        if self.offset is not None:
            self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) / self.scale.value

    def recalculate(self):
        ihn = self.input(); out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, var1, var2, strength):
        super().__init__(var1, var2, strength)
        self.add_constraint()

    def execute(self):
        self.output().value = self.input().value


class Variable:
    def __init__(self, name, initial_value=0):
        self.value = initial_value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = Strength.WEAKEST
        self.stay = True
        self.name = name

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        remove_all(self.constraints, c)
        if self.determined_by is c:
            self.determined_by = None


class Plan:
    def __init__(self):
        self.v = []

    def add_constraint(self, c):
        self.v.append(c)

    def size(self):
        return len(self.v)

    def constraint_at(self, index):
        return self.v[index]

    def execute(self):
        i = 0
        while i < self.size():
            self.constraint_at(i).execute()
            i += 1


class Planner:
    def __init__(self):
        self.current_mark = 0

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = Strength.REQUIRED
        while True:
            for i in range(len(unsatisfied)):
                u = unsatisfied[i]
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is Strength.WEAKEST:
                break

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while len(todo) > 0:
            c = todo.pop()
            if c.output().mark != mark and c.inputs_known(mark):
                plan.add_constraint(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = []
        for i in range(len(constraints)):
            c = constraints[i]
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)

    def add_propagate(self, c, mark):
        todo = [c]
        while len(todo) > 0:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = Strength.WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while len(todo) > 0:
            v = todo.pop()
            for i in range(len(v.constraints)):
                c = v.constraints[i]
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for j in range(len(v.constraints)):
                next_c = v.constraints[j]
                if next_c is not determining and next_c.is_satisfied():
                    next_c.recalculate()
                    todo.append(next_c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        cc = v.constraints
        for i in range(len(cc)):
            c = cc[i]
            if c is not determining and c.is_satisfied():
                coll.append(c)


checksum = 0


def chain_test(n):
    global planner, checksum
    planner = Planner()
    prev = None; first = None; last = None
    for i in range(n + 1):
        v = Variable("v" + str(i))
        if prev is not None:
            EqualityConstraint(prev, v, Strength.REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, Strength.STRONG_DEFAULT)
    edit = EditConstraint(first, Strength.PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for k in range(100):
        first.value = k
        plan.execute()
        if last.value != k:
            raise Exception("Chain test failed.")
        checksum += last.value
    checksum += plan.size()


def projection_test(n):
    global planner, checksum
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = None; dst = None
    dests = []
    for i in range(n):
        src = Variable("src" + str(i), i)
        dst = Variable("dst" + str(i), i)
        dests.append(dst)
        StayConstraint(src, Strength.NORMAL)
        ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED)
    change(src, 17)
    if dst.value != 1170:
        raise Exception("Projection 1 failed")
    change(dst, 1050)
    if src.value != 5:
        raise Exception("Projection 2 failed")
    change(scale, 5)
    for j in range(n - 1):
        if dests[j].value != j * 5 + 1000:
            raise Exception("Projection 3 failed")
        checksum += dests[j].value
    change(offset, 2000)
    for k in range(n - 1):
        if dests[k].value != k * 5 + 2000:
            raise Exception("Projection 4 failed")
        checksum += dests[k].value
    checksum += src.value + dst.value + scale.value + offset.value


def change(v, new_value):
    global checksum
    edit = EditConstraint(v, Strength.PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for i in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()
    checksum += plan.size()


for iter in range(10):
    chain_test(100)
    projection_test(100)
result = checksum
