//! Which generator bodies compile lazily (`compile::generator`): every `yield` must sit
//! where the body can stop and resume. The few shapes that cannot (see `hoistable`) fall
//! back to the eager generator of `runtime::iter`.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{ExceptHandler, Expr, Stmt};

/// Whether a statement contains a `yield` (outside nested functions).
pub(super) fn has_yield(s: &Stmt) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            if !self.0 {
                self.0 = expr_has_yield(e);
            }
        }
    }
    let mut f = Finder(false);
    f.visit_stmt(s);
    f.0
}

/// Whether an expression contains a `yield` (outside lambdas).
pub(super) fn expr_has_yield(e: &Expr) -> bool {
    let mut found = false;
    each_yield(e, &mut |_| found = true);
    found
}

/// Calls `f` with each outermost `yield`/`yield from` of `e`, in evaluation order.
pub(super) fn each_yield<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    struct Each<'f, 'a>(&'f mut dyn FnMut(&'a Expr));
    impl<'a> Visitor<'a> for Each<'_, 'a> {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => (self.0)(e),
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    Each(f).visit_expr(e);
}

/// Whether `compile::gen_lower` can run the `yield`s of `e` in CPython's order: all but
/// one in a comprehension (a `SyntaxError` in CPython) or in a later link of a chained
/// comparison (`a < b < (yield)`, evaluated only when `a < b`).
fn hoistable(e: &Expr) -> bool {
    struct Check(bool);
    impl<'a> Visitor<'a> for Check {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Compare(c) if c.comparators.iter().skip(1).any(expr_has_yield) => {
                    self.0 = false
                }
                Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_)
                    if expr_has_yield(e) =>
                {
                    self.0 = false
                }
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut c = Check(true);
    c.visit_expr(e);
    c.0
}

/// Whether every `yield` in `body` sits where the lazy compiler can resume from.
pub(crate) fn lazy_supported(body: &[Stmt]) -> bool {
    body.iter().all(|s| !has_yield(s) || stmt_supported(s))
}

fn stmt_supported(s: &Stmt) -> bool {
    let no_yield = |e: &Expr| !expr_has_yield(e);
    match s {
        Stmt::Expr(e) => hoistable(&e.value),
        Stmt::Assign(a) => hoistable(&a.value) && a.targets.iter().all(no_yield),
        Stmt::AugAssign(a) => hoistable(&a.value) && no_yield(&a.target),
        Stmt::AnnAssign(a) => a.value.as_deref().is_some_and(hoistable) && no_yield(&a.target),
        Stmt::Return(r) => r.value.as_deref().is_none_or(hoistable),
        Stmt::If(i) => {
            hoistable(&i.test)
                && lazy_supported(&i.body)
                && i.elif_else_clauses
                    .iter()
                    .all(|c| c.test.as_ref().is_none_or(hoistable) && lazy_supported(&c.body))
        }
        Stmt::While(w) => {
            hoistable(&w.test) && lazy_supported(&w.body) && lazy_supported(&w.orelse)
        }
        Stmt::For(f) => {
            !f.is_async
                && hoistable(&f.iter)
                && no_yield(&f.target)
                && lazy_supported(&f.body)
                && lazy_supported(&f.orelse)
        }
        Stmt::With(w) => {
            !w.is_async
                && w.items.iter().all(|item| {
                    hoistable(&item.context_expr)
                        && item.optional_vars.as_deref().is_none_or(no_yield)
                })
                && lazy_supported(&w.body)
        }
        Stmt::Try(t) => {
            !t.is_star
                && t.handlers.iter().all(|h| {
                    let ExceptHandler::ExceptHandler(h) = h;
                    h.type_.as_deref().is_none_or(no_yield) && lazy_supported(&h.body)
                })
                && [&t.body, &t.orelse, &t.finalbody]
                    .iter()
                    .all(|b| lazy_supported(b))
        }
        Stmt::Match(m) => {
            hoistable(&m.subject)
                && m.cases
                    .iter()
                    .all(|c| c.guard.as_deref().is_none_or(no_yield) && lazy_supported(&c.body))
        }
        _ => false,
    }
}
