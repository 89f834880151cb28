//! f-strings: literal parts, `{expr!r:spec}` interpolations, `{x=}` debug text.

use super::{CResult, Compiler};
use crate::runtime::frame::{ExprFn, Frame};
use ruff_python_ast::{self as ast, ConversionFlag, FStringPart, InterpolatedStringElement};
use runnel_core::{Result, Value};

enum Piece {
    Text(String),
    Value {
        expr: ExprFn,
        conversion: ConversionFlag,
        spec: Option<Vec<Piece>>,
    },
}

impl Compiler<'_> {
    pub fn fstring(&mut self, f: &ast::ExprFString) -> CResult<ExprFn> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(l) => pieces.push(Piece::Text(l.value.to_string())),
                FStringPart::FString(fs) => self.elements(&fs.elements, &mut pieces)?,
            }
        }
        Ok(Box::new(move |fr| {
            let mut out = String::new();
            render(fr, &pieces, &mut out)?;
            Ok(Value::str(&out))
        }))
    }

    fn elements(
        &mut self,
        elements: &[InterpolatedStringElement],
        out: &mut Vec<Piece>,
    ) -> CResult<()> {
        for el in elements {
            match el {
                InterpolatedStringElement::Literal(l) => out.push(Piece::Text(l.value.to_string())),
                InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(debug) = &i.debug_text {
                        out.push(Piece::Text(format!(
                            "{}{}{}",
                            debug.leading(),
                            debug.expression(),
                            debug.trailing()
                        )));
                        if conversion == ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ConversionFlag::Repr;
                        }
                    }
                    let spec = match &i.format_spec {
                        Some(s) => {
                            let mut parts = Vec::new();
                            self.elements(&s.elements, &mut parts)?;
                            Some(parts)
                        }
                        None => None,
                    };
                    out.push(Piece::Value {
                        expr: self.expr(&i.expression)?,
                        conversion,
                        spec,
                    });
                }
            }
        }
        Ok(())
    }
}

fn render(f: &mut Frame, pieces: &[Piece], out: &mut String) -> Result<()> {
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Value {
                expr,
                conversion,
                spec,
            } => {
                let v = expr(f)?;
                let v = match conversion {
                    ConversionFlag::Repr => Value::str(&crate::runtime::guard::repr(&v)?),
                    ConversionFlag::Ascii => Value::str(&crate::builtins::ascii_of(&v)?),
                    ConversionFlag::Str => Value::str(&crate::runtime::guard::to_str(&v)?),
                    ConversionFlag::None => v,
                };
                match spec {
                    None => out.push_str(&crate::format::format_value(&v, "")?),
                    Some(spec) => {
                        let mut s = String::new();
                        render(f, spec, &mut s)?;
                        out.push_str(&crate::format::format_value(&v, &s)?);
                    }
                }
            }
        }
    }
    Ok(())
}
