//! The instruction set: the one table every other view of the bytecode is derived from.
//!
//! Each row of [`for_each_instruction!`] names an instruction, its `dis` name, how its oparg is
//! interpreted, how many inline `CACHE` units follow it, and its stack effect `(pops, pushes)` as
//! expressions of the oparg. The opcode enum, the name table, stack effects (used by the
//! compiler's stack-depth pass), cache sizes and the disassembler are all generated from it, so
//! they cannot drift. Opcodes are numbered in table order; instructions without an argument come
//! first, so `opcode < HAVE_ARGUMENT` means "ignores its oparg", as in CPython.
//!
//! Shapes and semantics follow CPython 3.13 (see docs/design/bytecode.md). The stack notation in
//! the doc column is `(inputs -- outputs)`, top of stack rightmost.

/// How an instruction's oparg is read (drives the disassembler's argument column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The oparg is ignored (opcode below `HAVE_ARGUMENT`).
    None,
    /// A plain number.
    Raw,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `co_names[oparg >> 1]`; bit 0 is a flag (LOAD_GLOBAL push-NULL, LOAD_ATTR method).
    NameShift1,
    /// `co_names[oparg >> 2]`; LOAD_SUPER_ATTR.
    NameShift2,
    /// Index into localsplus (a local variable).
    Local,
    /// Two 4-bit localsplus indexes, `(first << 4) | second`.
    LocalPair,
    /// Index into localsplus naming a cell or free variable.
    Deref,
    /// Relative jump forward, in code units from the end of this instruction's caches.
    JumpForward,
    /// Relative jump backward, in code units from the end of this instruction's caches.
    JumpBackward,
    /// A `BINARY_OP` operator number.
    BinaryOp,
    /// A `COMPARE_OP` operand: `(cmp << 5) | (to_bool << 4) | mask`.
    CompareOp,
    /// `IS_OP`/`CONTAINS_OP` inversion bit.
    Invert,
    /// A `CALL_INTRINSIC_1` function number.
    Intrinsic1,
    /// A `CALL_INTRINSIC_2` function number.
    Intrinsic2,
    /// A `CONVERT_VALUE` conversion (1 str, 2 repr, 3 ascii).
    Convert,
    /// A `SET_FUNCTION_ATTRIBUTE` flag.
    FunctionAttr,
}

/// Calls `$m!` with the whole instruction table. Columns:
/// `Variant "NAME" ArgKind cache_units (pops, pushes) "doc"`; inside the stack-effect
/// expressions `oparg` is the instruction's (extended) argument as `i32`.
#[macro_export]
macro_rules! for_each_instruction {
    ($m:ident) => {
        $m! {
            oparg;
            // ---- no argument -------------------------------------------------------------
            Cache "CACHE" None 0 (0, 0) "Inline cache unit; never executed.";
            Nop "NOP" None 0 (0, 0) "Does nothing; keeps a line number alive.";
            PopTop "POP_TOP" None 0 (1, 0) "(value -- )";
            PushNull "PUSH_NULL" None 0 (0, 1) "( -- NULL) the empty self slot of a call";
            EndFor "END_FOR" None 0 (1, 0) "(value -- ) end of a for loop; FOR_ITER skips it";
            EndSend "END_SEND" None 0 (2, 1) "(receiver, value -- value)";
            UnaryNegative "UNARY_NEGATIVE" None 0 (1, 1) "(value -- -value)";
            UnaryNot "UNARY_NOT" None 0 (1, 1) "(bool -- not bool) operand is an exact bool";
            UnaryInvert "UNARY_INVERT" None 0 (1, 1) "(value -- ~value)";
            ToBool "TO_BOOL" None 3 (1, 1) "(value -- bool(value))";
            BinarySubscr "BINARY_SUBSCR" None 1 (2, 1) "(container, sub -- container[sub])";
            BinarySlice "BINARY_SLICE" None 0 (3, 1) "(container, start, stop -- container[start:stop])";
            StoreSubscr "STORE_SUBSCR" None 1 (3, 0) "(v, container, sub -- ) container[sub] = v";
            StoreSlice "STORE_SLICE" None 0 (4, 0) "(v, container, start, stop -- )";
            DeleteSubscr "DELETE_SUBSCR" None 0 (2, 0) "(container, sub -- )";
            GetIter "GET_ITER" None 0 (1, 1) "(iterable -- iter(iterable))";
            GetYieldFromIter "GET_YIELD_FROM_ITER" None 0 (1, 1) "(iterable -- iter) generators and coroutines pass through";
            ReturnValue "RETURN_VALUE" None 0 (1, 0) "(retval -- ) return to the caller's frame";
            ReturnGenerator "RETURN_GENERATOR" None 0 (0, 1) "Creates a generator from the current frame and returns it";
            PopExcept "POP_EXCEPT" None 0 (1, 0) "(prev_exc -- ) restores the handled exception";
            PushExcInfo "PUSH_EXC_INFO" None 0 (1, 2) "(exc -- prev_exc, exc)";
            CheckExcMatch "CHECK_EXC_MATCH" None 0 (2, 2) "(exc, type -- exc, bool)";
            CheckEgMatch "CHECK_EG_MATCH" None 0 (2, 2) "(eg, type -- rest, match)";
            WithExceptStart "WITH_EXCEPT_START" None 0 (4, 5) "(exit, lasti, unused, exc -- exit, lasti, unused, exc, res)";
            BeforeWith "BEFORE_WITH" None 0 (1, 2) "(mgr -- exit, mgr.__enter__())";
            BeforeAsyncWith "BEFORE_ASYNC_WITH" None 0 (1, 2) "(mgr -- aexit, awaitable)";
            GetAiter "GET_AITER" None 0 (1, 1) "(obj -- obj.__aiter__())";
            GetAnext "GET_ANEXT" None 0 (1, 2) "(aiter -- aiter, awaitable)";
            EndAsyncFor "END_ASYNC_FOR" None 0 (2, 0) "(aiter, exc -- ) ends async for on StopAsyncIteration";
            CleanupThrow "CLEANUP_THROW" None 0 (3, 2) "(sub_iter, last_sent, exc -- none, value)";
            LoadBuildClass "LOAD_BUILD_CLASS" None 0 (0, 1) "( -- builtins.__build_class__)";
            LoadAssertionError "LOAD_ASSERTION_ERROR" None 0 (0, 1) "( -- AssertionError)";
            LoadLocals "LOAD_LOCALS" None 0 (0, 1) "( -- locals)";
            MatchMapping "MATCH_MAPPING" None 0 (1, 2) "(subject -- subject, is_mapping)";
            MatchSequence "MATCH_SEQUENCE" None 0 (1, 2) "(subject -- subject, is_sequence)";
            MatchKeys "MATCH_KEYS" None 0 (2, 3) "(subject, keys -- subject, keys, values_or_none)";
            GetLen "GET_LEN" None 0 (1, 2) "(obj -- obj, len(obj))";
            MakeFunction "MAKE_FUNCTION" None 0 (1, 1) "(code -- func)";
            SetupAnnotations "SETUP_ANNOTATIONS" None 0 (0, 0) "Creates __annotations__ in locals if missing";
            FormatSimple "FORMAT_SIMPLE" None 0 (1, 1) "(value -- format(value))";
            FormatWithSpec "FORMAT_WITH_SPEC" None 0 (2, 1) "(value, spec -- format(value, spec))";
            ExitInitCheck "EXIT_INIT_CHECK" None 0 (1, 0) "(should_be_none -- ) __init__ must return None";
            InterpreterExit "INTERPRETER_EXIT" None 0 (1, 0) "(retval -- ) leaves the eval loop (entry frames only)";
            // ---- with argument -----------------------------------------------------------
            ExtendedArg "EXTENDED_ARG" Raw 0 (0, 0) "Prefixes the next oparg with 8 more bits";
            LoadConst "LOAD_CONST" Const 0 (0, 1) "( -- co_consts[oparg])";
            ReturnConst "RETURN_CONST" Const 0 (0, 0) "Returns co_consts[oparg]";
            LoadFast "LOAD_FAST" Local 0 (0, 1) "( -- localsplus[oparg])";
            LoadFastCheck "LOAD_FAST_CHECK" Local 0 (0, 1) "( -- value) raises UnboundLocalError if unset";
            LoadFastAndClear "LOAD_FAST_AND_CLEAR" Local 0 (0, 1) "( -- value_or_NULL) and clears the slot";
            LoadFastLoadFast "LOAD_FAST_LOAD_FAST" LocalPair 0 (0, 2) "( -- local[oparg>>4], local[oparg&15])";
            StoreFast "STORE_FAST" Local 0 (1, 0) "(value -- )";
            StoreFastLoadFast "STORE_FAST_LOAD_FAST" LocalPair 0 (1, 1) "(value -- local[oparg&15]) stores to oparg>>4";
            StoreFastStoreFast "STORE_FAST_STORE_FAST" LocalPair 0 (2, 0) "(v2, v1 -- ) local[oparg>>4]=v1; local[oparg&15]=v2";
            DeleteFast "DELETE_FAST" Local 0 (0, 0) "Clears a local; UnboundLocalError if unset";
            MakeCell "MAKE_CELL" Deref 0 (0, 0) "Replaces localsplus[oparg] with a new cell holding it";
            CopyFreeVars "COPY_FREE_VARS" Raw 0 (0, 0) "Copies oparg free-variable cells from the function's closure";
            LoadDeref "LOAD_DEREF" Deref 0 (0, 1) "( -- cell contents) NameError/UnboundLocalError if empty";
            StoreDeref "STORE_DEREF" Deref 0 (1, 0) "(value -- ) into the cell";
            DeleteDeref "DELETE_DEREF" Deref 0 (0, 0) "Empties the cell";
            LoadFromDictOrDeref "LOAD_FROM_DICT_OR_DEREF" Deref 0 (1, 1) "(mapping -- value) class bodies reading a free variable";
            LoadFromDictOrGlobals "LOAD_FROM_DICT_OR_GLOBALS" Name 0 (1, 1) "(mapping -- value)";
            LoadName "LOAD_NAME" Name 0 (0, 1) "( -- value) locals, then globals, then builtins";
            StoreName "STORE_NAME" Name 0 (1, 0) "(value -- ) into the locals mapping";
            DeleteName "DELETE_NAME" Name 0 (0, 0) "Deletes from the locals mapping";
            LoadGlobal "LOAD_GLOBAL" NameShift1 4 (0, 1 + (oparg & 1)) "( -- value, NULL if oparg&1)";
            StoreGlobal "STORE_GLOBAL" Name 0 (1, 0) "(value -- )";
            DeleteGlobal "DELETE_GLOBAL" Name 0 (0, 0) "Deletes a global";
            LoadAttr "LOAD_ATTR" NameShift1 9 (1, 1 + (oparg & 1)) "(owner -- attr, self_or_NULL if oparg&1)";
            StoreAttr "STORE_ATTR" Name 4 (2, 0) "(value, owner -- ) owner.name = value";
            DeleteAttr "DELETE_ATTR" Name 0 (1, 0) "(owner -- )";
            LoadSuperAttr "LOAD_SUPER_ATTR" NameShift2 1 (3, 1 + (oparg & 1)) "(super, class, self -- attr, self_or_NULL if oparg&1); bit 1: two-argument form";
            BinaryOp "BINARY_OP" BinaryOp 1 (2, 1) "(lhs, rhs -- lhs op rhs)";
            CompareOp "COMPARE_OP" CompareOp 1 (2, 1) "(lhs, rhs -- result) bool(result) if bit 4";
            IsOp "IS_OP" Invert 0 (2, 1) "(lhs, rhs -- lhs is rhs) negated if oparg";
            ContainsOp "CONTAINS_OP" Invert 1 (2, 1) "(lhs, rhs -- lhs in rhs) negated if oparg";
            BuildTuple "BUILD_TUPLE" Raw 0 (oparg, 1) "(items[oparg] -- tuple)";
            BuildList "BUILD_LIST" Raw 0 (oparg, 1) "(items[oparg] -- list)";
            BuildSet "BUILD_SET" Raw 0 (oparg, 1) "(items[oparg] -- set)";
            BuildMap "BUILD_MAP" Raw 0 (oparg * 2, 1) "(key, value pairs[oparg] -- dict)";
            BuildConstKeyMap "BUILD_CONST_KEY_MAP" Raw 0 (oparg + 1, 1) "(values[oparg], keys_tuple -- dict)";
            BuildString "BUILD_STRING" Raw 0 (oparg, 1) "(pieces[oparg] -- str)";
            BuildSlice "BUILD_SLICE" Raw 0 (oparg, 1) "(start, stop, step if oparg==3 -- slice)";
            ListAppend "LIST_APPEND" Raw 0 (1, 0) "(v -- ) STACK[-oparg].append(v)";
            SetAdd "SET_ADD" Raw 0 (1, 0) "(v -- ) STACK[-oparg].add(v)";
            MapAdd "MAP_ADD" Raw 0 (2, 0) "(key, value -- ) STACK[-oparg][key] = value";
            ListExtend "LIST_EXTEND" Raw 0 (1, 0) "(iterable -- ) STACK[-oparg].extend(iterable)";
            SetUpdate "SET_UPDATE" Raw 0 (1, 0) "(iterable -- ) STACK[-oparg].update(iterable)";
            DictUpdate "DICT_UPDATE" Raw 0 (1, 0) "(mapping -- ) STACK[-oparg].update(mapping)";
            DictMerge "DICT_MERGE" Raw 0 (1, 0) "(mapping -- ) like DICT_UPDATE, duplicate keys raise (for **kwargs)";
            UnpackSequence "UNPACK_SEQUENCE" Raw 1 (1, oparg) "(seq -- items[oparg]) first item ends on top";
            UnpackEx "UNPACK_EX" Raw 0 (1, (oparg & 0xFF) + (oparg >> 8) + 1) "(seq -- before, list, after) counts in oparg";
            Copy "COPY" Raw 0 (oparg, oparg + 1) "(x, unused[oparg-1] -- x, unused, x)";
            Swap "SWAP" Raw 0 (oparg, oparg) "Swaps TOS with STACK[-oparg]";
            JumpForward "JUMP_FORWARD" JumpForward 0 (0, 0) "Jumps forward oparg units";
            JumpBackward "JUMP_BACKWARD" JumpBackward 1 (0, 0) "Jumps back oparg units; checks the eval breaker";
            JumpBackwardNoInterrupt "JUMP_BACKWARD_NO_INTERRUPT" JumpBackward 0 (0, 0) "Jumps back without checking the eval breaker";
            PopJumpIfFalse "POP_JUMP_IF_FALSE" JumpForward 1 (1, 0) "(cond -- ) jumps if cond is False (exact bool)";
            PopJumpIfTrue "POP_JUMP_IF_TRUE" JumpForward 1 (1, 0) "(cond -- ) jumps if cond is True (exact bool)";
            PopJumpIfNone "POP_JUMP_IF_NONE" JumpForward 1 (1, 0) "(value -- ) jumps if value is None";
            PopJumpIfNotNone "POP_JUMP_IF_NOT_NONE" JumpForward 1 (1, 0) "(value -- ) jumps if value is not None";
            ForIter "FOR_ITER" JumpForward 1 (1, 2) "(iter -- iter, next); when exhausted pops iter and jumps to oparg + 1 past END_FOR, POP_TOP";
            Send "SEND" JumpForward 1 (2, 2) "(receiver, v -- receiver, retval); jumps when the receiver returns";
            YieldValue "YIELD_VALUE" Raw 0 (1, 1) "(value -- sent) suspends the generator";
            Resume "RESUME" Raw 0 (0, 0) "Start of a code object or after a yield: 0 start, 1 yield, 2 yield from, 3 await";
            Call "CALL" Raw 3 (oparg + 2, 1) "(callable, self_or_NULL, args[oparg] -- result)";
            CallKw "CALL_KW" Raw 0 (oparg + 3, 1) "(callable, self_or_NULL, args[oparg], kwnames -- result)";
            CallFunctionEx "CALL_FUNCTION_EX" Raw 0 (3 + (oparg & 1), 1) "(callable, NULL, args_tuple, kwargs if oparg&1 -- result)";
            CallIntrinsic1 "CALL_INTRINSIC_1" Intrinsic1 0 (1, 1) "(arg -- result)";
            CallIntrinsic2 "CALL_INTRINSIC_2" Intrinsic2 0 (2, 1) "(arg2, arg1 -- result)";
            SetFunctionAttribute "SET_FUNCTION_ATTRIBUTE" FunctionAttr 0 (2, 1) "(attr, func -- func)";
            ConvertValue "CONVERT_VALUE" Convert 0 (1, 1) "(value -- str/repr/ascii(value))";
            RaiseVarargs "RAISE_VARARGS" Raw 0 (oparg, 0) "(exc, cause if oparg==2 -- ) oparg 0 re-raises";
            Reraise "RERAISE" Raw 0 (oparg + 1, oparg) "(values[oparg], exc -- values[oparg]); oparg!=0 sets f_lasti from values[0]";
            GetAwaitable "GET_AWAITABLE" Raw 0 (1, 1) "(obj -- awaitable)";
            MatchClass "MATCH_CLASS" Raw 0 (3, 1) "(subject, type, names -- attrs_tuple_or_None)";
            ImportName "IMPORT_NAME" Name 0 (2, 1) "(level, fromlist -- module)";
            ImportFrom "IMPORT_FROM" Name 0 (1, 2) "(module -- module, attr)";
        }
    };
}

macro_rules! define_opcode {
    ($oparg:ident; $($variant:ident $name:literal $arg:ident $cache:literal ($pop:expr, $push:expr) $doc:literal;)*) => {
        /// An instruction's opcode (the low byte of a code unit).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $(#[doc = $doc] $variant,)*
        }

        impl Opcode {
            /// Every opcode in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The `dis` name, e.g. `"LOAD_FAST"`.
            pub const fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name,)* }
            }

            /// How the oparg is read.
            pub const fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$variant => ArgKind::$arg,)* }
            }

            /// The number of inline `CACHE` units that follow this instruction.
            pub const fn cache_units(self) -> usize {
                match self { $(Opcode::$variant => $cache,)* }
            }

            /// Stack effect `(pops, pushes)` of the instruction (the fall-through path).
            #[allow(unused_parens, clippy::identity_op)]
            pub const fn stack_effect(self, $oparg: i32) -> (i32, i32) {
                match self { $(Opcode::$variant => ($pop, $push),)* }
            }

            /// One-line description with the stack notation.
            pub const fn doc(self) -> &'static str {
                match self { $(Opcode::$variant => $doc,)* }
            }
        }
    };
}

for_each_instruction!(define_opcode);

/// Opcodes at or above this number use their oparg.
pub const HAVE_ARGUMENT: u8 = Opcode::ExtendedArg as u8;

impl Opcode {
    /// Decodes an opcode byte; `None` for numbers outside the table.
    pub fn from_u8(byte: u8) -> Option<Opcode> {
        Opcode::ALL.get(byte as usize).copied()
    }

    /// Looks an opcode up by its `dis` name.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// Whether the oparg is meaningful.
    pub const fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// Whether this is a jump whose target is encoded in the oparg.
    pub const fn is_jump(self) -> bool {
        matches!(
            self.arg_kind(),
            ArgKind::JumpForward | ArgKind::JumpBackward
        )
    }

    /// Whether control never falls through to the next instruction.
    pub const fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::ReturnValue
                | Opcode::ReturnConst
                | Opcode::RaiseVarargs
                | Opcode::Reraise
                | Opcode::JumpForward
                | Opcode::JumpBackward
                | Opcode::JumpBackwardNoInterrupt
                | Opcode::InterpreterExit
        )
    }

    /// Stack depth at a jump target relative to before the instruction (for stack-depth
    /// analysis). `None` if the instruction does not jump.
    pub const fn jump_stack_effect(self, oparg: i32) -> Option<i32> {
        match self {
            // The exhausted path pops the iterator but lands two units early, on the
            // END_FOR/POP_TOP pair, which is analysed as if both values were still there.
            Opcode::ForIter => Some(1),
            Opcode::Send => Some(0),
            Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone => Some(-1),
            Opcode::JumpForward | Opcode::JumpBackward | Opcode::JumpBackwardNoInterrupt => Some(0),
            _ => {
                let _ = oparg;
                None
            }
        }
    }
}

/// `BINARY_OP` operator numbers and their `dis` symbols (CPython's `NB_*` order).
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// Offset added to a `BINARY_OP` operator to get its in-place form.
pub const BINARY_OP_INPLACE: u32 = 13;

/// `COMPARE_OP` comparisons, indexed by `oparg >> 5`.
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The low four bits CPython stores with each comparison (`COMPARISON_*` masks).
pub const COMPARE_MASKS: [u32; 6] = [2, 10, 8, 7, 4, 12];

/// Encodes a `COMPARE_OP` oparg.
pub const fn compare_oparg(cmp: u32, to_bool: bool) -> u32 {
    (cmp << 5) | ((to_bool as u32) << 4) | COMPARE_MASKS[cmp as usize]
}

/// `CALL_INTRINSIC_1` functions, by number.
pub const INTRINSICS_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];

/// Numbers of the `CALL_INTRINSIC_1` functions the compiler emits.
pub mod intrinsic1 {
    /// Prints a value in interactive mode (`sys.displayhook`).
    pub const PRINT: u32 = 1;
    /// `from m import *`.
    pub const IMPORT_STAR: u32 = 2;
    /// Turns a `StopIteration` escaping a generator into `RuntimeError` (PEP 479).
    pub const STOPITERATION_ERROR: u32 = 3;
    /// Wraps a value yielded by an async generator.
    pub const ASYNC_GEN_WRAP: u32 = 4;
    /// Unary `+`.
    pub const UNARY_POSITIVE: u32 = 5;
    /// `tuple(list)`.
    pub const LIST_TO_TUPLE: u32 = 6;
}

/// `CALL_INTRINSIC_2` functions, by number.
pub const INTRINSICS_2: [&str; 6] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
    "INTRINSIC_SET_TYPEPARAM_DEFAULT",
];

/// Numbers of the `CALL_INTRINSIC_2` functions the compiler emits.
pub mod intrinsic2 {
    /// Combines the exceptions raised in `except*` clauses.
    pub const PREP_RERAISE_STAR: u32 = 1;
}

/// `SET_FUNCTION_ATTRIBUTE` flags.
pub mod function_attr {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u32 = 0x01;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u32 = 0x02;
    /// The annotations (a tuple of name, value pairs flattened, or a dict).
    pub const ANNOTATIONS: u32 = 0x04;
    /// A tuple of cells for the free variables.
    pub const CLOSURE: u32 = 0x08;
}

/// `RESUME` opargs.
pub mod resume {
    /// Start of a function or module body.
    pub const START: u32 = 0;
    /// After a `yield`.
    pub const AFTER_YIELD: u32 = 1;
    /// After a `yield from`.
    pub const AFTER_YIELD_FROM: u32 = 2;
    /// After an `await`.
    pub const AFTER_AWAIT: u32 = 3;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_is_dense_and_round_trips() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
            assert_eq!(Opcode::from_name(op.name()), Some(*op));
        }
        assert!(Opcode::ALL.len() < 256);
    }

    #[test]
    fn argument_split_matches_have_argument() {
        for op in Opcode::ALL {
            assert_eq!(
                op.has_arg(),
                op.arg_kind() != ArgKind::None,
                "{}",
                op.name()
            );
        }
    }

    #[test]
    fn names_are_unique_and_upper_case() {
        let mut seen = std::collections::HashSet::new();
        for op in Opcode::ALL {
            assert!(seen.insert(op.name()));
            assert!(op
                .name()
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit()));
        }
    }

    #[test]
    fn specializing_families_have_cpython_cache_sizes() {
        assert_eq!(Opcode::LoadGlobal.cache_units(), 4);
        assert_eq!(Opcode::LoadAttr.cache_units(), 9);
        assert_eq!(Opcode::Call.cache_units(), 3);
        assert_eq!(Opcode::BinaryOp.cache_units(), 1);
        assert_eq!(Opcode::StoreAttr.cache_units(), 4);
    }

    #[test]
    fn compare_opargs_match_cpython() {
        assert_eq!(compare_oparg(0, false), 2);
        assert_eq!(compare_oparg(2, false), 72);
        assert_eq!(compare_oparg(2, true), 88);
        assert_eq!(compare_oparg(3, false), 103);
    }
}
