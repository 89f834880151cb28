//! Scope analysis: which names a function assigns (its locals), declares `global` or
//! `nonlocal`, and which names nested functions use from outside (so the enclosing
//! function keeps those in cells).

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Parameters, Stmt};
use std::collections::HashSet;

/// What a function body binds and uses.
#[derive(Default)]
pub(crate) struct Analysis {
    /// Assigned names in first-assignment order (parameters first).
    pub locals: Vec<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Names nested functions use without binding them.
    pub captured: HashSet<String>,
    /// Every name this body loads.
    pub used: HashSet<String>,
    pub has_yield: bool,
}

impl Analysis {
    fn bind(&mut self, name: &str) {
        if !self.locals.iter().any(|l| l == name) {
            self.locals.push(name.to_string());
        }
    }

    /// The names this function takes from enclosing functions.
    pub fn free_names(&self) -> HashSet<String> {
        let mut free: HashSet<String> = self
            .used
            .iter()
            .chain(self.captured.iter())
            .cloned()
            .collect();
        free.extend(self.nonlocals.iter().cloned());
        free.retain(|n| {
            self.nonlocals.contains(n)
                || (!self.globals.contains(n) && !self.locals.iter().any(|l| l == n))
        });
        free
    }

    /// Local names excluding those declared `global`/`nonlocal`.
    pub fn true_locals(&self) -> Vec<String> {
        self.locals
            .iter()
            .filter(|n| !self.globals.contains(*n) && !self.nonlocals.contains(*n))
            .cloned()
            .collect()
    }
}

/// Parameter names in slot order: positional, `*args`, keyword-only, `**kwargs`.
pub(crate) fn param_names(params: &Parameters) -> Vec<String> {
    let mut names: Vec<String> = params
        .posonlyargs
        .iter()
        .chain(params.args.iter())
        .map(|p| p.name().id.to_string())
        .collect();
    names.extend(params.kwonlyargs.iter().map(|p| p.name().id.to_string()));
    if let Some(v) = &params.vararg {
        names.push(v.name.id.to_string());
    }
    if let Some(k) = &params.kwarg {
        names.push(k.name.id.to_string());
    }
    names
}

/// Analyses a `def` body (or a lambda's expression) with its parameters.
pub(crate) fn analyze(params: Option<&Parameters>, body: &[Stmt], expr: Option<&Expr>) -> Analysis {
    let mut a = Analysis::default();
    if let Some(p) = params {
        for n in param_names(p) {
            a.bind(&n);
        }
    }
    let mut v = ScopeVisitor { a };
    for s in body {
        v.visit_stmt(s);
    }
    if let Some(e) = expr {
        v.visit_expr(e);
    }
    v.a
}

/// The names a class body and its methods take from enclosing functions. Methods do not
/// see the class's own variables, so their free names are not filtered by them.
fn class_free(body: &[Stmt]) -> HashSet<String> {
    let a = analyze(None, body, None);
    let mut free: HashSet<String> = a
        .used
        .iter()
        .filter(|n| !a.locals.iter().any(|l| l == *n))
        .cloned()
        .collect();
    free.extend(a.captured.iter().cloned());
    free.retain(|n| !a.globals.contains(n) && n != "__class__");
    free
}

/// The free names of a nested function or lambda.
fn nested_free(params: Option<&Parameters>, body: &[Stmt], expr: Option<&Expr>) -> HashSet<String> {
    analyze(params, body, expr).free_names()
}

struct ScopeVisitor {
    a: Analysis,
}

impl ScopeVisitor {
    /// Defaults of a nested function are evaluated here, in the enclosing scope.
    fn visit_defaults(&mut self, params: &Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn comprehension(
        &mut self,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        own_frame: bool,
    ) {
        // Comprehension targets live in the comprehension's own scope; only loads count.
        let mut inner = ScopeVisitor {
            a: Analysis::default(),
        };
        let mut targets = HashSet::new();
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                self.visit_expr(&g.iter);
            } else {
                inner.visit_expr(&g.iter);
            }
            collect_target_names(&g.target, &mut targets);
            for cond in &g.ifs {
                inner.visit_expr(cond);
            }
        }
        for e in elts {
            inner.visit_expr(e);
        }
        let outside = inner.a.used.into_iter().filter(|n| !targets.contains(n));
        if own_frame {
            // A lazy generator expression runs in its own frame: what it uses from here
            // is captured, like a nested function's free variables.
            self.a.captured.extend(outside);
        } else {
            self.a.used.extend(outside);
        }
        self.a.captured.extend(inner.a.captured);
        // A walrus inside a comprehension binds in the enclosing function.
        for l in inner.a.locals {
            if !targets.contains(&l) {
                self.a.bind(&l);
            }
        }
    }
}

/// Every name bound by an assignment target.
pub(crate) fn collect_target_names(target: &Expr, out: &mut HashSet<String>) {
    match target {
        Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::Starred(s) => collect_target_names(&s.value, out),
        _ => {}
    }
}

impl<'a> Visitor<'a> for ScopeVisitor {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.a.bind(&f.name.id);
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
                let free = nested_free(Some(&f.parameters), &f.body, None);
                self.a.captured.extend(free);
            }
            Stmt::ClassDef(c) => {
                self.a.bind(&c.name.id);
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    args.args.iter().for_each(|e| self.visit_expr(e));
                }
                self.a.captured.extend(class_free(&c.body));
            }
            Stmt::Global(g) => self
                .a
                .globals
                .extend(g.names.iter().map(|n| n.id.to_string())),
            Stmt::Nonlocal(g) => self
                .a
                .nonlocals
                .extend(g.names.iter().map(|n| n.id.to_string())),
            Stmt::Import(i) => {
                for alias in &i.names {
                    match &alias.asname {
                        Some(a) => self.a.bind(&a.id),
                        None => self
                            .a
                            .bind(alias.name.id.split('.').next().unwrap_or_default()),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.a
                        .bind(&alias.asname.as_ref().unwrap_or(&alias.name).id);
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.a.bind(&n.id);
                    }
                }
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
            | ast::Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. })
            | ast::Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => {
                self.a.bind(&n.id)
            }
            _ => {}
        }
        ruff_python_ast::visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => {
                    self.a.used.insert(n.id.to_string());
                }
                _ => self.a.bind(&n.id),
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                let free = nested_free(l.parameters.as_deref(), &[], Some(&l.body));
                self.a.captured.extend(free);
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt], false),
            Expr::Generator(c) => self.comprehension(&c.generators, &[&c.elt], genexp_is_lazy(c)),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                self.comprehension(&c.generators, &elts, false)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.a.has_yield = true;
                walk_expr(self, expr);
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// Whether a generator expression gets its own lazy frame: not when it contains a walrus
/// (which binds in the enclosing function) or `yield`; those stay inlined and eager.
pub(crate) fn genexp_is_lazy(g: &ast::ExprGenerator) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Named(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => {
                    self.0 = true
                }
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_expr(&g.elt);
    for c in &g.generators {
        f.visit_expr(&c.iter);
        f.visit_expr(&c.target);
        c.ifs.iter().for_each(|i| f.visit_expr(i));
    }
    !f.0 && g.generators.iter().all(|c| !c.is_async)
}
