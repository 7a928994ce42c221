"""Our own compact ESTree node, converted from esprima's node objects.

esprima's nodes answer ``None`` for any missing attribute and do not pickle;
ours are plain objects holding exactly the ESTree fields, plus ``start``/``end``
source offsets and ``line``/``column`` (1-based line, 0-based column) of the
start.  All strings are UTF-16 code-unit strings, like every JS string in pyjs.

A tree read from the parse cache holds each function as a :class:`LazyFunction`
whose parameters and body load when something reads them (see ``cache.py``).
"""

import re
import threading
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# node types the early-error pass inspects (see early_errors.py)
WATCHED = frozenset(("AssignmentExpression", "ForInStatement", "ForOfStatement",
                     "ObjectExpression", "ArrowFunctionExpression"))
_RENAME = {"isAsync": "is_async", "allowAwait": "is_await"}


class Node:
    """One ESTree node.  Attributes are the ESTree fields of its ``type``."""

    def __init__(self, type, **fields):
        self.type = type
        self.__dict__.update(fields)

    def __repr__(self):
        return f"<Node {self.type} {getattr(self, 'line', '?')}:{getattr(self, 'column', '?')}>"

    def __reduce__(self):
        # pickle the field dict itself: loading it is ~35 % faster than the
        # default (which builds a state dict, then copies it into a new object)
        return _restore, (self.__dict__,)

    def __copy__(self):
        node = _new(Node)
        node.__dict__.update(self.__dict__)
        return node


_new = Node.__new__


def _restore(fields):
    """Unpickle a :class:`Node`: adopt ``fields`` as its attribute dict."""
    node = _new(Node)
    node.__dict__ = fields
    return node


class LazyFunction(Node):
    """A function node (declaration, expression, arrow or method value) read from the
    parse cache, whose ``params`` and ``body`` are unpickled the first time one is read.

    A worker bundle holds thousands of functions and calls few of them while it
    starts; half of the nodes its top level would hold are their parameters and
    (for concise arrows) expression bodies.  Their functions compile on first call
    (``pyjs.interp.compiler.lazy``), which needs only the header up front, so
    unpickling the rest at load is wasted time, and each node kept is one more
    object the cyclic GC must traverse while the worker lives.  Until loaded,
    ``__dict__`` holds every field but ``params`` and ``body``; reading either (or
    any other absent field) loads them.  Code that walks ``__dict__`` directly
    (``compiler.scope.iter_children``) calls :meth:`load`.  What creating the
    function object needs is known without loading: ``arg_count`` (the
    ExpectedArgumentCount of its parameters) and ``body_strict`` (whether a block
    body's directive prologue has ``"use strict"``).  Copying or pickling one gives
    a plain :class:`Node`.
    """

    __slots__ = ("blob", "arg_count", "body_strict")

    def __getattr__(self, attr):
        # only reached for a field that is not in __dict__ (not loaded yet, or absent)
        if attr.startswith("__") or self.blob is None:
            raise AttributeError(attr)
        self.load()
        try:
            return self.__dict__[attr]
        except KeyError:
            raise AttributeError(attr) from None

    def load(self):
        """Unpickle the parameters and body now (once; concurrent readers wait for it)."""
        if self.blob is None:
            return
        with _load_lock:
            blob = self.blob
            if blob is None:
                return
            from .cache import load_function_fields
            self.__dict__.update(load_function_fields(blob))
            self.blob = None

    def __reduce__(self):
        self.load()
        return _restore, (self.__dict__,)

    def __copy__(self):
        self.load()
        return Node.__copy__(self)


_load_lock = threading.Lock()
_new_lazy = LazyFunction.__new__


def _restore_lazy(head, arg_count, body_strict, blob):
    """Unpickle a :class:`LazyFunction` from the cache: its header now, the rest later."""
    fn = _new_lazy(LazyFunction)
    fn.__dict__ = head
    fn.arg_count = arg_count
    fn.body_strict = body_strict
    fn.blob = blob
    return fn


def to_utf16(s: str) -> str:
    """Encode code points above U+FFFF as surrogate pairs (a no-op for BMP text)."""
    if s.isascii():
        return s
    for ch in s:
        if ord(ch) > 0xFFFF:
            break
    else:
        return s
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xFFFF:
            c -= 0x10000
            out.append(chr(0xD800 + (c >> 10)))
            out.append(chr(0xDC00 + (c & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


def convert(n, astral=None, watch=None):
    """Convert an esprima node tree into :class:`Node` objects (recursive).

    Positions come from esprima's internal code-point offsets; ``astral`` is
    the sorted offsets of the source's characters above U+FFFF (or ``None``),
    used to turn them into UTF-16 offsets.  Nodes whose type is in ``WATCHED``
    are appended to ``watch`` so the early-error pass need not walk the tree.
    esprima's private fields (``_hasArguments``, ``_trailingComma``, ...) are
    dropped, except ``_parenthesized``, kept as ``parenthesized = True``.
    """
    d = n.__dict__
    node = _new(Node)
    nd = node.__dict__
    for k, v in d.items():
        if k[0] == "_":
            continue
        k = _RENAME.get(k, k)
        tv = type(v)
        if v is None or tv is bool or tv is int or tv is float:
            nd[k] = v
        elif tv is str:
            nd[k] = v if k == "type" or v.isascii() else to_utf16(v)
        elif tv is list:
            nd[k] = [None if x is None else convert(x, astral, watch) for x in v]
        elif k == "regex":
            nd[k] = Node("RegExp", pattern=to_utf16(v.pattern), flags=v.flags)
        elif k == "value" and d.get("type") == "TemplateElement":
            cooked = v.cooked
            nd[k] = Node("TemplateValue", raw=to_utf16(v.raw),
                         cooked=None if cooked is None else to_utf16(cooked))
        else:
            nd[k] = convert(v, astral, watch)
    start = d.get("_start")
    if start is not None:
        end = d["_end"]
        if astral:
            start += bisect_left(astral, start)
            end += bisect_left(astral, end)
        nd["start"] = start
        nd["end"] = end
        nd["line"] = d["_line"]
        nd["column"] = d["_column"]
    t = nd["type"]
    if t == "Property" or t == "MethodDefinition":
        nd.setdefault("shorthand", False)
    if d.get("_parenthesized"):
        nd["parenthesized"] = True
    if t == "ForStatement":
        head = nd["init"]
        if head is not None and head.type == "VariableDeclaration" and head.kind != "var":
            nd["has_closure"] = may_hold_closure(node)
    if watch is not None and t in WATCHED:
        watch.append(node)
    return node


_CLOSURE_TYPES = frozenset(("FunctionExpression", "ArrowFunctionExpression", "ClassExpression",
                            "FunctionDeclaration", "ClassDeclaration"))


def may_hold_closure(node):
    """Could evaluating ``node`` create a closure: a function, class, method or accessor,
    or a call of ``eval`` (a direct eval's code may make one)?

    ``convert`` answers this for each ``for`` statement with a ``let``/``const`` head, as
    its ``has_closure`` field: only then must each iteration copy the head's bindings
    (CreatePerIterationEnvironment), which the compilers decide when they compile the
    loop.  Answered here, the walk of the loop is done once per parse and stored with
    the tree in the parse cache, instead of at every compile of a cached source.
    """
    stack = [node]
    while stack:
        n = stack.pop()
        t = n.type
        if t in _CLOSURE_TYPES or (t == "CallExpression" and n.callee.type == "Identifier"
                                   and n.callee.name == "eval"):
            return True
        if t == "Property" and (n.method or n.kind in ("get", "set")):
            return True
        for v in n.__dict__.values():
            tv = type(v)
            if tv is Node:
                stack.append(v)
            elif tv is list:
                stack.extend(x for x in v if type(x) is Node)
    return False


def astral_offsets(source):
    """Sorted code-point offsets of the characters above U+FFFF, or ``None``."""
    if source.isascii():
        return None
    found = [m.start() for m in _ASTRAL.finditer(source)]
    return found or None
