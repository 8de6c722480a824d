//! Ferrum's own abstract syntax tree, shaped like CPython's `ast` module.
//!
//! `syntax.rs` builds it from the parser's tree; every later pass (constant folding, the symbol
//! table, code generation) works on these types only. Every node carries a [`Loc`]: 1-based
//! lines and 0-based UTF-8 byte columns within the line, exactly as CPython's `ast` reports
//! them. See docs/design/compiler.md.

use ferrum_bytecode::Constant;

/// A node's source span (CPython's `lineno`, `col_offset`, `end_lineno`, `end_col_offset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// First line, 1-based.
    pub lineno: u32,
    /// Start column (UTF-8 byte offset in the line).
    pub col_offset: u32,
    /// Last line, 1-based.
    pub end_lineno: u32,
    /// End column (exclusive, UTF-8 byte offset in the line).
    pub end_col_offset: u32,
}

/// An identifier.
pub type Ident = String;

/// A whole compilation unit.
#[derive(Clone, Debug)]
pub enum Mod {
    /// `exec` mode.
    Module(Vec<Stmt>),
    /// `eval` mode.
    Expression(Box<Expr>),
    /// `single` mode.
    Interactive(Vec<Stmt>),
}

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// Position.
    pub loc: Loc,
    /// What it is.
    pub kind: StmtKind,
}

/// `def` / `async def`.
#[derive(Clone, Debug)]
pub struct FunctionDef {
    /// Function name.
    pub name: Ident,
    /// Parameters.
    pub args: Arguments,
    /// Body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
    /// Return annotation.
    pub returns: Option<Expr>,
    /// `async def`.
    pub is_async: bool,
}

/// `class`.
#[derive(Clone, Debug)]
pub struct ClassDef {
    /// Class name.
    pub name: Ident,
    /// Positional bases (may contain `Starred`).
    pub bases: Vec<Expr>,
    /// Keywords (`metaclass=...`).
    pub keywords: Vec<Keyword>,
    /// Body.
    pub body: Vec<Stmt>,
    /// Decorators.
    pub decorators: Vec<Expr>,
}

/// Statement kinds.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `def`.
    FunctionDef(Box<FunctionDef>),
    /// `class`.
    ClassDef(Box<ClassDef>),
    /// `return`.
    Return(Option<Expr>),
    /// `del`.
    Delete(Vec<Expr>),
    /// `a = b = value`.
    Assign {
        /// Targets.
        targets: Vec<Expr>,
        /// Value.
        value: Expr,
    },
    /// `a += value`.
    AugAssign {
        /// Target.
        target: Expr,
        /// Operator.
        op: Operator,
        /// Value.
        value: Expr,
    },
    /// `a: ann = value`.
    AnnAssign {
        /// Target.
        target: Expr,
        /// Annotation.
        annotation: Expr,
        /// Value.
        value: Option<Expr>,
        /// A plain, unparenthesized name target.
        simple: bool,
    },
    /// `for` / `async for`.
    For {
        /// Target.
        target: Expr,
        /// Iterable.
        iter: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else`.
        orelse: Vec<Stmt>,
        /// `async for`.
        is_async: bool,
    },
    /// `while`.
    While {
        /// Condition.
        test: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else`.
        orelse: Vec<Stmt>,
    },
    /// `if` (elif chains nest in `orelse`).
    If {
        /// Condition.
        test: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else`.
        orelse: Vec<Stmt>,
    },
    /// `with` / `async with`.
    With {
        /// Items.
        items: Vec<WithItem>,
        /// Body.
        body: Vec<Stmt>,
        /// `async with`.
        is_async: bool,
    },
    /// `match`.
    Match {
        /// Subject.
        subject: Expr,
        /// Cases.
        cases: Vec<MatchCase>,
    },
    /// `raise`.
    Raise {
        /// Exception.
        exc: Option<Expr>,
        /// `from` cause.
        cause: Option<Expr>,
    },
    /// `try` / `try*`.
    Try {
        /// Body.
        body: Vec<Stmt>,
        /// `except` clauses.
        handlers: Vec<ExceptHandler>,
        /// `else`.
        orelse: Vec<Stmt>,
        /// `finally`.
        finalbody: Vec<Stmt>,
        /// `except*`.
        is_star: bool,
    },
    /// `assert`.
    Assert {
        /// Condition.
        test: Expr,
        /// Message.
        msg: Option<Expr>,
    },
    /// `import`.
    Import(Vec<Alias>),
    /// `from ... import`.
    ImportFrom {
        /// Module (None for `from . import x`).
        module: Option<Ident>,
        /// Names.
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `global`.
    Global(Vec<Ident>),
    /// `nonlocal`.
    Nonlocal(Vec<Ident>),
    /// An expression statement.
    Expr(Expr),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// An expression.
#[derive(Clone, Debug)]
pub struct Expr {
    /// Position.
    pub loc: Loc,
    /// What it is.
    pub kind: ExprKind,
}

/// Load/store/delete context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    /// Read.
    Load,
    /// Assigned.
    Store,
    /// Deleted.
    Del,
}

/// Boolean operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// Binary operators, numbered as `BINARY_OP` opargs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    /// `+`
    Add = 0,
    /// `&`
    BitAnd = 1,
    /// `//`
    FloorDiv = 2,
    /// `<<`
    LShift = 3,
    /// `@`
    MatMult = 4,
    /// `*`
    Mult = 5,
    /// `%`
    Mod = 6,
    /// `|`
    BitOr = 7,
    /// `**`
    Pow = 8,
    /// `>>`
    RShift = 9,
    /// `-`
    Sub = 10,
    /// `/`
    Div = 11,
    /// `^`
    BitXor = 12,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// Expression kinds.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `a and b and c`.
    BoolOp {
        /// Operator.
        op: BoolOp,
        /// Operands (two or more).
        values: Vec<Expr>,
    },
    /// `name := value`.
    NamedExpr {
        /// Target (a Name).
        target: Box<Expr>,
        /// Value.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// Operator.
        op: Operator,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`.
    Lambda {
        /// Parameters.
        args: Box<Arguments>,
        /// Body.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value if true.
        body: Box<Expr>,
        /// Value if false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}` (a `None` key means `**value`).
    Dict {
        /// Keys.
        keys: Vec<Option<Expr>>,
        /// Values.
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp {
        /// Element.
        elt: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// Element.
        elt: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `{k: v for ...}`.
    DictComp {
        /// Key.
        key: Box<Expr>,
        /// Value.
        value: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        /// Element.
        elt: Box<Expr>,
        /// Generators.
        generators: Vec<Comprehension>,
    },
    /// `await value`.
    Await(Box<Expr>),
    /// `yield value`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...`.
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators.
        ops: Vec<CmpOp>,
        /// Further operands.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`.
    Call {
        /// Callee.
        func: Box<Expr>,
        /// Positional arguments (may contain `Starred`).
        args: Vec<Expr>,
        /// Keyword arguments (`arg: None` means `**value`).
        keywords: Vec<Keyword>,
    },
    /// `{value!conversion:format_spec}` inside an f-string.
    FormattedValue {
        /// The value.
        value: Box<Expr>,
        /// -1 none, or b's', b'r', b'a'.
        conversion: i32,
        /// The format spec (a JoinedStr).
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string.
    JoinedStr(Vec<Expr>),
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute {
        /// Object.
        value: Box<Expr>,
        /// Attribute name.
        attr: Ident,
        /// Context.
        ctx: Ctx,
    },
    /// `value[slice]`.
    Subscript {
        /// Container.
        value: Box<Expr>,
        /// Index.
        slice: Box<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// `*value`.
    Starred {
        /// Value.
        value: Box<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// A name.
    Name {
        /// Identifier.
        id: Ident,
        /// Context.
        ctx: Ctx,
    },
    /// `[a, b]`.
    List {
        /// Elements.
        elts: Vec<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// `(a, b)`.
    Tuple {
        /// Elements.
        elts: Vec<Expr>,
        /// Context.
        ctx: Ctx,
    },
    /// `lower:upper:step`.
    Slice {
        /// Lower bound.
        lower: Option<Box<Expr>>,
        /// Upper bound.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

/// One `for ... in ... if ...` clause.
#[derive(Clone, Debug)]
pub struct Comprehension {
    /// Target.
    pub target: Expr,
    /// Iterable.
    pub iter: Expr,
    /// Conditions.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// One `except` clause.
#[derive(Clone, Debug)]
pub struct ExceptHandler {
    /// Position.
    pub loc: Loc,
    /// Exception type.
    pub type_: Option<Expr>,
    /// `as` name.
    pub name: Option<Ident>,
    /// Body.
    pub body: Vec<Stmt>,
}

/// One parameter.
#[derive(Clone, Debug)]
pub struct Arg {
    /// Position.
    pub loc: Loc,
    /// Name.
    pub arg: Ident,
    /// Annotation.
    pub annotation: Option<Box<Expr>>,
}

/// A parameter list.
#[derive(Clone, Debug, Default)]
pub struct Arguments {
    /// Positional-only parameters.
    pub posonlyargs: Vec<Arg>,
    /// Positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Keyword-only parameters.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of keyword-only parameters (parallel to `kwonlyargs`).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Expr>,
}

/// `name=value` or `**value` in a call.
#[derive(Clone, Debug)]
pub struct Keyword {
    /// Position.
    pub loc: Loc,
    /// Name, or None for `**`.
    pub arg: Option<Ident>,
    /// Value.
    pub value: Expr,
}

/// `name as asname` in an import.
#[derive(Clone, Debug)]
pub struct Alias {
    /// Position.
    pub loc: Loc,
    /// Dotted name.
    pub name: Ident,
    /// Alias.
    pub asname: Option<Ident>,
}

/// One `with` item.
#[derive(Clone, Debug)]
pub struct WithItem {
    /// Context manager.
    pub context_expr: Expr,
    /// `as` target.
    pub optional_vars: Option<Expr>,
}

/// One `case`.
#[derive(Clone, Debug)]
pub struct MatchCase {
    /// Pattern.
    pub pattern: Pattern,
    /// Guard.
    pub guard: Option<Expr>,
    /// Body.
    pub body: Vec<Stmt>,
}

/// A match pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// Position.
    pub loc: Loc,
    /// What it is.
    pub kind: PatternKind,
}

/// Pattern kinds.
#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A value pattern.
    MatchValue(Expr),
    /// `None` / `True` / `False`.
    MatchSingleton(Constant),
    /// `[p, *rest]`.
    MatchSequence(Vec<Pattern>),
    /// `{k: p, **rest}`.
    MatchMapping {
        /// Keys.
        keys: Vec<Expr>,
        /// Patterns.
        patterns: Vec<Pattern>,
        /// `**rest`.
        rest: Option<Ident>,
    },
    /// `Cls(p, k=p)`.
    MatchClass {
        /// Class.
        cls: Expr,
        /// Positional patterns.
        patterns: Vec<Pattern>,
        /// Keyword names.
        kwd_attrs: Vec<Ident>,
        /// Keyword patterns.
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name`.
    MatchStar(Option<Ident>),
    /// `p as name` / `name` / `_`.
    MatchAs {
        /// Sub-pattern.
        pattern: Option<Box<Pattern>>,
        /// Bound name.
        name: Option<Ident>,
    },
    /// `p | q`.
    MatchOr(Vec<Pattern>),
}

impl Expr {
    /// Builds an expression node.
    pub fn new(loc: Loc, kind: ExprKind) -> Expr {
        Expr { loc, kind }
    }

    /// The constant value, if this is a literal.
    pub fn as_constant(&self) -> Option<&Constant> {
        match &self.kind {
            ExprKind::Constant(c) => Some(c),
            _ => None,
        }
    }
}
