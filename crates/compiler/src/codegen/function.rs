//! Nested code objects: `def`, `lambda`, `class` bodies and comprehensions (compiled as
//! separate functions taking the outermost iterator `.0`, as CPython 3.11 did), plus
//! `MAKE_FUNCTION`/`SET_FUNCTION_ATTRIBUTE` (defaults, keyword defaults, annotations,
//! closure), decorators and qualified names. See docs/design/compiler.md.

use std::sync::Arc;

use ferrum_bytecode::code::flags as co;
use ferrum_bytecode::instructions::{function_attr, intrinsic1, resume};
use ferrum_bytecode::{Constant, Opcode};

use super::{docstring, Compiler, R};
use crate::ast::*;
use crate::flowgraph::{ArgRef, SetupKind};
use crate::symtable::{mangle, NameScope, ScopeKind};

impl<'a> Compiler<'a> {
    /// The qualified name of a new child scope called `name`.
    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        let parent = self.scope();
        if self.units.len() == 1 {
            return name.to_string();
        }
        // A name declared global in the parent is qualified as a top-level name.
        let m = mangle(u.private.as_deref(), name);
        if parent.lookup(&m) == NameScope::GlobalExplicit {
            return name.to_string();
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                format!("{}.<locals>.{}", u.qualname, name)
            }
            _ => format!("{}.{}", u.qualname, name),
        }
    }

    /// Emits `LOAD_CONST code; MAKE_FUNCTION; SET_FUNCTION_ATTRIBUTE...` with the closure
    /// tuple; `attrs` are the flags of values already pushed (defaults etc.).
    fn make_closure(&mut self, code: ferrum_bytecode::CodeObject, attrs: u32) -> R {
        let mut attrs = attrs;
        if !code.freevars().is_empty() {
            let frees: Vec<String> = code.freevars().iter().map(|s| s.to_string()).collect();
            for f in &frees {
                let r = self.closure_ref(f);
                self.emit_arg(Opcode::LoadFast, r);
            }
            self.emit_raw(Opcode::BuildTuple, frees.len() as u32);
            attrs |= function_attr::CLOSURE;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Opcode::MakeFunction);
        for flag in [
            function_attr::CLOSURE,
            function_attr::ANNOTATIONS,
            function_attr::KWDEFAULTS,
            function_attr::DEFAULTS,
        ] {
            if attrs & flag != 0 {
                self.emit_raw(Opcode::SetFunctionAttribute, flag);
            }
        }
        Ok(())
    }

    /// The cell of `name` in the current unit, for building a child's closure.
    fn closure_ref(&mut self, name: &str) -> ArgRef {
        if let Some(r) = self.deref_ref(name) {
            return r;
        }
        // Not expected: fall back to a fresh cell slot so assembly stays consistent.
        let u = self.unit();
        u.cellvars.push(name.to_string());
        ArgRef::Cell((u.cellvars.len() - 1) as u32)
    }

    /// Pushes defaults and keyword defaults; returns the attribute flags.
    fn defaults(&mut self, args: &'a Arguments) -> R<u32> {
        let mut attrs = 0;
        if !args.defaults.is_empty() {
            let consts: Option<Vec<Constant>> = args
                .defaults
                .iter()
                .map(|d| d.as_constant().cloned())
                .collect();
            match consts {
                Some(c) => self.load_const(Constant::Tuple(Arc::from(c))),
                None => {
                    for d in &args.defaults {
                        self.expr(d)?;
                    }
                    self.emit_raw(Opcode::BuildTuple, args.defaults.len() as u32);
                }
            }
            attrs |= function_attr::DEFAULTS;
        }
        let mut nkw = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let m = self.mangled(&a.arg);
                self.load_const(Constant::Str(Arc::from(m.as_str())));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit_raw(Opcode::BuildMap, nkw);
            attrs |= function_attr::KWDEFAULTS;
        }
        Ok(attrs)
    }

    /// Pushes the annotations tuple (name, value, ...); returns the attribute flag.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R<u32> {
        let mut n = 0;
        // CPython 3.11's order: positional-or-keyword parameters before positional-only ones.
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        for a in ordered {
            if let Some(ann) = &a.annotation {
                let m = self.mangled(&a.arg);
                self.load_const(Constant::Str(Arc::from(m.as_str())));
                if self.future.annotations() {
                    self.load_const(Constant::Str(Arc::from(self.unparse_annotation(ann))));
                } else if let ExprKind::Starred { value, .. } = &ann.kind {
                    // `*args: *Ts` evaluates to the single unpacked item.
                    self.expr(value)?;
                    self.emit_raw(Opcode::UnpackSequence, 1);
                } else {
                    self.expr(ann)?;
                }
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str(Arc::from("return")));
            self.annotation_value(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit_raw(Opcode::BuildTuple, n * 2);
            return Ok(function_attr::ANNOTATIONS);
        }
        Ok(0)
    }

    /// Pushes an annotation's value: the expression, or under `from __future__ import
    /// annotations` its source text.
    pub(super) fn annotation_value(&mut self, ann: &'a Expr) -> R {
        if self.future.annotations() {
            self.load_const(Constant::Str(Arc::from(self.unparse_annotation(ann))));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= co::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= co::VARKEYWORDS;
        }
    }

    /// Starts a function-like body: the generator wrapper and RESUME.
    fn begin_body(&mut self, loc: Loc) -> Option<crate::flowgraph::Label> {
        let scope = self.scope();
        let is_gen = scope.is_generator || scope.is_coroutine;
        let saved = self.set_loc(loc);
        let wrapper = if is_gen {
            let l = self.new_label();
            self.push_handler(SetupKind::Cleanup, l);
            Some(l)
        } else {
            None
        };
        self.emit_raw(Opcode::Resume, resume::START);
        self.restore_loc(saved);
        wrapper
    }

    /// Ends a function-like body: implicit return and the StopIteration handler.
    fn end_body(&mut self, wrapper: Option<crate::flowgraph::Label>) {
        self.unit().loc = ferrum_bytecode::line_table::Location::default();
        self.emit_const_return(Constant::None);
        if let Some(l) = wrapper {
            self.unit().handler_stack.clear();
            self.use_label(l);
            self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::STOPITERATION_ERROR);
            self.emit_raw(Opcode::Reraise, 1);
        }
    }

    pub(super) fn function_def(&mut self, f: &'a FunctionDef, loc: Loc) -> R {
        let Some(scope) = self.table.scope_for(f) else {
            return Err(self.internal("missing function scope"));
        };
        for d in &f.decorators {
            self.expr(d)?;
        }
        let firstlineno = f.decorators.first().map_or(loc.lineno, |d| d.loc.lineno);
        self.set_loc(loc);
        let mut attrs = self.defaults(&f.args)?;
        attrs |= self.annotations(&f.args, f.returns.as_ref())?;
        let qualname = self.qualname_for(&f.name);
        self.enter_unit(scope, &f.name, &qualname, firstlineno);
        self.set_arg_counts(&f.args);
        // co_consts[0] is the docstring or None.
        let doc = f.body.first().and_then(docstring);
        match doc {
            Some(d) if self.opts.optimize < 2 => {
                self.add_const(Constant::Str(Arc::from(d)));
            }
            _ => {
                self.add_const(Constant::None);
            }
        }
        let wrapper = self.begin_body(loc);
        let r = self.function_body(&f.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.end_body(wrapper);
        let code = self.finish_unit()?;
        self.set_loc(loc);
        self.make_closure(code, attrs)?;
        for _ in &f.decorators {
            self.emit_raw(Opcode::Call, 0);
        }
        self.nameop(&f.name, Ctx::Store)
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let Some(scope) = self.table.scope_for(e) else {
            return Err(self.internal("missing lambda scope"));
        };
        let attrs = self.defaults(args)?;
        let qualname = self.qualname_for("<lambda>");
        self.enter_unit(scope, "<lambda>", &qualname, e.loc.lineno);
        self.set_arg_counts(args);
        self.add_const(Constant::None);
        let wrapper = self.begin_body(e.loc);
        let r = self.expr(body);
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        if self.scope().is_generator {
            self.emit(Opcode::PopTop);
            self.end_body(wrapper);
        } else {
            self.set_loc(body.loc);
            self.emit(Opcode::ReturnValue);
            self.end_body(wrapper);
        }
        let code = self.finish_unit()?;
        self.make_closure(code, attrs)
    }

    pub(super) fn class_def(&mut self, c: &'a ClassDef, loc: Loc) -> R {
        let Some(scope) = self.table.scope_for(c) else {
            return Err(self.internal("missing class scope"));
        };
        for d in &c.decorators {
            self.expr(d)?;
        }
        let firstlineno = c.decorators.first().map_or(loc.lineno, |d| d.loc.lineno);
        let qualname = self.qualname_for(&c.name);
        self.enter_unit(scope, &c.name, &qualname, firstlineno);
        self.set_loc(loc);
        self.emit_raw(Opcode::Resume, resume::START);
        let i = self.add_name("__name__");
        self.emit_raw(Opcode::LoadName, i);
        let i = self.add_name("__module__");
        self.emit_raw(Opcode::StoreName, i);
        self.load_const(Constant::Str(Arc::from(qualname.as_str())));
        let i = self.add_name("__qualname__");
        self.emit_raw(Opcode::StoreName, i);
        if let Err(e) = self.body_with_docstring(&c.body, false) {
            self.units.pop();
            return Err(e);
        }
        self.unit().loc = ferrum_bytecode::line_table::Location::default();
        if self.scope().needs_class_closure {
            let r = self.closure_ref("__class__");
            self.emit_arg(Opcode::LoadFast, r);
            self.emit_raw(Opcode::Copy, 1);
            let i = self.add_name("__classcell__");
            self.emit_raw(Opcode::StoreName, i);
            self.emit(Opcode::ReturnValue);
        } else {
            self.emit_const_return(Constant::None);
        }
        let code = self.finish_unit()?;
        self.set_loc(loc);
        self.emit(Opcode::LoadBuildClass);
        self.emit(Opcode::PushNull);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(Arc::from(c.name.as_str())));
        self.call_args(&c.bases, &c.keywords, 2)?;
        self.set_loc(loc);
        for _ in &c.decorators {
            self.emit_raw(Opcode::Call, 0);
        }
        self.nameop(&c.name, Ctx::Store)
    }

    /// A comprehension or generator expression: a nested function called with the
    /// iterator of the outermost iterable.
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> R {
        let Some(scope) = self.table.scope_for(e) else {
            return Err(self.internal("missing comprehension scope"));
        };
        let (name, generators, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => ("<listcomp>", generators, &**elt, None),
            ExprKind::SetComp { elt, generators } => ("<setcomp>", generators, &**elt, None),
            ExprKind::GeneratorExp { elt, generators } => ("<genexpr>", generators, &**elt, None),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => ("<dictcomp>", generators, &**key, Some(&**value)),
            _ => return Err(self.internal("not a comprehension")),
        };
        let Some(first) = generators.first() else {
            return Err(self.internal("empty comprehension"));
        };
        let is_async_comp = self.table.scopes[scope].is_coroutine && name != "<genexpr>";
        let qualname = self.qualname_for(name);
        self.enter_unit(scope, name, &qualname, e.loc.lineno);
        self.unit().argcount = 1;
        let wrapper = self.begin_body(e.loc);
        let r = self.comprehension_body(name, generators, elt, value, e.loc);
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        if name == "<genexpr>" {
            self.end_body(wrapper);
        } else {
            self.set_loc(e.loc);
            self.emit(Opcode::ReturnValue);
            if let Some(l) = wrapper {
                self.unit().handler_stack.clear();
                self.use_label(l);
                self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::STOPITERATION_ERROR);
                self.emit_raw(Opcode::Reraise, 1);
            }
        }
        let code = self.finish_unit()?;
        self.set_loc(e.loc);
        self.make_closure(code, 0)?;
        self.expr(&first.iter)?;
        self.set_loc(e.loc);
        if first.is_async {
            self.emit(Opcode::GetAiter);
        } else {
            self.emit(Opcode::GetIter);
        }
        self.emit_raw(Opcode::Call, 0);
        if is_async_comp {
            self.emit_raw(Opcode::GetAwaitable, 0);
            self.load_const(Constant::None);
            self.yield_from(true)?;
        }
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        loc: Loc,
    ) -> R {
        self.set_loc(loc);
        match name {
            "<listcomp>" => self.emit_raw(Opcode::BuildList, 0),
            "<setcomp>" => self.emit_raw(Opcode::BuildSet, 0),
            "<dictcomp>" => self.emit_raw(Opcode::BuildMap, 0),
            _ => {}
        }
        self.comp_generator(name, generators, 0, elt, value, loc)
    }

    fn comp_generator(
        &mut self,
        name: &str,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        loc: Loc,
    ) -> R {
        let g = &generators[index];
        if g.is_async {
            return self.comp_async_generator(name, generators, index, elt, value, loc);
        }
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            let i = self.varname_index(".0");
            self.emit_arg(Opcode::LoadFast, ArgRef::Local(i));
        } else {
            self.expr(&g.iter)?;
            self.set_loc(g.iter.loc);
            self.emit(Opcode::GetIter);
        }
        self.use_label(start);
        self.set_loc(g.iter.loc);
        self.jump_to(Opcode::ForIter, anchor);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comp_element(name, generators, index, elt, value, loc)?;
        self.use_label(if_cleanup);
        self.set_loc(loc);
        self.jump(start);
        self.use_label(anchor);
        self.set_loc(g.iter.loc);
        self.emit(Opcode::EndFor);
        self.emit(Opcode::PopTop);
        Ok(())
    }

    fn comp_element(
        &mut self,
        name: &str,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        loc: Loc,
    ) -> R {
        if index + 1 < generators.len() {
            return self.comp_generator(name, generators, index + 1, elt, value, loc);
        }
        let depth = generators.len() as u32 + 1;
        match name {
            "<listcomp>" => {
                self.expr(elt)?;
                self.set_loc(loc);
                self.emit_raw(Opcode::ListAppend, depth);
            }
            "<setcomp>" => {
                self.expr(elt)?;
                self.set_loc(loc);
                self.emit_raw(Opcode::SetAdd, depth);
            }
            "<dictcomp>" => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.set_loc(loc);
                self.emit_raw(Opcode::MapAdd, depth);
            }
            _ => {
                self.expr(elt)?;
                self.set_loc(loc);
                if self.scope().is_coroutine {
                    self.emit_raw(Opcode::CallIntrinsic1, intrinsic1::ASYNC_GEN_WRAP);
                }
                self.emit_raw(Opcode::YieldValue, 0);
                self.emit_raw(Opcode::Resume, resume::AFTER_YIELD);
                self.emit(Opcode::PopTop);
            }
        }
        Ok(())
    }

    fn comp_async_generator(
        &mut self,
        name: &str,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        loc: Loc,
    ) -> R {
        let g = &generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            let i = self.varname_index(".0");
            self.emit_arg(Opcode::LoadFast, ArgRef::Local(i));
        } else {
            self.expr(&g.iter)?;
            self.emit(Opcode::GetAiter);
        }
        self.use_label(start);
        let outer = self.push_handler(SetupKind::Finally, except);
        self.emit(Opcode::GetAnext);
        self.load_const(Constant::None);
        self.yield_from(true)?;
        self.unit().handler_stack.truncate(outer);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comp_element(name, generators, index, elt, value, loc)?;
        self.use_label(if_cleanup);
        self.jump(start);
        self.use_label(except);
        self.emit(Opcode::EndAsyncFor);
        Ok(())
    }
}
