//! The interpreter: globals, modules, budgets, and the entry points native code uses.

use crate::compile;
use crate::diagnostic::Diagnostic;
use crate::exceptions::STEP_BUDGET;
use crate::native::Module;
use crate::runtime::function::{add_frame, Source};
use crate::{Args, Config, Host};
use runnel_core::{Error, Result, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Deepest Python call nesting, as CPython's default recursion limit.
const MAX_DEPTH: u32 = 1000;
/// Rust stack a program may use below the outermost entry point. wasm32's default stack
/// is 1 MiB in total, native threads have at least 2 MiB (test threads) or 8 MiB (main).
/// A release build uses about 2 KiB of Rust stack per Python call (a debug build about
/// 9 KiB), so the defaults allow roughly 600 (native) and 250 (wasm) nested calls; hosts
/// running on a bigger stack raise it with [`Interpreter::set_stack_limit`].
#[cfg(target_arch = "wasm32")]
const STACK_LIMIT: usize = 600 * 1024;
#[cfg(not(target_arch = "wasm32"))]
const STACK_LIMIT: usize = 1400 * 1024;

/// A Python interpreter for one program. Single-threaded; every method takes `&self` so
/// native code may call back into Python while Python code is running (re-entrancy).
pub struct Interpreter {
    pub(crate) config: Config,
    pub(crate) host: Rc<dyn Host>,
    /// Module globals by slot (slots are fixed at compile time).
    pub(crate) globals: RefCell<Vec<Option<Value>>>,
    pub(crate) global_slots: RefCell<HashMap<String, usize>>,
    pub(crate) global_names: RefCell<Vec<Rc<str>>>,
    pub(crate) modules: RefCell<HashMap<String, Value>>,
    /// Modules this build leaves out (Cargo features): importing one says it needs
    /// Runnel's full engine.
    pub(crate) full_engine_modules: RefCell<Vec<String>>,
    pub(crate) builtins: HashMap<&'static str, Value>,
    steps: Cell<u64>,
    depth: Cell<u32>,
    /// The core's `==` nesting when the innermost Python call began.
    eq_depth_at_call: Cell<u32>,
    /// Stack address at the outermost entry (0 when not running).
    stack_base: Cell<usize>,
    print_to_stderr: Cell<bool>,
    stack_limit: Cell<usize>,
    /// `sys.getrecursionlimit()`: CPython's 1000 unless the program set another.
    recursion_limit: Cell<u32>,
    /// The line of the module-level statement running (0 before the first).
    pub(crate) module_line: Cell<u32>,
    /// This interpreter, for native code that must keep it (see [`Interpreter::rc`]).
    self_ref: std::rc::Weak<Interpreter>,
    /// The program's compiled functions, which other interpreters that loaded the same
    /// program know by index (see [`crate::portable`]).
    pub(crate) program: RefCell<Option<crate::portable::Program>>,
    /// The program's classes by definition index, as the latest class statement (or a
    /// revived copy from another interpreter) made them.
    pub(crate) classes: RefCell<HashMap<usize, Value>>,
    /// Exception instances raised lately (type, message, instance): the `Error` that
    /// carries a raise holds only text, so `except` finds the instance here.
    pub(crate) raised: RefCell<Vec<(String, String, Value)>>,
    /// The exceptions `except` clauses are handling now, innermost last, as
    /// `(class, value)` for `sys.exc_info()`.
    pub(crate) handled: RefCell<Vec<(Value, Value)>>,
    /// Generators dropped while suspended in a `try`/`with`, to close at the next safe
    /// point (see `runtime::gen_close`).
    pub(crate) closing: crate::runtime::gen_close::Closing,
    /// The functions `abc.abstractmethod` marked (CPython sets `__isabstractmethod__`
    /// on them; Runnel's functions have no attribute dict).
    pub(crate) abstract_methods: RefCell<Vec<Value>>,
}

impl Interpreter {
    /// A fresh interpreter with the built-in functions and the standard modules
    /// (`math`, `operator`, `time`, `datetime`) registered.
    pub fn new(config: Config, host: Rc<dyn Host>) -> Rc<Interpreter> {
        let interp = Rc::new_cyclic(|self_ref| Interpreter {
            config,
            host,
            globals: RefCell::new(Vec::new()),
            global_slots: RefCell::new(HashMap::new()),
            global_names: RefCell::new(Vec::new()),
            modules: RefCell::new(HashMap::new()),
            full_engine_modules: RefCell::new(Vec::new()),
            builtins: crate::builtins::all(),
            steps: Cell::new(0),
            depth: Cell::new(0),
            eq_depth_at_call: Cell::new(0),
            stack_base: Cell::new(0),
            print_to_stderr: Cell::new(false),
            stack_limit: Cell::new(STACK_LIMIT),
            recursion_limit: Cell::new(MAX_DEPTH),
            module_line: Cell::new(0),
            self_ref: self_ref.clone(),
            program: RefCell::new(None),
            classes: RefCell::new(HashMap::new()),
            raised: RefCell::new(Vec::new()),
            handled: RefCell::new(Vec::new()),
            closing: Default::default(),
            abstract_methods: RefCell::new(Vec::new()),
        });
        crate::modules::register_all(&interp);
        interp.register_module("dataclasses", crate::runtime::dataclass::attrs());
        interp.set_global("__name__", Value::str("__main__"));
        interp
    }

    /// Registers a module importable as `dotted_name`; parent packages are created as
    /// needed so `import pyspark.streaming` and `from pyspark import X` both work.
    pub fn register_module(&self, dotted_name: &str, attrs: Vec<(&str, Value)>) {
        let module = Value::object(Module::new(dotted_name, attrs));
        let mut modules = self.modules.borrow_mut();
        // Keep attributes of submodules registered earlier.
        if let Some(old) = modules
            .get(dotted_name)
            .and_then(|m| m.downcast::<Module>())
        {
            if let (Some(new), Ok(old_attrs)) =
                (module.downcast::<Module>(), old.attrs.try_borrow())
            {
                for (k, v) in old_attrs.iter() {
                    if new.get(k).is_none() {
                        let _ = new.set(k, v.clone());
                    }
                }
            }
        }
        modules.insert(dotted_name.to_string(), module.clone());
        let mut child = module;
        let mut name = dotted_name;
        while let Some(dot) = name.rfind('.') {
            let (parent, last) = (&name[..dot], &name[dot + 1..]);
            let parent_mod = modules
                .entry(parent.to_string())
                .or_insert_with(|| Value::object(Module::new(parent, vec![])))
                .clone();
            if let Some(m) = parent_mod.downcast::<Module>() {
                let _ = m.set(last, child.clone());
            }
            child = parent_mod;
            name = parent;
        }
    }

    /// Sets a module-level global (`sc`, `ssc`, `createQUEUERDD`...).
    pub fn set_global(&self, name: &str, value: Value) {
        let slot = self.global_slot(name);
        if let Some(g) = self.globals.borrow_mut().get_mut(slot) {
            *g = Some(value);
        }
    }

    /// Every module-level global's value now, to put back with
    /// [`Interpreter::restore_globals`] (a task run on this thread revives its functions'
    /// globals over the driver's, as a worker's interpreter would).
    pub fn globals_snapshot(&self) -> Vec<Option<Value>> {
        self.globals.borrow().clone()
    }

    /// Puts back the globals of a [`Interpreter::globals_snapshot`]; names bound since are
    /// unbound again.
    pub fn restore_globals(&self, snapshot: Vec<Option<Value>>) {
        let mut globals = self.globals.borrow_mut();
        let n = globals.len().max(snapshot.len());
        *globals = snapshot;
        globals.resize(n, None);
    }

    /// A builtin by name (`int`, `len`...), whatever the program's globals shadow.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get(name).cloned()
    }

    /// A module-level global's current value.
    pub fn get_global(&self, name: &str) -> Option<Value> {
        let slot = *self.global_slots.borrow().get(name)?;
        self.globals.borrow().get(slot).cloned().flatten()
    }

    /// The line of the module-level statement running now (or last run), so native code
    /// called from it (a DStream method) knows which program line made what.
    pub fn module_line(&self) -> Option<u32> {
        Some(self.module_line.get()).filter(|l| *l > 0)
    }

    /// Every module-level global that has a value, by name.
    pub fn globals(&self) -> Vec<(String, Value)> {
        let names = self.global_names.borrow();
        let values = self.globals.borrow();
        names
            .iter()
            .zip(values.iter())
            .filter_map(|(n, v)| Some((n.to_string(), v.clone()?)))
            .collect()
    }

    /// Compiles and runs a whole program as `__main__`. `sys.exit()` and `sys.exit(0)`
    /// end it with `Ok`; any other uncaught exception (including `SystemExit` with another
    /// code) is a [`Diagnostic::Runtime`].
    pub fn run_module(&self, source: &str) -> std::result::Result<(), Diagnostic> {
        let src = Rc::new(Source::new(&self.config.filename, source));
        let module =
            compile::compile_module(self, source, src.clone()).map_err(Diagnostic::Compile)?;
        self.program
            .borrow_mut()
            .get_or_insert_with(|| crate::portable::Program::new(&src, &module.codes));
        let entry = self.enter();
        let result = match module.run(self) {
            // `sys.exit()` / `sys.exit(0)` end the program successfully, as in CPython.
            Err((e, _))
                if e.exc_type == "SystemExit" && (e.message.is_empty() || e.message == "0") =>
            {
                Ok(())
            }
            other => other,
        };
        // CPython's shutdown closes the generators left suspended in a `try`/`with`.
        if !matches!(&result, Err((e, _)) if e.exc_type == crate::exceptions::STEP_BUDGET) {
            self.close_at_exit();
        }
        self.leave(entry);
        result.map_err(|(e, line)| Diagnostic::Runtime(add_frame(e, &src, line, "<module>")))
    }

    /// Compiles a program without running it, so that functions frozen by an interpreter
    /// that runs it can be revived here (a native host's worker threads).
    pub fn load_program(&self, source: &str) -> std::result::Result<(), Diagnostic> {
        let src = Rc::new(Source::new(&self.config.filename, source));
        let module =
            compile::compile_module(self, source, src.clone()).map_err(Diagnostic::Compile)?;
        *self.program.borrow_mut() = Some(crate::portable::Program::new(&src, &module.codes));
        Ok(())
    }

    /// Compiles a program without running it (syntax and unsupported-construct check).
    pub fn check(&self, source: &str) -> std::result::Result<(), Diagnostic> {
        let src = Rc::new(Source::new(&self.config.filename, source));
        compile::compile_module(self, source, src)
            .map(|_| ())
            .map_err(Diagnostic::Compile)
    }

    /// `obj.name(args)`: a method call from native code (e.g. `rdd.collect()`).
    pub fn call_method(&self, obj: &Value, name: &str, args: Args) -> Result<Value> {
        crate::methods::call_method(self, obj, name, args)
    }

    /// Calls any callable (Python function, lambda, native function, class, bound method)
    /// from native code, with a fresh step budget.
    pub fn call(&self, callable: &Value, args: Args) -> Result<Value> {
        let entry = self.enter();
        let result = self.call_value(callable, args);
        self.leave(entry);
        result
    }

    /// Every item of any iterable (lists, tuples, strings, dict keys, sets, ranges,
    /// generators, iterators, objects whose `Object::iterate` is `Some`).
    pub fn iterate(&self, iterable: &Value) -> Result<Vec<Value>> {
        let entry = self.enter();
        let result = self.collect(iterable);
        self.leave(entry);
        result
    }

    /// The shape of a trivial lambda (`lambda a, b: a + b`, ...), which a host may compute
    /// natively; `None` for anything else.
    pub fn shape(&self, callable: &Value) -> Option<crate::Shape> {
        callable
            .downcast::<crate::runtime::function::Function>()?
            .code
            .shape
            .clone()
    }

    /// The number of positional parameters of a Python `def`/`lambda`
    /// (`func.__code__.co_argcount`); `None` for other callables.
    pub fn param_count(&self, callable: &Value) -> Option<usize> {
        callable
            .downcast::<crate::runtime::function::Function>()
            .map(|f| f.code.n_positional)
    }

    /// `obj.name` from native code, with the `AttributeError` Python raises (PySpark reads
    /// `func.__code__.co_argcount` of the functions it is given).
    pub fn get_attr(&self, obj: &Value, name: &str) -> Result<Value> {
        let entry = self.enter();
        let result = crate::methods::get_attr(self, obj, name);
        self.leave(entry);
        result
    }

    /// Whether `v` can be called (a function, lambda, native function, class, bound
    /// method or exception class): PySpark checks its arguments this way.
    pub fn is_callable(&self, v: &Value) -> bool {
        crate::builtins::is_callable(v)
    }

    /// The name of a Python function (`miFuncion`, `<lambda>`, `outer.<locals>.inner`) or
    /// native function, for messages about it.
    pub fn callable_name(&self, v: &Value) -> Option<String> {
        if let Some(f) = v.downcast::<crate::runtime::function::Function>() {
            return Some(f.code.qualname.to_string());
        }
        v.downcast::<crate::native::NativeFunction>()
            .map(|f| f.name.clone())
    }

    /// While on, `print()` writes to [`Host::stderr`] (code running "on executors").
    /// Returns the previous setting.
    pub fn set_print_to_stderr(&self, on: bool) -> bool {
        self.print_to_stderr.replace(on)
    }

    /// Whether code runs "on executors" now (while [`Self::set_print_to_stderr`] is on):
    /// in a task, where PySpark's functions see cloudpickle's copies of the program.
    pub(crate) fn on_executor(&self) -> bool {
        self.print_to_stderr.get()
    }

    /// Rust stack (bytes, below the outermost entry point) Python code may use before
    /// deep recursion raises `RecursionError` instead of overflowing the stack. Set it a
    /// little below the real stack size of the thread running the interpreter (for
    /// example 60 MiB on a thread spawned with 64 MiB, which allows CPython's depth of
    /// 1000). Returns the previous limit.
    pub fn set_stack_limit(&self, bytes: usize) -> usize {
        self.stack_limit.replace(bytes)
    }

    /// `sys.getrecursionlimit()`.
    pub(crate) fn recursion_limit(&self) -> u32 {
        self.recursion_limit.get()
    }

    /// `sys.setrecursionlimit(n)`, with CPython's checks. The Rust stack still bounds
    /// the depth: a program that raised the limit past what it holds gets a
    /// `RecursionError` saying so (see `enter_call`).
    pub(crate) fn set_recursion_limit(&self, n: i64) -> Result<()> {
        if n < 1 {
            return Err(Error::new(
                "ValueError",
                "recursion limit must be greater or equal than 1",
            ));
        }
        // CPython counts the module's frame and this call's.
        let depth = self.depth.get() as i64 + 2;
        if n <= depth {
            return Err(Error::new(
                "RecursionError",
                format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
            ));
        }
        self.recursion_limit.set(n.min(u32::MAX as i64) as u32);
        Ok(())
    }

    /// A counted handle to this interpreter, for native objects that call back into
    /// Python later (outside the call that created them). `None` only while it is
    /// being dropped.
    pub fn rc(&self) -> Option<Rc<Interpreter>> {
        self.self_ref.upgrade()
    }

    /// The host.
    pub fn host(&self) -> &Rc<dyn Host> {
        &self.host
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Writes `print()` output where it currently goes.
    pub(crate) fn write_out(&self, text: &str) {
        if self.print_to_stderr.get() {
            self.host.stderr(text)
        } else {
            self.host.stdout(text)
        }
    }

    /// The slot of a module global, allocated on first use.
    pub(crate) fn global_slot(&self, name: &str) -> usize {
        if let Some(&s) = self.global_slots.borrow().get(name) {
            return s;
        }
        let mut names = self.global_names.borrow_mut();
        let slot = names.len();
        names.push(Rc::from(name));
        self.global_slots
            .borrow_mut()
            .insert(name.to_string(), slot);
        self.globals.borrow_mut().push(None);
        slot
    }

    /// A weak handle on this interpreter, for objects that call back into it.
    pub(crate) fn self_weak(&self) -> std::rc::Weak<Interpreter> {
        self.self_ref.clone()
    }

    /// Whether a program or a call from native code is running now.
    pub(crate) fn is_running(&self) -> bool {
        self.stack_base.get() != 0
    }

    /// Counts one step against the budget.
    #[inline]
    pub(crate) fn tick(&self) -> Result<()> {
        let n = self.steps.get() + 1;
        self.steps.set(n);
        if n > self.config.step_budget {
            return Err(self.budget_error());
        }
        Ok(())
    }

    #[cold]
    fn budget_error(&self) -> Error {
        Error::new(
            STEP_BUDGET,
            format!(
                "the function ran more than {} steps (an endless loop?); raise the limit with --step-budget (stepBudget in JS)",
                self.config.step_budget
            ),
        )
    }

    /// Starts an entry from native code: a fresh step count, saving the outer one.
    fn enter(&self) -> (u64, bool) {
        let saved = self.steps.replace(0);
        let outermost = self.stack_base.get() == 0;
        if outermost {
            self.stack_base.set(stack_address());
        }
        (saved, outermost)
    }

    fn leave(&self, (saved, outermost): (u64, bool)) {
        self.steps.set(saved);
        if outermost {
            self.stack_base.set(0);
        }
    }

    /// Enters a Python call: checks recursion depth and Rust stack use.
    pub(crate) fn enter_call(&self) -> Result<CallGuard<'_>> {
        self.tick()?;
        let depth = self.depth.get() + 1;
        let base = self.stack_base.get();
        let used = base.saturating_sub(stack_address());
        let eq_depth = runnel_core::value::eq_depth();
        let limit = self.recursion_limit.get();
        let stack_full = base != 0 && used > self.stack_limit.get();
        if stack_full && depth < limit && limit > MAX_DEPTH {
            return Err(Error::new(
                "RecursionError",
                format!("maximum recursion depth exceeded: Runnel's stack holds {} nested calls here, fewer than sys.setrecursionlimit({limit}) allows", depth - 1),
            ));
        }
        // CPython's depth counts the module's frame too.
        if depth >= limit || stack_full {
            // CPython counts its comparisons' C recursion with the calls: the limit met
            // by an `__eq__` that a comparison called is "in comparison".
            let within = match eq_depth > self.eq_depth_at_call.get() {
                true => " in comparison",
                false => "",
            };
            return Err(Error::new(
                "RecursionError",
                format!("maximum recursion depth exceeded{within}"),
            ));
        }
        self.depth.set(depth);
        Ok(CallGuard(self, self.eq_depth_at_call.replace(eq_depth)))
    }
}

/// Leaves a Python call when dropped.
pub(crate) struct CallGuard<'a>(&'a Interpreter, u32);

impl Drop for CallGuard<'_> {
    fn drop(&mut self) {
        self.0.depth.set(self.0.depth.get().saturating_sub(1));
        self.0.eq_depth_at_call.set(self.1);
    }
}

/// The current stack address (stacks grow down on every target Runnel runs on).
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
