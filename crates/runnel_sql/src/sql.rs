//! The SQL that `spark.sql` runs here: `SELECT ... FROM view [WHERE] [GROUP BY] [HAVING]
//! [ORDER BY] [LIMIT]` with Spark's expressions and functions, `window(...)` included.
//! A parser of our own for this subset rather than `sqlparser`: sqlparser adds 461-535 KB
//! gzipped to the page's wasm (measured for issue 11), which the 1.5 MB first-load
//! budget cannot take without a second module, and the subset is small.

use crate::datum::Datum;
use crate::expr::{Agg, Expr, Op};
use crate::plan::{self, Plan};
use crate::timefmt::parse_interval;
use crate::types::DataType;
use runnel_core::{Error, Result};

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Num(String),
    Sym(&'static str),
}

fn parse_error(near: &str) -> Error {
    Error::new(
        "ParseException",
        format!("\n[PARSE_SYNTAX_ERROR] Syntax error at or near {near}.(line 1, pos 0)"),
    )
}

fn tokenize(s: &str) -> Result<Vec<Tok>> {
    let c: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    const SYMS: [&str; 19] = [
        "<=>", "<>", "!=", "<=", ">=", "==", "||", "(", ")", ",", "*", "+", "-", "/", "%", "=",
        "<", ">", ".",
    ];
    'outer: while i < c.len() {
        let ch = c[i];
        if ch.is_whitespace() {
            i += 1;
            continue;
        }
        if ch == '\'' || ch == '"' {
            let mut s = String::new();
            i += 1;
            while i < c.len() && c[i] != ch {
                if c[i] == '\\' && i + 1 < c.len() {
                    i += 1;
                }
                s.push(c[i]);
                i += 1;
            }
            if i >= c.len() {
                return Err(parse_error("end of input"));
            }
            i += 1;
            out.push(Tok::Str(s));
            continue;
        }
        if ch == '`' {
            let start = i + 1;
            i += 1;
            while i < c.len() && c[i] != '`' {
                i += 1;
            }
            out.push(Tok::Ident(c[start..i].iter().collect()));
            i += 1;
            continue;
        }
        if ch.is_ascii_digit() {
            let start = i;
            while i < c.len() && (c[i].is_ascii_digit() || c[i] == '.') {
                i += 1;
            }
            out.push(Tok::Num(c[start..i].iter().collect()));
            continue;
        }
        if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(c[start..i].iter().collect()));
            continue;
        }
        for sym in SYMS {
            let n = sym.len();
            if i + n <= c.len() && c[i..i + n].iter().collect::<String>() == sym {
                out.push(Tok::Sym(sym));
                i += n;
                continue 'outer;
            }
        }
        return Err(parse_error(&format!("'{ch}'")));
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

const RESERVED: [&str; 14] = [
    "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "AS", "AND", "OR", "BY", "ASC", "DESC",
    "ON", "JOIN",
];

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn kw(&self, k: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(s)) if s.eq_ignore_ascii_case(k))
    }
    fn eat_kw(&mut self, k: &str) -> bool {
        let y = self.kw(k);
        if y {
            self.pos += 1;
        }
        y
    }
    fn expect_kw(&mut self, k: &str) -> Result<()> {
        if self.eat_kw(k) {
            Ok(())
        } else {
            Err(self.error())
        }
    }
    fn sym(&self, s: &str) -> bool {
        matches!(self.peek(), Some(Tok::Sym(x)) if *x == s)
    }
    fn eat_sym(&mut self, s: &str) -> bool {
        let y = self.sym(s);
        if y {
            self.pos += 1;
        }
        y
    }
    fn expect_sym(&mut self, s: &str) -> Result<()> {
        if self.eat_sym(s) {
            Ok(())
        } else {
            Err(self.error())
        }
    }
    fn error(&self) -> Error {
        match self.peek() {
            None => parse_error("end of input"),
            Some(Tok::Ident(s)) | Some(Tok::Num(s)) => parse_error(&format!("'{s}'")),
            Some(Tok::Str(s)) => parse_error(&format!("''{s}''")),
            Some(Tok::Sym(s)) => parse_error(&format!("'{s}'")),
        }
    }
    fn ident(&mut self) -> Result<String> {
        match self.peek().cloned() {
            Some(Tok::Ident(s)) => {
                self.pos += 1;
                Ok(s)
            }
            _ => Err(self.error()),
        }
    }

    fn expr(&mut self) -> Result<Expr> {
        let mut e = self.and()?;
        while self.eat_kw("OR") {
            e = Expr::Bin(Op::Or, Box::new(e), Box::new(self.and()?));
        }
        Ok(e)
    }
    fn and(&mut self) -> Result<Expr> {
        let mut e = self.not()?;
        while self.eat_kw("AND") {
            e = Expr::Bin(Op::And, Box::new(e), Box::new(self.not()?));
        }
        Ok(e)
    }
    fn not(&mut self) -> Result<Expr> {
        if self.eat_kw("NOT") {
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }
    fn comparison(&mut self) -> Result<Expr> {
        let e = self.additive()?;
        if self.eat_kw("IS") {
            let neg = self.eat_kw("NOT");
            self.expect_kw("NULL")?;
            return Ok(Expr::IsNull(Box::new(e), neg));
        }
        // `x [NOT] BETWEEN a AND b`: `x >= a AND x <= b`, as Spark rewrites it (a stream
        // join's time range is often written so).
        let save = self.pos;
        let negated = self.eat_kw("NOT");
        if self.eat_kw("BETWEEN") {
            let lo = self.additive()?;
            self.expect_kw("AND")?;
            let hi = self.additive()?;
            let ge = Expr::Bin(Op::Ge, Box::new(e.clone()), Box::new(lo));
            let le = Expr::Bin(Op::Le, Box::new(e), Box::new(hi));
            let both = Expr::Bin(Op::And, Box::new(ge), Box::new(le));
            return Ok(if negated {
                Expr::Not(Box::new(both))
            } else {
                both
            });
        }
        self.pos = save;
        let op = match self.peek() {
            Some(Tok::Sym("=")) | Some(Tok::Sym("==")) => Op::Eq,
            Some(Tok::Sym("<>")) | Some(Tok::Sym("!=")) => Op::Ne,
            Some(Tok::Sym("<")) => Op::Lt,
            Some(Tok::Sym("<=")) => Op::Le,
            Some(Tok::Sym(">")) => Op::Gt,
            Some(Tok::Sym(">=")) => Op::Ge,
            Some(Tok::Sym("<=>")) => Op::EqNullSafe,
            _ => return Ok(e),
        };
        self.pos += 1;
        let r = self.additive()?;
        Ok(Expr::Bin(op, Box::new(e), Box::new(r)))
    }
    fn additive(&mut self) -> Result<Expr> {
        let mut e = self.term()?;
        loop {
            let op = if self.eat_sym("+") {
                Op::Add
            } else if self.eat_sym("-") {
                Op::Sub
            } else if self.eat_sym("||") {
                e = Expr::Call("concat".into(), vec![e, self.term()?]);
                continue;
            } else {
                return Ok(e);
            };
            e = Expr::Bin(op, Box::new(e), Box::new(self.term()?));
        }
    }
    fn term(&mut self) -> Result<Expr> {
        let mut e = self.unary()?;
        loop {
            let op = if self.eat_sym("*") {
                Op::Mul
            } else if self.eat_sym("/") {
                Op::Div
            } else if self.eat_sym("%") {
                Op::Mod
            } else {
                return Ok(e);
            };
            e = Expr::Bin(op, Box::new(e), Box::new(self.unary()?));
        }
    }
    fn unary(&mut self) -> Result<Expr> {
        if self.eat_sym("-") {
            return Ok(match self.unary()? {
                Expr::Lit(Datum::Long(i), t) => Expr::Lit(Datum::Long(-i), t),
                Expr::Lit(Datum::Double(d), t) => Expr::Lit(Datum::Double(-d), t),
                e => Expr::Neg(Box::new(e)),
            });
        }
        self.primary()
    }
    fn primary(&mut self) -> Result<Expr> {
        let tok = self.peek().cloned().ok_or_else(|| self.error())?;
        self.pos += 1;
        match tok {
            Tok::Num(n) => Ok(if n.contains('.') {
                Expr::Lit(
                    Datum::Double(n.parse().map_err(|_| self.error())?),
                    DataType::Double,
                )
            } else {
                let v: i64 = n.parse().map_err(|_| self.error())?;
                let t = if i32::try_from(v).is_ok() {
                    DataType::Int
                } else {
                    DataType::Long
                };
                Expr::Lit(Datum::Long(v), t)
            }),
            Tok::Str(s) => Ok(Expr::Lit(Datum::str(&s), DataType::String)),
            Tok::Sym("(") => {
                let e = self.expr()?;
                self.expect_sym(")")?;
                Ok(e)
            }
            Tok::Sym("*") => Ok(Expr::Star),
            Tok::Ident(id) => self.after_ident(id),
            Tok::Sym(_) => {
                self.pos -= 1;
                Err(self.error())
            }
        }
    }
    fn after_ident(&mut self, id: String) -> Result<Expr> {
        let up = id.to_ascii_uppercase();
        match up.as_str() {
            "TRUE" => return Ok(Expr::Lit(Datum::Bool(true), DataType::Boolean)),
            "FALSE" => return Ok(Expr::Lit(Datum::Bool(false), DataType::Boolean)),
            "NULL" => return Ok(Expr::Lit(Datum::Null, DataType::Null)),
            "CAST" if self.sym("(") => {
                self.pos += 1;
                let e = self.expr()?;
                self.expect_kw("AS")?;
                let t = DataType::parse(&self.ident()?)?;
                self.expect_sym(")")?;
                return Ok(Expr::Cast(Box::new(e), t));
            }
            "INTERVAL" => {
                // INTERVAL 20 SECONDS, INTERVAL '20 seconds'
                let text = match self.peek().cloned() {
                    Some(Tok::Str(s)) => {
                        self.pos += 1;
                        s
                    }
                    Some(Tok::Num(n)) => {
                        self.pos += 1;
                        format!("{n} {}", self.ident()?)
                    }
                    _ => return Err(self.error()),
                };
                let us = parse_interval(&text)?;
                return Ok(Expr::Lit(Datum::Long(us), DataType::Interval));
            }
            "CASE" => {
                let mut branches = Vec::new();
                while self.eat_kw("WHEN") {
                    let c = self.expr()?;
                    self.expect_kw("THEN")?;
                    branches.push((c, self.expr()?));
                }
                let other = if self.eat_kw("ELSE") {
                    Some(Box::new(self.expr()?))
                } else {
                    None
                };
                self.expect_kw("END")?;
                return Ok(Expr::Case(branches, other));
            }
            _ => {}
        }
        if self.eat_sym("(") {
            let distinct = self.eat_kw("DISTINCT");
            let mut args = Vec::new();
            if !self.eat_sym(")") {
                loop {
                    args.push(self.expr()?);
                    if self.eat_sym(")") {
                        break;
                    }
                    self.expect_sym(",")?;
                }
            }
            return call(&id, args, distinct);
        }
        let mut name = id;
        while self.eat_sym(".") {
            name = format!("{name}.{}", self.ident()?);
        }
        Ok(Expr::Col(name))
    }

    fn select_item(&mut self) -> Result<Expr> {
        let e = self.expr()?;
        if self.eat_kw("AS") {
            return Ok(Expr::Alias(Box::new(e), self.ident()?));
        }
        if let Some(Tok::Ident(s)) = self.peek() {
            if !RESERVED.iter().any(|r| s.eq_ignore_ascii_case(r)) {
                let a = s.clone();
                self.pos += 1;
                return Ok(Expr::Alias(Box::new(e), a));
            }
        }
        Ok(e)
    }
}

fn lit_str(e: &Expr) -> Result<String> {
    match e {
        Expr::Lit(Datum::Str(s), _) => Ok(s.to_string()),
        _ => Err(Error::new(
            "AnalysisException",
            format!("expected a string literal, got {}", e.name()),
        )),
    }
}

/// A function call in SQL (or `expr()`): aggregates, windows, scalar functions.
pub fn call(name: &str, args: Vec<Expr>, distinct: bool) -> Result<Expr> {
    let lname = name.to_ascii_lowercase();
    if let Some(a) = Agg::by_name(&lname) {
        let args = if a == Agg::Count && args.is_empty() {
            vec![Expr::Star]
        } else {
            args
        };
        return Ok(Expr::Agg(a, args, distinct));
    }
    match lname.as_str() {
        "window" => {
            let mut it = args.into_iter();
            let time = it
                .next()
                .ok_or_else(|| Error::new("AnalysisException", "window needs a time column"))?;
            let size =
                parse_interval(&lit_str(&it.next().ok_or_else(|| {
                    Error::new("AnalysisException", "window needs a duration")
                })?)?)?;
            let slide = match it.next() {
                Some(s) => parse_interval(&lit_str(&s)?)?,
                None => size,
            };
            let start = match it.next() {
                Some(s) => parse_interval(&lit_str(&s)?)?,
                None => 0,
            };
            Ok(Expr::Window {
                time: Box::new(time),
                size,
                slide,
                start,
            })
        }
        "session_window" => {
            let mut it = args.into_iter();
            let time = it.next().ok_or_else(|| {
                Error::new("AnalysisException", "session_window needs a time column")
            })?;
            let gap =
                parse_interval(&lit_str(&it.next().ok_or_else(|| {
                    Error::new("AnalysisException", "session_window needs a gap")
                })?)?)?;
            Ok(Expr::Session {
                time: Box::new(time),
                gap,
            })
        }
        "explode" => Ok(Expr::Explode(Box::new(
            args.into_iter()
                .next()
                .ok_or_else(|| Error::new("AnalysisException", "explode needs an argument"))?,
        ))),
        "now" => Ok(Expr::Call("current_timestamp".into(), args)),
        "day" => Ok(Expr::Call("dayofmonth".into(), args)),
        "ucase" => Ok(Expr::Call("upper".into(), args)),
        "lcase" => Ok(Expr::Call("lower".into(), args)),
        "char_length" | "character_length" | "len" => Ok(Expr::Call("length".into(), args)),
        "substr" => Ok(Expr::Call("substring".into(), args)),
        _ => Ok(Expr::Call(lname, args)),
    }
}

/// An expression string (`expr("...")`, `selectExpr`, `filter("...")`).
pub fn parse_expr(s: &str) -> Result<Expr> {
    let mut p = Parser {
        toks: tokenize(s)?,
        pos: 0,
    };
    let e = p.select_item()?;
    if p.pos != p.toks.len() {
        return Err(p.error());
    }
    Ok(e)
}

/// A `SELECT` over the views `lookup` finds.
pub fn query(s: &str, lookup: &dyn Fn(&str) -> Result<Plan>) -> Result<Plan> {
    let mut p = Parser {
        toks: tokenize(s.trim().trim_end_matches(';'))?,
        pos: 0,
    };
    p.expect_kw("SELECT")?;
    let distinct = p.eat_kw("DISTINCT");
    let mut items = vec![p.select_item()?];
    while p.eat_sym(",") {
        items.push(p.select_item()?);
    }
    p.expect_kw("FROM")?;
    let table = p.ident()?;
    let mut input = lookup(&table)?;
    if let Some(Tok::Ident(s)) = p.peek() {
        if !RESERVED.iter().any(|r| s.eq_ignore_ascii_case(r)) && !s.eq_ignore_ascii_case("WHERE") {
            p.pos += 1; // a table alias
        }
    } else if p.eat_kw("AS") {
        p.ident()?;
    }
    if p.eat_kw("WHERE") {
        input = plan::filter(&input, &p.expr()?)?;
    }
    let mut keys = Vec::new();
    if p.eat_kw("GROUP") {
        p.expect_kw("BY")?;
        keys.push(p.expr()?);
        while p.eat_sym(",") {
            keys.push(p.expr()?);
        }
    }
    let having = if p.eat_kw("HAVING") {
        Some(p.expr()?)
    } else {
        None
    };
    let mut out = if !keys.is_empty() || items.iter().any(Expr::has_agg) {
        grouped(&input, &keys, &items, having)?
    } else {
        plan::project(&input, &items)?
    };
    if distinct {
        out = plan::dedup(&out, &[])?;
    }
    if p.eat_kw("ORDER") {
        p.expect_kw("BY")?;
        let mut orders = Vec::new();
        loop {
            let e = p.expr()?;
            let asc = !p.eat_kw("DESC");
            p.eat_kw("ASC");
            orders.push(Expr::Sort(Box::new(e), asc));
            if !p.eat_sym(",") {
                break;
            }
        }
        out = plan::sort(&out, &orders)?;
    }
    if p.eat_kw("LIMIT") {
        match p.peek().cloned() {
            Some(Tok::Num(n)) => {
                p.pos += 1;
                out = plan::limit(&out, n.parse().map_err(|_| p.error())?);
            }
            _ => return Err(p.error()),
        }
    }
    if p.pos != p.toks.len() {
        return Err(p.error());
    }
    Ok(out)
}

/// `SELECT keys..., aggs... GROUP BY keys`: an aggregate, then the select list over its
/// output (keys by name, aggregates by position).
fn grouped(input: &Plan, keys: &[Expr], items: &[Expr], having: Option<Expr>) -> Result<Plan> {
    let mut aggs = Vec::new();
    let mut select = Vec::new();
    for item in items {
        if item.has_agg() {
            let name = item.name();
            aggs.push(Expr::Alias(
                Box::new(item.unaliased().clone()),
                format!("__agg{}", aggs.len()),
            ));
            select.push(Expr::Alias(
                Box::new(Expr::Col(format!("__agg{}", aggs.len() - 1))),
                name,
            ));
        } else {
            let key = keys
                .iter()
                .find(|k| k.name() == item.unaliased().name())
                .ok_or_else(|| {
                    Error::new(
                        "AnalysisException",
                        format!("[MISSING_AGGREGATION] The non-aggregating expression \"{}\" is based on columns which are not participating in the GROUP BY clause.", item.name()),
                    )
                })?;
            select.push(Expr::Alias(Box::new(Expr::Col(key.name())), item.name()));
        }
    }
    let mut agg = plan::aggregate(input, keys, &aggs)?;
    if let Some(h) = having {
        agg = plan::filter(&agg, &h)?;
    }
    let projected = plan::project(&agg, &select)?;
    Ok(projected)
}
