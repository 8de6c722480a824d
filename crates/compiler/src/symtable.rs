//! The symbol table: scopes and how each name in each scope resolves.
//!
//! A first pass walks the AST and records, per scope (module, function, lambda, class,
//! comprehension), how every name is used (assigned, a parameter, declared `global` or
//! `nonlocal`, read, imported). A second pass resolves each name to local, explicit or implicit
//! global, free or cell, following CPython's rules: class bodies are invisible to nested
//! functions, a method using `super` or `__class__` gets an implicit `__class__` free variable
//! and its class a `__class__` cell, walrus targets in comprehensions bind in the enclosing
//! function. It also reports the scope-related syntax errors (`global`/`nonlocal` misuse,
//! `yield`/`await` outside functions). Scopes are keyed by the address of their AST node.
//! See docs/design/compiler.md.

use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::{CompileError, CompileErrorKind};

/// A name was assigned in the scope.
pub const DEF_LOCAL: u32 = 1;
/// Declared `global`.
pub const DEF_GLOBAL: u32 = 2;
/// Declared `nonlocal`.
pub const DEF_NONLOCAL: u32 = 4;
/// A parameter.
pub const DEF_PARAM: u32 = 8;
/// Read.
pub const USE: u32 = 16;
/// Bound by an import.
pub const DEF_IMPORT: u32 = 32;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u32 = 64;
/// Free in a nested scope (propagated).
pub const DEF_FREE_CLASS: u32 = 128;

const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module body.
    Module,
    /// `def` or `lambda`.
    Function,
    /// Class body.
    Class,
    /// A comprehension or generator expression.
    Comprehension,
}

/// How a name resolves in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A local variable (fast local in functions, a `*_NAME` access elsewhere).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: a global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Local here and captured by a nested scope.
    Cell,
}

/// One scope.
#[derive(Clone, Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Name (`<module>`, function name, `<lambda>`, class name, `<listcomp>`...).
    pub name: String,
    /// Names in order of first appearance.
    pub names: Vec<String>,
    /// Usage flags per name.
    pub flags: HashMap<String, u32>,
    /// Resolution per name (after analysis).
    pub scopes: HashMap<String, NameScope>,
    /// Parameter names in `co_varnames` order.
    pub params: Vec<String>,
    /// Child scopes.
    pub children: Vec<usize>,
    /// Parent scope.
    pub parent: Option<usize>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// `async def` (or an async comprehension).
    pub is_coroutine: bool,
    /// A class body that must create a `__class__` cell.
    pub needs_class_closure: bool,
    /// Contains `return` with a value (for async generator checks).
    pub returns_value: bool,
    /// The enclosing class name used for private name mangling.
    pub private: Option<String>,
    /// Sorted cell variable names.
    pub cellvars: Vec<String>,
    /// Sorted free variable names.
    pub freevars: Vec<String>,
    /// Location of the scope's node.
    pub loc: Loc,
    /// Whether a comprehension scope came from a generator expression.
    pub is_genexpr: bool,
    /// Where each `nonlocal` name was declared (for error positions).
    pub nonlocal_locs: HashMap<String, Loc>,
    /// Where each `global` name was first declared (for error positions).
    pub global_locs: HashMap<String, Loc>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, loc: Loc) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            names: Vec::new(),
            flags: HashMap::new(),
            scopes: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            returns_value: false,
            private: None,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            loc,
            is_genexpr: false,
            nonlocal_locs: HashMap::new(),
            global_locs: HashMap::new(),
        }
    }

    /// Resolution of a (mangled) name; unknown names are implicit globals.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.scopes
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }

    /// Whether the scope uses fast locals.
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }

    /// Flags of a name (0 if unknown).
    pub fn flag(&self, name: &str) -> u32 {
        self.flags.get(name).copied().unwrap_or(0)
    }
}

/// The table of all scopes of a compilation unit.
#[derive(Debug)]
pub struct SymbolTable {
    /// All scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// AST node address to scope index.
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created for an AST node.
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// Private name mangling (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds and analyses the symbol table of a module.
///
/// With `future_annotations` (PEP 563) annotations are never evaluated, so the names in them
/// are not recorded; they are only checked for the expressions an annotation may not contain.
pub fn build(
    m: &Mod,
    filename: &str,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", None, Loc::default())],
            by_node: HashMap::new(),
        },
        cur: 0,
        filename,
        depth: 0,
        comp_iter_targets: Vec::new(),
        future_annotations,
    };
    match m {
        Mod::Module(body) | Mod::Interactive(body) => b.stmts(body)?,
        Mod::Expression(e) => b.expr(e)?,
    }
    let mut table = b.table;
    analyze(&mut table, filename)?;
    Ok(table)
}

struct Builder<'a> {
    table: SymbolTable,
    cur: usize,
    filename: &'a str,
    depth: u32,
    comp_iter_targets: Vec<String>,
    future_annotations: bool,
}

type R = Result<(), CompileError>;

impl Builder<'_> {
    fn err(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError::at(msg, self.filename, loc)
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur].private.as_deref(), name)
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let name = self.mangled(name);
        self.add_def_raw(self.cur, &name, flag, loc)
    }

    fn add_def_raw(&mut self, scope: usize, name: &str, flag: u32, loc: Loc) -> R {
        if name == "__debug__" && flag & DEF_BOUND != 0 {
            return Err(self.err("cannot assign to __debug__", loc));
        }
        let s = &mut self.table.scopes[scope];
        let old = s.flags.get(name).copied();
        if let Some(old) = old {
            if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                return Err(self.err(
                    format!("duplicate argument '{name}' in function definition"),
                    loc,
                ));
            }
            s.flags.insert(name.to_string(), old | flag);
        } else {
            s.names.push(name.to_string());
            s.flags.insert(name.to_string(), flag);
        }
        if flag & DEF_PARAM != 0 {
            self.table.scopes[scope].params.push(name.to_string());
        }
        Ok(())
    }

    fn enter_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str, loc: Loc) -> usize {
        let parent = self.cur;
        let idx = self.table.scopes.len();
        let mut s = Scope::new(kind, name, Some(parent), loc);
        s.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.table.scopes[parent].private.clone()
        };
        self.table.scopes.push(s);
        self.table.scopes[parent].children.push(idx);
        self.table.by_node.insert(node as *const T as usize, idx);
        self.cur = idx;
        idx
    }

    fn enter(&mut self) -> R {
        self.depth += 1;
        if self.depth > crate::syntax::MAX_AST_DEPTH + 100 {
            return Err(CompileError::recursion(self.filename));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, a: &Arguments) -> R {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn args_annotations(&mut self, a: &Arguments) -> R {
        for arg in all_args(a) {
            if let Some(ann) = &arg.annotation {
                self.annotation(ann)?;
            }
        }
        Ok(())
    }

    /// An annotation: an ordinary expression, or under `from __future__ import annotations`
    /// text that is only checked for `yield`, `await` and `:=` (which CPython rejects there).
    fn annotation(&mut self, e: &Expr) -> R {
        if !self.future_annotations {
            return self.expr(e);
        }
        let mut bad = None;
        visit_annotation(e, &mut bad);
        match bad {
            Some((what, loc)) => Err(self.err(
                format!("'{what}' can not be used within an annotation"),
                loc,
            )),
            None => Ok(()),
        }
    }

    /// `cannot assign to __debug__` for a parameter named `__debug__` (at the definition).
    fn check_debug_params(&self, a: &Arguments, loc: Loc) -> R {
        if all_args(a).any(|p| p.arg == "__debug__") {
            return Err(self.err("cannot assign to __debug__", loc));
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> R {
        // co_varnames order: positional, keyword-only, *args, **kwargs.
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.loc)?;
        }
        if let Some(v) = &a.kwarg {
            self.add_def(&v.arg, DEF_PARAM, v.loc)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.enter()?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.check_debug_params(&f.args, s.loc)?;
                self.args_defaults(&f.args)?;
                self.args_annotations(&f.args)?;
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                for d in &f.decorators {
                    self.expr(d)?;
                }
                let saved = self.cur;
                self.enter_scope(&**f, ScopeKind::Function, &f.name, s.loc);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.cur = saved;
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                for e in &c.bases {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    if k.arg.as_deref() == Some("__debug__") {
                        return Err(self.err("cannot assign to __debug__", s.loc));
                    }
                    self.expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.expr(d)?;
                }
                let saved = self.cur;
                self.enter_scope(&**c, ScopeKind::Class, &c.name, s.loc);
                self.stmts(&c.body)?;
                self.cur = saved;
            }
            StmtKind::Return(v) => {
                if self.table.scopes[self.cur].kind != ScopeKind::Function {
                    return Err(self.err("'return' outside function", s.loc));
                }
                if let Some(v) = v {
                    self.scope().returns_value = true;
                    let sc = &self.table.scopes[self.cur];
                    if sc.is_coroutine && sc.is_generator {
                        return Err(self.err("'return' with value in async generator", s.loc));
                    }
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                // `x.__debug__ += 1` is allowed (CPython checks only plain stores).
                if let ExprKind::Attribute { value: obj, .. } = &target.kind {
                    self.expr(obj)?;
                } else {
                    self.expr(target)?;
                }
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let m = self.mangled(id);
                    let cur = self.table.scopes[self.cur].flag(&m);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.err(format!("annotated name '{id}' can't be {what}"), target.loc)
                        );
                    }
                    if id == "__debug__" {
                        return Err(self.err("cannot assign to __debug__", s.loc));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async(s.loc, "'async for' outside async function")?;
                }
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async(s.loc, "'async with' outside async function")?;
                }
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(e) = cause {
                    self.expr(e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.table.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", s.loc));
                        }
                        continue;
                    }
                    let store = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    if store == "__debug__" {
                        return Err(self.err("cannot assign to __debug__", s.loc));
                    }
                    self.add_def(&store, DEF_IMPORT, a.loc)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let m = self.mangled(n);
                    let cur = self.table.scopes[self.cur].flag(&m);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_NONLOCAL) != 0 {
                        let mut at = s.loc;
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if cur & DEF_NONLOCAL != 0 {
                            // Reported at the first of the two declarations, as CPython does.
                            if let Some(l) = self.table.scopes[self.cur].nonlocal_locs.get(&m) {
                                at = *l;
                            }
                            format!("name '{n}' is nonlocal and global")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else if cur & DEF_LOCAL != 0 {
                            format!("name '{n}' is assigned to before global declaration")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        return Err(self.err(msg, at));
                    }
                    self.add_def(n, DEF_GLOBAL, s.loc)?;
                    self.scope().global_locs.entry(m).or_insert(s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.table.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", s.loc));
                }
                for n in names {
                    let m = self.mangled(n);
                    let cur = self.table.scopes[self.cur].flag(&m);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_GLOBAL) != 0 {
                        let mut at = s.loc;
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if cur & DEF_GLOBAL != 0 {
                            if let Some(l) = self.table.scopes[self.cur].global_locs.get(&m) {
                                at = *l;
                            }
                            format!("name '{n}' is nonlocal and global")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be nonlocal")
                        } else if cur & DEF_LOCAL != 0 {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        };
                        return Err(self.err(msg, at));
                    }
                    self.add_def(n, DEF_NONLOCAL, s.loc)?;
                    self.scope().nonlocal_locs.insert(m, s.loc);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn check_async(&self, loc: Loc, msg: &str) -> R {
        let s = &self.table.scopes[self.cur];
        let ok = match s.kind {
            ScopeKind::Function => s.is_coroutine,
            ScopeKind::Comprehension => true,
            _ => false,
        };
        if !ok {
            return Err(self.err(msg, loc));
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        self.enter()?;
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.enter()?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn yield_check(&mut self, loc: Loc) -> R {
        let s = &self.table.scopes[self.cur];
        match s.kind {
            ScopeKind::Function => {}
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                return Err(self.err(format!("'yield' inside {what}"), loc));
            }
            _ => return Err(self.err("'yield' outside function", loc)),
        }
        if s.is_coroutine && s.returns_value {
            return Err(self.err("'return' with value in async generator", loc));
        }
        self.scope().is_generator = true;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.walrus_target(id, target.loc)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.check_debug_params(args, e.loc)?;
                self.args_defaults(args)?;
                let saved = self.cur;
                self.enter_scope(e, ScopeKind::Function, "<lambda>", e.loc);
                self.params(args)?;
                self.expr(body)?;
                self.cur = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(elts) => {
                for v in elts {
                    self.expr(v)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, elt, None, false)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, elt, None, false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, elt, None, true)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, key, Some(value), false)?,
            ExprKind::Await(v) => {
                let s = &self.table.scopes[self.cur];
                match s.kind {
                    ScopeKind::Function if s.is_coroutine => {}
                    ScopeKind::Function => {
                        return Err(self.err("'await' outside async function", e.loc))
                    }
                    ScopeKind::Comprehension => {
                        self.scope().is_coroutine = true;
                    }
                    _ => return Err(self.err("'await' outside function", e.loc)),
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.yield_check(e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e.loc)?;
                if self.table.scopes[self.cur].is_coroutine {
                    return Err(self.err("'yield from' inside async function", e.loc));
                }
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    if k.arg.as_deref() == Some("__debug__") {
                        return Err(self.err("cannot assign to __debug__", e.loc));
                    }
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(vs) => {
                for v in vs {
                    self.expr(v)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, attr, ctx } => {
                // `del x.__debug__` is allowed; only stores are checked.
                if attr == "__debug__" && *ctx == Ctx::Store {
                    return Err(self.err("cannot assign to __debug__", e.loc));
                }
                self.expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                if id == "__debug__" && *ctx != Ctx::Load {
                    let what = if *ctx == Ctx::Del {
                        "delete"
                    } else {
                        "assign to"
                    };
                    return Err(self.err(format!("cannot {what} __debug__"), e.loc));
                }
                let flag = if *ctx == Ctx::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, e.loc)?;
                if *ctx == Ctx::Load
                    && self.table.scopes[self.cur].kind == ScopeKind::Function
                    && id == "super"
                {
                    self.add_def_raw(self.cur, "__class__", USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for v in elts {
                    self.expr(v)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for v in [lower, upper, step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn walrus_target(&mut self, id: &str, loc: Loc) -> R {
        if self.table.scopes[self.cur].kind != ScopeKind::Comprehension {
            return self.add_def(id, DEF_LOCAL, loc);
        }
        if self.comp_iter_targets.iter().any(|t| t == id) {
            return Err(self.err(
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{id}'"
                ),
                loc,
            ));
        }
        // Bind in the nearest enclosing non-comprehension scope.
        let mut idx = self.cur;
        let mut comps = Vec::new();
        while self.table.scopes[idx].kind == ScopeKind::Comprehension {
            comps.push(idx);
            match self.table.scopes[idx].parent {
                Some(p) => idx = p,
                None => break,
            }
        }
        let name = self.mangled(id);
        match self.table.scopes[idx].kind {
            ScopeKind::Class => {
                return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    loc,
                ))
            }
            ScopeKind::Module => {
                for c in comps {
                    self.add_def_raw(c, &name, DEF_GLOBAL, loc)?;
                }
                self.add_def_raw(idx, &name, DEF_LOCAL, loc)?;
            }
            _ => {
                let outer = self.table.scopes[idx].flag(&name);
                let (comp_flag, outer_flag) = if outer & DEF_GLOBAL != 0 {
                    (DEF_GLOBAL, 0)
                } else if outer & DEF_NONLOCAL != 0 {
                    (DEF_NONLOCAL, 0)
                } else {
                    (DEF_NONLOCAL, DEF_LOCAL)
                };
                for c in comps {
                    self.add_def_raw(c, &name, comp_flag, loc)?;
                }
                if outer_flag != 0 {
                    self.add_def_raw(idx, &name, outer_flag, loc)?;
                }
            }
        }
        Ok(())
    }

    fn collect_targets(e: &Expr, out: &mut Vec<String>) {
        match &e.kind {
            ExprKind::Name { id, .. } => out.push(id.clone()),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for x in elts {
                    Self::collect_targets(x, out);
                }
            }
            ExprKind::Starred { value, .. } => Self::collect_targets(value, out),
            _ => {}
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        is_genexpr: bool,
    ) -> R {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.expr(&first.iter)?;
        let saved = self.cur;
        let outer_async = {
            let s = &self.table.scopes[saved];
            s.kind == ScopeKind::Function && s.is_coroutine
        };
        let idx = self.enter_scope(node, ScopeKind::Comprehension, name, node.loc);
        self.table.scopes[idx].is_genexpr = is_genexpr;
        // A generator expression's code object is a generator function.
        self.table.scopes[idx].is_generator = is_genexpr;
        self.add_def_raw(idx, ".0", DEF_PARAM, node.loc)?;
        let saved_targets = self.comp_iter_targets.len();
        for g in generators {
            Self::collect_targets(&g.target, &mut self.comp_iter_targets);
        }
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                if !outer_async && !is_genexpr && saved_kind_is_not_comp(&self.table, saved) {
                    self.cur = saved;
                    return Err(self.err(
                        "asynchronous comprehension outside of an asynchronous function",
                        node.loc,
                    ));
                }
                self.table.scopes[idx].is_coroutine = true;
            }
            self.expr(&g.target)?;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        self.expr(elt)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.comp_iter_targets.truncate(saved_targets);
        let child_async = self.table.scopes[idx].is_coroutine;
        self.cur = saved;
        if child_async && !is_genexpr {
            // An async list/set/dict comprehension makes the enclosing scope await it.
            let s = &mut self.table.scopes[saved];
            if s.kind == ScopeKind::Comprehension {
                s.is_coroutine = true;
            } else if !(s.kind == ScopeKind::Function && s.is_coroutine) {
                return Err(self.err(
                    "asynchronous comprehension outside of an asynchronous function",
                    node.loc,
                ));
            }
        }
        Ok(())
    }
}

fn saved_kind_is_not_comp(t: &SymbolTable, idx: usize) -> bool {
    t.scopes[idx].kind != ScopeKind::Comprehension
}

/// All parameters in source order.
pub fn all_args(a: &Arguments) -> impl Iterator<Item = &Arg> {
    a.posonlyargs
        .iter()
        .chain(&a.args)
        .chain(a.vararg.iter())
        .chain(&a.kwonlyargs)
        .chain(a.kwarg.iter())
}

// ---------------------------------------------------------------------------------------------
// Analysis.
// ---------------------------------------------------------------------------------------------

fn analyze(t: &mut SymbolTable, filename: &str) -> Result<(), CompileError> {
    let bound = HashSet::new();
    let global = HashSet::new();
    analyze_scope(t, 0, &bound, &global, filename, 0)?;
    Ok(())
}

/// Resolves names of scope `idx`; returns the names free in it (needed from outside).
fn analyze_scope(
    t: &mut SymbolTable,
    idx: usize,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    filename: &str,
    depth: u32,
) -> Result<HashSet<String>, CompileError> {
    if depth > 1000 {
        return Err(CompileError::recursion(filename));
    }
    let kind = t.scopes[idx].kind;
    let names = t.scopes[idx].names.clone();
    let mut local: HashSet<String> = HashSet::new();
    let mut scopes: HashMap<String, NameScope> = HashMap::new();
    let mut free: HashSet<String> = HashSet::new();
    let mut newglobal = global.clone();
    for n in &names {
        let f = t.scopes[idx].flag(n);
        let sc = if f & DEF_GLOBAL != 0 {
            newglobal.insert(n.clone());
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(n) {
                return Err(CompileError::at(
                    format!("no binding for nonlocal '{n}' found"),
                    filename,
                    t.scopes[idx]
                        .nonlocal_locs
                        .get(n)
                        .copied()
                        .unwrap_or(t.scopes[idx].loc),
                ));
            }
            free.insert(n.clone());
            NameScope::Free
        } else if f & DEF_BOUND != 0 {
            local.insert(n.clone());
            newglobal.remove(n);
            NameScope::Local
        } else if kind == ScopeKind::Class && n == "__class__" {
            // Only meaningful through the implicit cell.
            NameScope::GlobalImplicit
        } else if bound.contains(n) {
            free.insert(n.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scopes.insert(n.clone(), sc);
    }
    // What nested scopes can see.
    let mut newbound: HashSet<String> = bound.clone();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for n in &local {
                newbound.insert(n.clone());
            }
            for n in &names {
                if t.scopes[idx].flag(n) & DEF_GLOBAL != 0 {
                    newbound.remove(n);
                }
            }
        }
        ScopeKind::Class => {
            newbound.insert("__class__".to_string());
        }
        ScopeKind::Module => {}
    }
    // Children.
    let children = t.scopes[idx].children.clone();
    let mut child_free: HashSet<String> = HashSet::new();
    for c in children {
        let cf = analyze_scope(t, c, &newbound, &newglobal, filename, depth + 1)?;
        child_free.extend(cf);
    }
    // Names free in children become cells here (if local) or free here.
    if kind == ScopeKind::Class && child_free.remove("__class__") {
        t.scopes[idx].needs_class_closure = true;
    }
    let mut sorted_child: Vec<String> = child_free.into_iter().collect();
    sorted_child.sort();
    for n in sorted_child {
        match scopes.get(&n).copied() {
            Some(NameScope::Local) if kind != ScopeKind::Class && kind != ScopeKind::Module => {
                scopes.insert(n, NameScope::Cell);
            }
            Some(NameScope::GlobalExplicit) => {}
            Some(NameScope::Cell) | Some(NameScope::Free) => {}
            Some(_) if kind == ScopeKind::Class => {
                // Bound in the class too: the class keeps its own name, but the free
                // variable passes through.
                let f = t.scopes[idx].flags.entry(n.clone()).or_insert(0);
                *f |= DEF_FREE_CLASS;
                free.insert(n);
            }
            _ => {
                if kind == ScopeKind::Module {
                    continue;
                }
                if !scopes.contains_key(&n) {
                    t.scopes[idx].names.push(n.clone());
                    t.scopes[idx].flags.insert(n.clone(), 0);
                }
                scopes.insert(n.clone(), NameScope::Free);
                free.insert(n);
            }
        }
    }
    let s = &mut t.scopes[idx];
    let mut cellvars: Vec<String> = scopes
        .iter()
        .filter(|(_, v)| **v == NameScope::Cell)
        .map(|(k, _)| k.clone())
        .collect();
    if s.needs_class_closure {
        cellvars.push("__class__".to_string());
    }
    cellvars.sort();
    let mut freevars: Vec<String> = scopes
        .iter()
        .filter(|(_, v)| **v == NameScope::Free)
        .map(|(k, _)| k.clone())
        .collect();
    for (k, f) in &s.flags {
        if f & DEF_FREE_CLASS != 0 && !freevars.contains(k) {
            freevars.push(k.clone());
        }
    }
    freevars.sort();
    s.cellvars = cellvars;
    s.freevars = freevars;
    s.scopes = scopes;
    let _ = CompileErrorKind::SyntaxError;
    Ok(free)
}

/// Finds the first `yield`, `await` or `:=` an annotation evaluates itself (not inside a
/// nested lambda or comprehension, which are their own scopes).
fn visit_annotation(e: &Expr, bad: &mut Option<(&'static str, Loc)>) {
    if bad.is_some() {
        return;
    }
    let what = match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some("yield expression"),
        ExprKind::Await(_) => Some("await expression"),
        ExprKind::NamedExpr { .. } => Some("named expression"),
        _ => None,
    };
    if let Some(w) = what {
        *bad = Some((w, e.loc));
        return;
    }
    let mut visit = |c: &Expr| visit_annotation(c, bad);
    match &e.kind {
        ExprKind::Lambda { args, .. } => {
            for d in args
                .defaults
                .iter()
                .chain(args.kw_defaults.iter().flatten())
            {
                visit(d);
            }
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            if let Some(g) = generators.first() {
                visit(&g.iter);
            }
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(visit),
        ExprKind::BinOp { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::UnaryOp { operand, .. } => visit(operand),
        ExprKind::IfExp { test, body, orelse } => {
            visit(test);
            visit(body);
            visit(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut visit);
            values.iter().for_each(visit);
        }
        ExprKind::Set(elts) | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().for_each(visit)
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visit(left);
            comparators.iter().for_each(visit);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visit(func);
            args.iter().for_each(&mut visit);
            keywords.iter().for_each(|k| visit(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            visit(value);
            if let Some(f) = format_spec {
                visit(f);
            }
        }
        ExprKind::JoinedStr(vs) => vs.iter().for_each(visit),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => visit(value),
        ExprKind::Subscript { value, slice, .. } => {
            visit(value);
            visit(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for v in [lower, upper, step].into_iter().flatten() {
                visit(v);
            }
        }
        ExprKind::Name { .. }
        | ExprKind::Constant(_)
        | ExprKind::Await(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::NamedExpr { .. } => {}
    }
}
