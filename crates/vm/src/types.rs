//! The registry of builtin type objects and their bootstrap.
//!
//! Builtin types are created once per process, made immortal, and reached through
//! [`types()`]. `type` and `object` are made first (each refers to the other), then every
//! other builtin type with its payload, slots and methods. See docs/design/object-model.md.

use std::any::TypeId;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::object::containers::DictData;
use crate::object::function::{GetSetDescrData, MethodDescrData, NativeFn};
use crate::object::table::Table;
use crate::object::typeobj::{Slots, TypeData};
use crate::object::{alloc, alloc_untyped, dealloc_payload, set_initial_type, ObjRef, PyCell};
use crate::thread_state::ThreadState;
use crate::value::{Special, Value};
use crate::PyResult;

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// The builtin type objects.
        #[allow(dead_code)]
        pub struct Types {
            $(
                #[allow(missing_docs)]
                pub $field: ObjRef,
            )*
            /// Builtin exception types by name.
            pub exceptions: HashMap<&'static str, ObjRef>,
            /// The empty tuple singleton.
            pub empty_tuple: ObjRef,
        }
    };
}

builtin_types!(
    object,
    generic_alias,
    slot_wrapper,
    type_,
    int,
    bool,
    float,
    complex,
    str,
    bytes,
    bytearray,
    tuple,
    list,
    dict,
    set,
    frozenset,
    range,
    slice,
    none_type,
    not_implemented_type,
    ellipsis_type,
    function,
    method,
    builtin_function,
    method_descr,
    classmethod_descr,
    getset_descr,
    member_descr,
    staticmethod,
    classmethod,
    property,
    cell,
    code,
    module,
    super_,
    generator,
    coroutine,
    async_generator,
    async_generator_asend,
    async_generator_athrow,
    async_generator_wrapped_value,
    coroutine_wrapper,
    anext_awaitable,
    frame,
    traceback,
    native_iter,
    list_iterator,
    tuple_iterator,
    range_iterator,
    str_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    set_iterator,
    seq_iterator,
    callable_iterator,
    enumerate,
    zip,
    map,
    filter,
    reversed,
    dict_keys,
    dict_values,
    dict_items,
    mappingproxy,
    simple_namespace,
    weakref,
    memoryview,
    thread_lock,
    stat_result,
    deque,
    defaultdict,
    thread_rlock,
    weakproxy,
    weakcallableproxy,
    base_exception,
    exception,
    type_error,
    value_error,
    attribute_error,
    name_error,
    unbound_local_error,
    key_error,
    index_error,
    stop_iteration,
    zero_division_error,
    overflow_error,
    recursion_error,
    runtime_error,
    not_implemented_error,
    assertion_error,
    import_error,
    module_not_found_error,
    lookup_error,
    arithmetic_error,
    system_exit,
    keyboard_interrupt,
    generator_exit,
    syntax_error,
    indentation_error,
    tab_error,
    memory_error,
    os_error,
    file_not_found_error,
    eof_error,
    unicode_error,
    unicode_decode_error,
    unicode_encode_error,
    base_exception_group,
    exception_group,
    stop_async_iteration,
    io_text_wrapper,
    io_file,
);

struct SyncTypes(Types);
// SAFETY: builtin type objects are immortal and are only read or mutated by the thread that
// holds the GIL; the registry itself is never mutated after initialisation.
unsafe impl Sync for SyncTypes {}
// SAFETY: see above.
unsafe impl Send for SyncTypes {}

static TYPES: OnceLock<SyncTypes> = OnceLock::new();

/// The builtin types. Panics if called before [`init_types`] (a bug, not reachable from Python).
#[inline(always)]
pub fn types() -> &'static Types {
    match TYPES.get() {
        Some(t) => &t.0,
        None => init_types(),
    }
}

/// Creates the builtin types (idempotent).
pub fn init_types() -> &'static Types {
    &TYPES.get_or_init(|| SyncTypes(bootstrap())).0
}

fn new_type_data<T: 'static>(
    name: &str,
    dict: ObjRef,
    base: Option<&ObjRef>,
    slots: Slots,
    base_type: bool,
) -> TypeData {
    let mut slots = slots;
    let mut mro_tail = Vec::new();
    if let Some(b) = base {
        // SAFETY: bases are type objects (during bootstrap their own type pointer is not set
        // yet, so the checked downcast cannot be used).
        let bd = unsafe { b.downcast_unchecked::<TypeData>() };
        inherit_slots(&mut slots, bd.slots());
        mro_tail.push(b.clone());
        mro_tail.extend(bd.mro_tail.get());
    }
    TypeData {
        name: PyCell::new(name.to_string()),
        qualname: PyCell::new(name.to_string()),
        bases: PyCell::new(base.into_iter().cloned().collect()),
        base: PyCell::new(base.cloned()),
        mro_tail: PyCell::new(mro_tail),
        dict,
        payload_id: TypeId::of::<T>(),
        dealloc: dealloc_payload::<T>,
        slots: PyCell::new(slots),
        heap_type: false,
        has_dict: false,
        base_type,
        finalizer: Cell::new(false),
        version: Cell::new(1),
        subclasses: PyCell::new(Vec::new()),
        slot_count: 0,
        has_weakref: false,
        self_bits: Cell::new(0),
    }
}

/// Applies the macro `$m` to the names of the single-function fields of `Slots` (all but
/// `new` and the number-slot arrays), so that slot-copying code lists them once.
macro_rules! with_slot_fields {
    ($m:ident) => {
        $m!(
            repr,
            str,
            hash,
            richcompare,
            getattro,
            setattro,
            call,
            iter,
            next,
            descr_get,
            descr_set,
            neg,
            pos,
            invert,
            abs,
            bool,
            index,
            int,
            float,
            len,
            getitem,
            setitem,
            contains,
            init
        )
    };
}

/// Fills every unset slot of `slots` from `base`.
pub fn inherit_slots(slots: &mut Slots, base: &Slots) {
    macro_rules! inherit {
        ($($f:ident),*) => { $( if slots.$f.is_none() { slots.$f = base.$f; } )* };
    }
    with_slot_fields!(inherit);
    if slots.new.is_none() {
        slots.new = base.new;
    }
    for i in 0..slots.nb.len() {
        if slots.nb[i].is_none() {
            slots.nb[i] = base.nb[i];
        }
        if slots.nb_inplace[i].is_none() {
            slots.nb_inplace[i] = base.nb_inplace[i];
        }
    }
}

/// Fills `slots`' empty entries with those `t` defines itself, that is, differ from its
/// base's (CPython's `SLOTDEFINED` rule, applied along a new class's MRO).
pub fn inherit_defined_slots(slots: &mut Slots, t: &ObjRef) {
    let own = *type_data(t).slots();
    let base = type_data(t).base.get().map(|b| *type_data(&b).slots());
    let base = base.unwrap_or_default();
    macro_rules! defined {
        ($($f:ident),*) => { $(
            if slots.$f.is_none() && own.$f.map(|f| f as usize) != base.$f.map(|f| f as usize) {
                slots.$f = own.$f;
            }
        )* };
    }
    with_slot_fields!(defined);
    for i in 0..slots.nb.len() {
        if slots.nb[i].is_none() && own.nb[i].map(|f| f as usize) != base.nb[i].map(|f| f as usize)
        {
            slots.nb[i] = own.nb[i];
        }
        if slots.nb_inplace[i].is_none()
            && own.nb_inplace[i].map(|f| f as usize) != base.nb_inplace[i].map(|f| f as usize)
        {
            slots.nb_inplace[i] = own.nb_inplace[i];
        }
    }
}

/// The payload of a type object. Panics if `ty` is not a type (callers check first).
#[inline(always)]
pub fn type_data(ty: &ObjRef) -> &TypeData {
    match ty.downcast::<TypeData>() {
        Some(t) => t,
        None => unreachable_type(),
    }
}

#[cold]
fn unreachable_type() -> ! {
    panic!("internal error: expected a type object")
}

fn empty_dict_obj(dict_type: Option<&ObjRef>) -> ObjRef {
    match dict_type {
        Some(t) => alloc(t, DictData(PyCell::new(Table::new()))),
        None => alloc_untyped(DictData(PyCell::new(Table::new()))),
    }
}

/// Makes a builtin type with payload `T`.
pub fn make_builtin_type<T: 'static>(
    name: &str,
    base: &ObjRef,
    slots: Slots,
    base_type: bool,
) -> ObjRef {
    let t = types_in_progress();
    let dict = empty_dict_obj(Some(&t.dict));
    let data = new_type_data::<T>(name, dict, Some(base), slots, base_type);
    let ty = alloc(&t.type_, data);
    ty.make_immortal();
    type_data(&ty).self_bits.set(ty.as_value().bits());
    CREATED.with(|c| c.borrow_mut().push(ty.clone()));
    ty
}

thread_local! {
    static CREATED: std::cell::RefCell<Vec<ObjRef>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `T.__new__(cls, *args)` for a builtin type `T` (bound as `__self__`): calls `T`'s native
/// constructor slot for the subtype `cls`.
fn tp_new_wrapper(ts: &ThreadState, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (Some(owner), Some(cls)) = (args.first(), args.get(1)) else {
        return Err(ts.type_error("__new__(): not enough arguments"));
    };
    let owner = owner
        .as_obj()
        .filter(|o| o.is::<TypeData>())
        .cloned()
        .ok_or_else(|| ts.type_error("__new__ owner"))?;
    let Some(cls) = cls.as_obj().filter(|o| o.is::<TypeData>()).cloned() else {
        return Err(ts.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            type_data(&owner).name(),
            crate::protocol::type_name(cls)
        )));
    };
    if !crate::protocol::is_subtype(&cls, &owner) {
        return Err(ts.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            type_data(&owner).name(),
            type_data(&cls).name(),
            type_data(&cls).name(),
            type_data(&owner).name()
        )));
    }
    // CPython's "is not safe" check: the nearest builtin base of `cls` must construct
    // instances the way `owner` does.
    if let Some(static_base) = crate::protocol::mro(&cls)
        .into_iter()
        .find(|t| !type_data(t).heap_type)
    {
        let f = |t: &ObjRef| type_data(t).slots().new.map(|f| f as usize);
        if f(&static_base) != f(&owner) {
            return Err(ts.type_error(format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                type_data(&owner).name(),
                type_data(&cls).name(),
                type_data(&static_base).name()
            )));
        }
    }
    match type_data(&owner).slots().new {
        Some(new) => new(ts, &cls, &args[2..], kwnames),
        None => Err(ts.type_error(format!(
            "cannot create '{}' instances",
            type_data(&owner).name()
        ))),
    }
}

/// Re-inherits slots down the builtin hierarchy after every type's own slots are installed
/// (types are created base-first, before any slots are set).
pub fn finish_inheritance() {
    let all = CREATED.with(|c| c.borrow().clone());
    let t = types();
    let mut own_new = vec![t.type_.clone()];
    let mut own_init = vec![t.object.clone(), t.type_.clone()];
    for ty in &all {
        let td = type_data(ty);
        let base_new = td
            .base
            .get()
            .and_then(|b| type_data(&b).slots().new)
            .map(|f| f as usize);
        if td.slots().new.is_some_and(|f| Some(f as usize) != base_new) {
            own_new.push(ty.clone());
        }
        let base_init = td
            .base
            .get()
            .and_then(|b| type_data(&b).slots().init)
            .map(|f| f as usize);
        if td
            .slots()
            .init
            .is_some_and(|f| Some(f as usize) != base_init)
        {
            own_init.push(ty.clone());
        }
    }
    for ty in &all {
        crate::builtins::function::add_slot_wrappers(ty);
        // Builtin types are registered as their base's subclasses (`int.__subclasses__()`).
        if let Some(b) = type_data(ty).base.get() {
            type_data(&b)
                .subclasses
                .with_mut(|s| s.push(ty.as_ptr() as usize));
        }
    }
    // `type` is made before the registry records types: its `__call__` (what a
    // metaclass's `super().__call__(...)` finds) is added here.
    if crate::protocol::dict_get_str(&type_data(&t.type_).dict, "__call__").is_none() {
        crate::builtins::function::add_slot_wrapper(&t.type_, "__call__");
    }
    for ty in own_init {
        if crate::protocol::dict_get_str(&type_data(&ty).dict, "__init__").is_none() {
            let w = crate::builtins::function::new_init_wrapper(&ty);
            dict_set_str(&type_data(&ty).dict, "__init__", w);
        }
    }
    for ty in all {
        let td = type_data(&ty);
        if let Some(b) = td.base.get() {
            let bs = *type_data(&b).slots();
            td.slots.with_mut(|s| inherit_slots(s, &bs));
        }
    }
    for ty in CREATED.with(|c| c.borrow().clone()) {
        let td = type_data(&ty);
        if crate::protocol::dict_get_str(&td.dict, "__hash__").is_some_and(|h| h.is_none()) {
            td.slots.with_mut(|s| s.hash = None);
        }
    }
    for ty in own_new {
        add_new_wrapper(&ty);
    }
}

/// Puts `ty.__new__` (a builtin function calling the type's `new` slot) into its dict
/// unless the dict has one.
pub fn add_new_wrapper(ty: &ObjRef) {
    if crate::protocol::dict_get_str(&type_data(ty).dict, "__new__").is_some() {
        return;
    }
    let f = alloc(
        &types().builtin_function,
        crate::object::function::BuiltinFunctionData {
            name: "__new__",
            func: tp_new_wrapper,
            self_: ty.clone().into_value(),
            module: None,
            doc: None,
            arity: None,
        },
    );
    dict_set_str(&type_data(ty).dict, "__new__", f.into_value());
}

/// Finishes a builtin type made after bootstrap (by a native module) once its slots are set:
/// slot wrappers (`__iter__`, ...), `__init__` when it has an init slot, and `__new__`.
pub fn finish_runtime_type(ty: &ObjRef) {
    crate::builtins::function::add_slot_wrappers(ty);
    let td = type_data(ty);
    if td.slots().init.is_some() && crate::protocol::dict_get_str(&td.dict, "__init__").is_none() {
        let w = crate::builtins::function::new_init_wrapper(ty);
        dict_set_str(&td.dict, "__init__", w);
    }
    if td.slots().new.is_some() {
        add_new_wrapper(ty);
    }
}

thread_local! {
    static BOOT: Cell<Option<&'static Boot>> = const { Cell::new(None) };
}

struct Boot {
    type_: ObjRef,
    dict: ObjRef,
}

fn types_in_progress() -> &'static Boot {
    match BOOT.with(Cell::get) {
        Some(b) => b,
        None => panic!("internal error: type bootstrap state missing"),
    }
}

fn bootstrap() -> Types {
    use crate::object::containers::*;
    use crate::object::float::FloatData;
    use crate::object::function::*;
    use crate::object::int::IntData;
    use crate::object::misc::*;
    use crate::object::str::StrData;
    // type, object and dict refer to each other: build them untyped, then patch.
    let object_dict = empty_dict_obj(None);
    let object = alloc_untyped(new_type_data::<ObjectData>(
        "object",
        object_dict.clone(),
        None,
        Slots::default(),
        true,
    ));
    let type_dict = empty_dict_obj(None);
    let type_ = alloc_untyped(new_type_data::<TypeData>(
        "type",
        type_dict.clone(),
        Some(&object),
        Slots::default(),
        true,
    ));
    let dict_dict = empty_dict_obj(None);
    let dict = alloc_untyped(new_type_data::<DictData>(
        "dict",
        dict_dict.clone(),
        Some(&object),
        Slots::default(),
        true,
    ));
    for t in [&object, &type_, &dict] {
        set_initial_type(t, &type_);
        t.make_immortal();
        type_data(t).self_bits.set(t.as_value().bits());
    }
    for d in [&object_dict, &type_dict, &dict_dict] {
        set_initial_type(d, &dict);
    }
    let boot: &'static Boot = Box::leak(Box::new(Boot {
        type_: type_.clone(),
        dict: dict.clone(),
    }));
    BOOT.with(|b| b.set(Some(boot)));

    let mk = |name: &str, base: &ObjRef, base_type: bool| -> ObjRef {
        make_builtin_type::<ObjectData>(name, base, Slots::default(), base_type)
    };
    macro_rules! ty {
        ($payload:ty, $name:expr) => {
            make_builtin_type::<$payload>($name, &object, Slots::default(), true)
        };
        ($payload:ty, $name:expr, final) => {
            make_builtin_type::<$payload>($name, &object, Slots::default(), false)
        };
    }
    let int = ty!(IntData, "int");
    let bool_ = make_builtin_type::<IntData>("bool", &int, Slots::default(), false);
    let tuple = ty!(TupleData, "tuple");
    let empty_tuple = alloc(&tuple, TupleData(Box::new([])));
    empty_tuple.make_immortal();
    let base_exception = ty!(ExceptionData, "BaseException");
    let mut exceptions = HashMap::new();
    let mut exc = |name: &'static str, base: &ObjRef| -> ObjRef {
        let t = make_builtin_type::<ExceptionData>(name, base, Slots::default(), true);
        exceptions.insert(name, t.clone());
        t
    };
    let exception = exc("Exception", &base_exception);
    let arithmetic_error = exc("ArithmeticError", &exception);
    let lookup_error = exc("LookupError", &exception);
    let name_error = exc("NameError", &exception);
    let os_error = exc("OSError", &exception);
    let import_error = exc("ImportError", &exception);
    let runtime_error = exc("RuntimeError", &exception);
    let syntax_error = exc("SyntaxError", &exception);
    let value_error = exc("ValueError", &exception);
    let unicode_error = exc("UnicodeError", &value_error);
    let indentation_error = exc("IndentationError", &syntax_error);
    let base_exception_group = exc("BaseExceptionGroup", &base_exception);
    let t = Types {
        type_error: exc("TypeError", &exception),
        attribute_error: exc("AttributeError", &exception),
        unbound_local_error: exc("UnboundLocalError", &name_error),
        key_error: exc("KeyError", &lookup_error),
        index_error: exc("IndexError", &lookup_error),
        stop_iteration: exc("StopIteration", &exception),
        stop_async_iteration: exc("StopAsyncIteration", &exception),
        zero_division_error: exc("ZeroDivisionError", &arithmetic_error),
        overflow_error: exc("OverflowError", &arithmetic_error),
        recursion_error: exc("RecursionError", &runtime_error),
        not_implemented_error: exc("NotImplementedError", &runtime_error),
        assertion_error: exc("AssertionError", &exception),
        module_not_found_error: exc("ModuleNotFoundError", &import_error),
        system_exit: exc("SystemExit", &base_exception),
        keyboard_interrupt: exc("KeyboardInterrupt", &base_exception),
        generator_exit: exc("GeneratorExit", &base_exception),
        tab_error: exc("TabError", &indentation_error),
        memory_error: exc("MemoryError", &exception),
        file_not_found_error: exc("FileNotFoundError", &os_error),
        eof_error: exc("EOFError", &exception),
        unicode_decode_error: exc("UnicodeDecodeError", &unicode_error),
        unicode_encode_error: exc("UnicodeEncodeError", &unicode_error),
        base_exception_group: base_exception_group.clone(),
        exception_group: exc("ExceptionGroup", &base_exception_group),
        float: ty!(FloatData, "float"),
        complex: ty!(crate::object::complex::ComplexData, "complex"),
        str: ty!(StrData, "str"),
        bytes: ty!(BytesData, "bytes"),
        bytearray: ty!(ByteArrayData, "bytearray"),
        list: ty!(ListData, "list"),
        set: ty!(SetData, "set"),
        frozenset: ty!(SetData, "frozenset"),
        range: ty!(RangeData, "range", final),
        slice: ty!(SliceData, "slice", final),
        none_type: mk("NoneType", &object, false),
        not_implemented_type: mk("NotImplementedType", &object, false),
        ellipsis_type: mk("ellipsis", &object, false),
        function: ty!(FunctionData, "function", final),
        method: ty!(MethodData, "method", final),
        builtin_function: ty!(BuiltinFunctionData, "builtin_function_or_method", final),
        method_descr: ty!(MethodDescrData, "method_descriptor", final),
        classmethod_descr: ty!(MethodDescrData, "classmethod_descriptor", final),
        getset_descr: ty!(GetSetDescrData, "getset_descriptor", final),
        member_descr: ty!(
            crate::object::member::MemberDescrData,
            "member_descriptor",
            final
        ),
        staticmethod: ty!(StaticMethodData, "staticmethod"),
        classmethod: ty!(ClassMethodData, "classmethod"),
        property: ty!(PropertyData, "property"),
        cell: ty!(CellData, "cell", final),
        code: ty!(CodeData, "code", final),
        module: ty!(ModuleData, "module"),
        super_: ty!(SuperData, "super"),
        generator: ty!(crate::generator::GenData, "generator", final),
        coroutine: ty!(crate::generator::GenData, "coroutine", final),
        async_generator: ty!(crate::generator::GenData, "async_generator", final),
        async_generator_asend: ty!(
            crate::asyncgen::AwaitableData,
            "async_generator_asend",
            final
        ),
        async_generator_athrow: ty!(
            crate::asyncgen::AwaitableData,
            "async_generator_athrow",
            final
        ),
        async_generator_wrapped_value: ty!(
            crate::asyncgen::WrappedValue,
            "async_generator_wrapped_value",
            final
        ),
        coroutine_wrapper: ty!(crate::asyncgen::AwaitableData, "coroutine_wrapper", final),
        anext_awaitable: ty!(crate::asyncgen::AwaitableData, "anext_awaitable", final),
        frame: ty!(FrameData, "frame", final),
        traceback: ty!(TracebackData, "traceback", final),
        native_iter: ty!(crate::object::iter::NativeIterData, "iterator", final),
        list_iterator: ty!(crate::object::iter::NativeIterData, "list_iterator", final),
        tuple_iterator: ty!(crate::object::iter::NativeIterData, "tuple_iterator", final),
        range_iterator: ty!(crate::object::iter::NativeIterData, "range_iterator", final),
        str_iterator: ty!(
            crate::object::iter::NativeIterData,
            "str_ascii_iterator",
            final
        ),
        dict_keyiterator: ty!(
            crate::object::iter::NativeIterData,
            "dict_keyiterator",
            final
        ),
        dict_valueiterator: ty!(
            crate::object::iter::NativeIterData,
            "dict_valueiterator",
            final
        ),
        dict_itemiterator: ty!(
            crate::object::iter::NativeIterData,
            "dict_itemiterator",
            final
        ),
        set_iterator: ty!(crate::object::iter::NativeIterData, "set_iterator", final),
        seq_iterator: ty!(crate::object::iter::NativeIterData, "iterator", final),
        callable_iterator: ty!(
            crate::object::iter::NativeIterData,
            "callable_iterator",
            final
        ),
        enumerate: ty!(crate::object::iter::NativeIterData, "enumerate"),
        zip: ty!(crate::object::iter::NativeIterData, "zip"),
        map: ty!(crate::object::iter::NativeIterData, "map"),
        filter: ty!(crate::object::iter::NativeIterData, "filter"),
        reversed: ty!(crate::object::iter::NativeIterData, "reversed"),
        generic_alias: ty!(GenericAliasData, "GenericAlias"),
        slot_wrapper: ty!(SlotWrapperData, "wrapper_descriptor", final),
        dict_keys: ty!(crate::object::iter::DictViewData, "dict_keys", final),
        dict_values: ty!(crate::object::iter::DictViewData, "dict_values", final),
        dict_items: ty!(crate::object::iter::DictViewData, "dict_items", final),
        mappingproxy: ty!(crate::object::iter::MappingProxyData, "mappingproxy", final),
        simple_namespace: ty!(ObjectData, "SimpleNamespace"),
        weakref: ty!(crate::object::weakref::WeakRefData, "ReferenceType"),
        memoryview: ty!(
            crate::builtins::memoryview::MemoryViewData,
            "memoryview",
            final
        ),
        thread_lock: ty!(crate::builtins::thread::LockData, "lock", final),
        stat_result: ty!(ObjectData, "stat_result", final),
        deque: ty!(crate::builtins::collections::DequeData, "deque"),
        defaultdict: make_builtin_type::<DictData>("defaultdict", &dict, Slots::default(), true),
        thread_rlock: ty!(crate::builtins::thread::LockData, "RLock"),
        weakproxy: ty!(crate::object::weakref::WeakRefData, "ProxyType", final),
        weakcallableproxy: ty!(
            crate::object::weakref::WeakRefData,
            "CallableProxyType",
            final
        ),
        io_text_wrapper: ty!(crate::object::iter::FileData, "TextIOWrapper"),
        io_file: ty!(crate::object::iter::FileData, "BufferedReader"),
        exception,
        arithmetic_error,
        lookup_error,
        name_error,
        os_error,
        import_error,
        runtime_error,
        syntax_error,
        value_error,
        unicode_error,
        indentation_error,
        base_exception,
        int,
        bool: bool_,
        tuple,
        empty_tuple,
        object,
        type_,
        dict,
        exceptions: HashMap::new(),
    };
    let mut t = t;
    t.exceptions = exceptions;
    t.exceptions
        .insert("BaseException", t.base_exception.clone());
    t
}

/// Adds native methods to a builtin type's dict.
pub fn add_methods(ty: &ObjRef, methods: &[(&'static str, NativeFn)]) {
    let t = types();
    let rows = crate::method_arity::rows_of(&type_data(ty).name());
    for (name, func) in methods {
        let descr = alloc(
            &t.method_descr,
            MethodDescrData {
                name,
                func: *func,
                owner: ty.clone(),
                class_method: false,
                static_method: false,
                arity: crate::method_arity::lookup_in(rows, name),
            },
        );
        dict_set_str(&type_data(ty).dict, name, descr.into_value());
    }
}

/// Adds native class methods (`dict.fromkeys`) or static methods to a builtin type's dict.
pub fn add_class_methods(ty: &ObjRef, methods: &[(&'static str, NativeFn)], static_method: bool) {
    let t = types();
    for (name, func) in methods {
        let descr = alloc(
            &t.classmethod_descr,
            MethodDescrData {
                name,
                func: *func,
                owner: ty.clone(),
                class_method: !static_method,
                static_method,
                arity: None,
            },
        );
        dict_set_str(&type_data(ty).dict, name, descr.into_value());
    }
}

/// A getter of a builtin attribute.
pub type Getter = fn(&ThreadState, &Value) -> PyResult<Value>;
/// A setter of a builtin attribute (`None` deletes).
pub type Setter = fn(&ThreadState, &Value, Option<Value>) -> PyResult<()>;

/// Adds attribute descriptors to a builtin type's dict.
pub fn add_getsets(ty: &ObjRef, getsets: &[(&'static str, Getter, Option<Setter>)]) {
    let t = types();
    for (name, get, set) in getsets {
        let descr = alloc(
            &t.getset_descr,
            GetSetDescrData {
                name,
                get: *get,
                set: *set,
                owner: ty.clone(),
            },
        );
        dict_set_str(&type_data(ty).dict, name, descr.into_value());
    }
}

/// Sets `dict[name] = value` for a str key without running Python code (used while
/// building types and modules; keys are interned strs).
pub fn dict_set_str(dict: &ObjRef, name: &str, value: Value) {
    crate::protocol::invalidate_type_cache();
    let key = crate::object::str::intern(name);
    let Some(d) = dict.downcast::<DictData>() else {
        return;
    };
    let hash = crate::object::str::as_str_data(key.as_value()).map_or(0, |s| s.hash());
    let old = d.0.with_mut(|t| {
        let found = t.probe(hash, |e| crate::object::str::as_str(&e.key) == Some(name));
        match found {
            crate::object::table::Probe::Found(ix) => t.entries[ix]
                .as_mut()
                .map(|e| std::mem::replace(&mut e.value, value)),
            crate::object::table::Probe::Missing => {
                t.push(hash, key.into_value(), value);
                None
            }
        }
    });
    drop(old);
}

/// The type object of any value (borrowed; inline values map to immortal builtin types).
#[inline(always)]
pub fn type_of(v: &Value) -> &ObjRef {
    let t = types();
    if v.is_float() {
        return &t.float;
    }
    if v.is_small_int() {
        return &t.int;
    }
    if let Some(o) = v.as_obj() {
        let ptr = o.header().type_ptr();
        // SAFETY: an object's type pointer is a live type object that outlives `v` (the object
        // owns a reference to it). `ObjRef` has the same representation as a tagged pointer,
        // so we view the type-pointer field through a per-thread scratch slot instead of
        // reinterpreting memory: see `type_ref_of`.
        return type_ref_slot(ptr);
    }
    match v.as_special() {
        Some(Special::None) => &t.none_type,
        Some(Special::True | Special::False) => &t.bool,
        Some(Special::NotImplemented) => &t.not_implemented_type,
        Some(Special::Ellipsis) => &t.ellipsis_type,
        _ => &t.none_type,
    }
}

/// Returns a reference to an `ObjRef` for a type pointer. Type objects store a self-view of
/// their own tagged pointer (`TypeData::self_ref`) so that borrowing is free.
fn type_ref_slot(ptr: *mut crate::object::ObjHeader) -> &'static ObjRef {
    // SAFETY: every type object is a `PyObj<TypeData>`; its `self_view` field holds its own
    // tagged bits without owning a reference, and lives as long as the type. Callers only use
    // the reference while the instance (which keeps the type alive) is borrowed.
    unsafe {
        let ty = &*(ptr as *const crate::object::TypeObj);
        &*(ty.data.self_view() as *const ObjRef)
    }
}
