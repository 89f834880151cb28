//! The instructions a lazy generator's body compiles to (`compile::generator`), run by
//! `runtime::gen_step`.

use super::frame::{ExprFn, StmtFn, StoreFn};

/// One resumable step of a generator body.
pub(crate) enum Instr {
    /// A statement without `yield`; `Some(loop)` routes its break/continue to that loop.
    Stmt(StmtFn, Option<usize>),
    /// `yield value`, on a line; a value sent in goes to the local slot (`x = yield`).
    Yield(Option<ExprFn>, u32, Option<usize>),
    /// `yield from` the iterator at that depth: hands `next`/`send`/`throw` to it until it
    /// ends; its return value goes to the local slot (`r = yield from g()`).
    YieldFrom(usize, Option<usize>, u32),
    /// Jumps to the target unless the test is true.
    JumpUnless(ExprFn, usize, u32),
    Jump(usize),
    /// Starts a `for`: the iterator goes to the given depth of the iterator stack.
    GetIter(ExprFn, usize, u32),
    /// Stores the next item of the iterator at that depth, or jumps to the target.
    ForIter(usize, StoreFn, usize, u32),
    /// Enters a `try` with `except` clauses at the target.
    SetupExcept(usize),
    /// Enters a `try` whose `finally` clause is at the target (its `EnterFinally`).
    SetupFinally(usize),
    /// Enters a `with`: the manager's `__exit__` is kept in the local slot, `__enter__`'s
    /// value goes to the target; an exception `__exit__` swallows resumes at the index.
    SetupWith(ExprFn, Option<StoreFn>, usize, usize, u32),
    /// Leaves the innermost `try` block without an exception.
    PopBlock,
    /// Leaves the innermost `with` without an exception: `__exit__(None, None, None)`.
    ExitWith(u32),
    /// `except TYPE as NAME:` for the exception being handled: enters the clause when it
    /// matches, else jumps to the target (the next clause).
    ExceptMatch(Option<ExprFn>, Option<StoreFn>, usize, u32),
    /// The end of an `except` clause: the exception is handled.
    EndExcept,
    /// No `except` clause matched: the exception goes on.
    Reraise,
    /// The start of a `finally` clause reached without an exception or a `return`.
    EnterFinally,
    /// The end of a `finally` clause: what was under way (an exception, a `return`) goes on.
    EndFinally,
}

/// A loop of the body: where `break` and `continue` go, and the depths of the block,
/// handled-exception, `finally` and iterator stacks there (a `break` out of a `try` runs
/// its `finally` on the way).
#[derive(Clone, Copy, Default)]
pub(crate) struct LoopInfo {
    pub brk: usize,
    pub cont: usize,
    pub blocks: usize,
    pub handling: usize,
    pub finally: usize,
    /// Iterators left on a `break` (the loop's own is dropped) and on a `continue`.
    pub iters_brk: usize,
    pub iters_cont: usize,
}

/// A generator body compiled for lazy execution.
pub(crate) struct GenCode {
    pub instrs: Vec<Instr>,
    pub loops: Vec<LoopInfo>,
}
