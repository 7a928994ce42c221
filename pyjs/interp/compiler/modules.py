"""Compilation of module code: bindings, import/export entries, the module body.

https://tc39.es/ecma262/#sec-parsemodule
"""
from .core import FunctionState
from .scope import Scope, FunctionInfo, const_literal, var_declared_names, lexical_declarations
from .refs import make_setter


def export_name(node):
    return node.name if node.type == "Identifier" else node.value


class ModuleCode:
    """The realm-independent result of compiling a module."""

    def __init__(self):
        self.requests = []          # [(specifier, attributes dict)]
        self.imports = []           # [(specifier, import_name or '*' / '*ns*', local slot)]
        self.local_exports = {}     # export name -> local slot
        self.indirect_exports = {}  # export name -> (specifier, import name or '*')
        self.star_exports = []      # [specifier]
        self.template = None
        self.functions = []         # [(slot, FunctionCode)]
        self.body = None            # body(env) -> None, or a generator for top-level await;
                                    # None again once it ran (modules.py)
        self.is_async = False
        self.meta_slot = None
        self.default_slot = None


class ModuleCompiler:

    def compile_module(self, program):
        stmts = program.body
        self.strict = True
        self.track_completion = False
        scope = Scope("module", None, strict=True)
        scope.func = scope
        self.scope = scope
        has_tla = program.has_top_level_await        # found by the parser
        info = FunctionInfo(program, True, False, "async" if has_tla else "normal")
        self.fn = FunctionState(info, scope, "async" if has_tla else "normal")
        mc = ModuleCode()
        mc.is_async = has_tla
        scope.declare("%this", "this")           # slot 1: undefined
        mc.meta_slot = scope.declare("%importmeta", "var").slot

        def request(src_node, attrs):
            spec = src_node.value
            a = {}
            for at in attrs or ():
                a[export_name(at.key)] = at.value.value
            if not any(r[0] == spec for r in mc.requests):
                mc.requests.append((spec, a))
            return spec

        for s in stmts:
            t = s.type
            if t == "ImportDeclaration":
                spec = request(s.source, getattr(s, "attributes", None))
                for sp in s.specifiers:
                    local = sp.local.name
                    if local in scope.bindings:
                        raise self.error(f"Identifier '{local}' has already been declared", sp)
                    if sp.type == "ImportNamespaceSpecifier":
                        b = scope.declare(local, "const")
                        mc.imports.append((spec, "*", b.slot))
                    else:
                        name = "default" if sp.type == "ImportDefaultSpecifier" else export_name(sp.imported)
                        b = scope.declare(local, "import")
                        mc.imports.append((spec, name, b.slot))
        var_names = []
        funcs = []
        var_declared_names(stmts, var_names, funcs, None, True)
        lex = lexical_declarations(stmts, True)
        seen = set(scope.bindings)
        for n, kind, node in lex:
            if n in seen:
                raise self.error(f"Identifier '{n}' has already been declared", node)
            seen.add(n)
            b = scope.declare(n, kind if kind != "function" else "var")
            if kind != "function":
                b.ready_at = getattr(node, "end", None)     # see declare_lexicals
                b.literal = const_literal(kind, node, n)
        for n in var_names:
            if n in seen and scope.bindings[n].kind != "var":
                raise self.error(f"Identifier '{n}' has already been declared")
            scope.declare(n, "var")
        for f in funcs:
            n = f.id.name if f.id is not None else "*default*"
            if n in seen and scope.bindings[n].kind not in ("var",):
                raise self.error(f"Identifier '{n}' has already been declared", f)
            scope.declare(n, "var")
        # exports
        for s in stmts:
            t = s.type
            if t == "ExportNamedDeclaration":
                if s.declaration is not None:
                    d = s.declaration
                    from .scope import bound_names
                    if d.type == "VariableDeclaration":
                        names = [n for decl in d.declarations for n in bound_names(decl.id, [])]
                    else:
                        names = [d.id.name]
                    for n in names:
                        self._add_export(mc, n, scope.bindings[n].slot, s)
                elif s.source is not None:
                    spec = request(s.source, getattr(s, "attributes", None))
                    for sp in s.specifiers:
                        self._check_dup(mc, export_name(sp.exported), s)
                        mc.indirect_exports[export_name(sp.exported)] = (spec, export_name(sp.local))
                else:
                    for sp in s.specifiers:
                        local = export_name(sp.local)
                        b = scope.bindings.get(local)
                        if b is None:
                            raise self.error(f"Export '{local}' is not defined in module", sp)
                        if b.kind == "import":
                            imp = next(i for i in mc.imports if i[2] == b.slot)
                            self._check_dup(mc, export_name(sp.exported), s)
                            mc.indirect_exports[export_name(sp.exported)] = (imp[0], imp[1])
                        else:
                            self._add_export(mc, export_name(sp.exported), b.slot, s)
            elif t == "ExportDefaultDeclaration":
                d = s.declaration
                if d.type in ("FunctionDeclaration", "ClassDeclaration") and d.id is not None:
                    self._add_export(mc, "default", scope.bindings[d.id.name].slot, s)
                else:
                    b = scope.bindings.get("*default*") or scope.declare("*default*", "let")
                    mc.default_slot = b.slot
                    self._add_export(mc, "default", b.slot, s)
            elif t == "ExportAllDeclaration":
                spec = request(s.source, getattr(s, "attributes", None))
                if s.exported is not None:
                    self._check_dup(mc, export_name(s.exported), s)
                    mc.indirect_exports[export_name(s.exported)] = (spec, "*")
                else:
                    mc.star_exports.append(spec)
        last = {}
        for f in funcs:
            last[f.id.name if f.id is not None else "*default*"] = f
        for n, f in last.items():
            code = self.compile_function(f, name="default" if n == "*default*" else None)
            mc.functions.append((scope.bindings[n].slot, code))
        if has_tla:
            mc.body = self.compile_body_g(stmts)
        else:
            run = self.compile_statements(stmts)

            def body(env):
                run(env)
            mc.body = body
        mc.template = scope.make_template()
        for _, _, slot in mc.imports:
            mc.template[slot] = None
        # this compiler stays the context of functions compiled on first call (lazy.py),
        # which need nothing of the module's own compile state: that holds the tree
        self.fn = None
        return mc

    def _check_dup(self, mc, name, node):
        if name in mc.local_exports or name in mc.indirect_exports:
            raise self.error(f"Duplicate export of '{name}'", node)

    def _add_export(self, mc, name, slot, node):
        self._check_dup(mc, name, node)
        mc.local_exports[name] = slot

    # statements specific to modules
    def stmt_ImportDeclaration(self, node):
        return None

    def stmt_ExportAllDeclaration(self, node):
        return None

    def stmt_ExportNamedDeclaration(self, node):
        if node.declaration is None:
            return None
        return self.compile_stmt(node.declaration)

    def stmt_ExportDefaultDeclaration(self, node):
        d = node.declaration
        if d.type == "FunctionDeclaration":
            return None
        if d.type == "ClassDeclaration":
            if d.id is not None:
                return self.compile_stmt(d)
            cls = self.compile_class(d, "default")
        else:
            cls = self.compile_expr_named(d, "default")
        setter = make_setter(self.resolve("*default*"), True, init=True)

        def export_default(env):
            setter(env, cls(env))
        return export_default

    def stmt_g_ExportNamedDeclaration(self, node):
        return self.sub_g(node.declaration)

    def stmt_g_ExportDefaultDeclaration(self, node):
        d = node.declaration
        if d.type == "ClassDeclaration":
            if d.id is not None:
                return self.sub_g(d)
            val = self.compile_class_g(d, "default")
        else:
            val = self.compile_expr_g_named(d, "default")
        setter = make_setter(self.resolve("*default*"), True, init=True)

        def export_default(env):
            setter(env, (yield from val(env)))
        return export_default
