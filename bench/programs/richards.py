# Richards task scheduler simulation: twin of richards.js (same classes, same steps).
ID_IDLE = 0; ID_WORKER = 1; ID_HANDLER_A = 2; ID_HANDLER_B = 3; ID_DEVICE_A = 4; ID_DEVICE_B = 5
NUMBER_OF_IDS = 6
KIND_DEVICE = 0; KIND_WORK = 1
COUNT = 1000
EXPECTED_QUEUE_COUNT = 2322; EXPECTED_HOLD_COUNT = 928
DATA_SIZE = 4

STATE_RUNNING = 0; STATE_RUNNABLE = 1; STATE_SUSPENDED = 2; STATE_HELD = 4
STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE
STATE_NOT_HELD = ~STATE_HELD


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = []
        for i in range(NUMBER_OF_IDS):
            self.blocks.append(None)
        self.list = None
        self.current_tcb = None
        self.current_id = None

    def add_idle_task(self, id, priority, queue, count):
        self.add_running_task(id, priority, queue, IdleTask(self, 1, count))

    def add_worker_task(self, id, priority, queue):
        self.add_task(id, priority, queue, WorkerTask(self, ID_HANDLER_A, 0))

    def add_handler_task(self, id, priority, queue):
        self.add_task(id, priority, queue, HandlerTask(self))

    def add_device_task(self, id, priority, queue):
        self.add_task(id, priority, queue, DeviceTask(self))

    def add_running_task(self, id, priority, queue, task):
        self.add_task(id, priority, queue, task)
        self.current_tcb.set_running()

    def add_task(self, id, priority, queue, task):
        self.current_tcb = TaskControlBlock(self.list, id, priority, queue, task)
        self.list = self.current_tcb
        self.blocks[id] = self.current_tcb

    def schedule(self):
        self.current_tcb = self.list
        while self.current_tcb is not None:
            if self.current_tcb.is_held_or_suspended():
                self.current_tcb = self.current_tcb.link
            else:
                self.current_id = self.current_tcb.id
                self.current_tcb = self.current_tcb.run()

    def release(self, id):
        tcb = self.blocks[id]
        if tcb is None:
            return tcb
        tcb.mark_as_not_held()
        if tcb.priority > self.current_tcb.priority:
            return tcb
        else:
            return self.current_tcb

    def hold_current(self):
        self.hold_count += 1
        self.current_tcb.mark_as_held()
        return self.current_tcb.link

    def suspend_current(self):
        self.current_tcb.mark_as_suspended()
        return self.current_tcb

    def queue(self, packet):
        t = self.blocks[packet.id]
        if t is None:
            return t
        self.queue_count += 1
        packet.link = None
        packet.id = self.current_id
        return t.check_priority_add(self.current_tcb, packet)


class TaskControlBlock:
    def __init__(self, link, id, priority, queue, task):
        self.link = link
        self.id = id
        self.priority = priority
        self.queue = queue
        self.task = task
        if queue is None:
            self.state = STATE_SUSPENDED
        else:
            self.state = STATE_SUSPENDED_RUNNABLE

    def set_running(self):
        self.state = STATE_RUNNING

    def mark_as_not_held(self):
        self.state = self.state & STATE_NOT_HELD

    def mark_as_held(self):
        self.state = self.state | STATE_HELD

    def is_held_or_suspended(self):
        return (self.state & STATE_HELD) != 0 or (self.state == STATE_SUSPENDED)

    def mark_as_suspended(self):
        self.state = self.state | STATE_SUSPENDED

    def mark_as_runnable(self):
        self.state = self.state | STATE_RUNNABLE

    def run(self):
        if self.state == STATE_SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.state = STATE_RUNNING
            else:
                self.state = STATE_RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def check_priority_add(self, task, packet):
        if self.queue is None:
            self.queue = packet
            self.mark_as_runnable()
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.add_to(self.queue)
        return task


class IdleTask:
    def __init__(self, scheduler, v1, count):
        self.scheduler = scheduler
        self.v1 = v1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if (self.v1 & 1) == 0:
            self.v1 = self.v1 >> 1
            return self.scheduler.release(ID_DEVICE_A)
        else:
            self.v1 = (self.v1 >> 1) ^ 0xD008
            return self.scheduler.release(ID_DEVICE_B)


class DeviceTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.v1 = None

    def run(self, packet):
        if packet is None:
            if self.v1 is None:
                return self.scheduler.suspend_current()
            v = self.v1
            self.v1 = None
            return self.scheduler.queue(v)
        else:
            self.v1 = packet
            return self.scheduler.hold_current()


class WorkerTask:
    def __init__(self, scheduler, v1, v2):
        self.scheduler = scheduler
        self.v1 = v1
        self.v2 = v2

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        if self.v1 == ID_HANDLER_A:
            self.v1 = ID_HANDLER_B
        else:
            self.v1 = ID_HANDLER_A
        packet.id = self.v1
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.v2 += 1
            if self.v2 > 26:
                self.v2 = 1
            packet.a2[i] = self.v2
        return self.scheduler.queue(packet)


class HandlerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.v1 = None
        self.v2 = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.v1 = packet.add_to(self.v1)
            else:
                self.v2 = packet.add_to(self.v2)
        if self.v1 is not None:
            count = self.v1.a1
            if count < DATA_SIZE:
                if self.v2 is not None:
                    v = self.v2
                    self.v2 = self.v2.link
                    v.a1 = self.v1.a2[count]
                    self.v1.a1 = count + 1
                    return self.scheduler.queue(v)
            else:
                v = self.v1
                self.v1 = self.v1.link
                return self.scheduler.queue(v)
        return self.scheduler.suspend_current()


class Packet:
    def __init__(self, link, id, kind):
        self.link = link
        self.id = id
        self.kind = kind
        self.a1 = 0
        self.a2 = []
        for i in range(DATA_SIZE):
            self.a2.append(0)

    def add_to(self, queue):
        self.link = None
        if queue is None:
            return self
        next = queue
        while True:
            peek = next.link
            if peek is None:
                break
            next = peek
        next.link = self
        return queue


def run_richards():
    scheduler = Scheduler()
    scheduler.add_idle_task(ID_IDLE, 0, None, COUNT)

    queue = Packet(None, ID_WORKER, KIND_WORK)
    queue = Packet(queue, ID_WORKER, KIND_WORK)
    scheduler.add_worker_task(ID_WORKER, 1000, queue)

    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    scheduler.add_handler_task(ID_HANDLER_A, 2000, queue)

    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    scheduler.add_handler_task(ID_HANDLER_B, 3000, queue)

    scheduler.add_device_task(ID_DEVICE_A, 4000, None)
    scheduler.add_device_task(ID_DEVICE_B, 5000, None)

    scheduler.schedule()

    if scheduler.queue_count != EXPECTED_QUEUE_COUNT or scheduler.hold_count != EXPECTED_HOLD_COUNT:
        raise Exception("Error during execution: queueCount = " + str(scheduler.queue_count) +
                        ", holdCount = " + str(scheduler.hold_count) + ".")
    return scheduler


total_queue = 0; total_hold = 0
for iter in range(10):
    s = run_richards()
    total_queue += s.queue_count
    total_hold += s.hold_count
result = total_queue * 100000 + total_hold
