//! Spark SQL data types, schemas, and DDL strings (`"user STRING, ts TIMESTAMP"`).

use runnel_core::{Error, Result};

/// A column's type.
#[derive(Clone, Debug, PartialEq)]
pub enum DataType {
    String,
    Int,
    Long,
    Double,
    Boolean,
    Timestamp,
    Array(Box<DataType>),
    Struct(Vec<Field>),
    /// The type of `NULL` literals.
    Null,
    /// `INTERVAL 20 SECONDS`: microseconds.
    Interval,
}

/// A named column of a schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub data_type: DataType,
    pub nullable: bool,
}

impl Field {
    pub fn new(name: &str, data_type: DataType) -> Field {
        Field {
            name: name.to_string(),
            data_type,
            nullable: true,
        }
    }
}

/// The columns of a DataFrame.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Schema {
    pub fields: Vec<Field>,
}

impl Schema {
    pub fn new(fields: Vec<Field>) -> Schema {
        Schema { fields }
    }

    /// The index of the column `name` (case-insensitive, as Spark's default resolver).
    pub fn index_of(&self, name: &str) -> Result<usize> {
        let found: Vec<usize> = (0..self.fields.len())
            .filter(|&i| self.fields[i].name.eq_ignore_ascii_case(name))
            .collect();
        match found.as_slice() {
            [i] => Ok(*i),
            [i, ..] if self.fields[*i].name == name => Ok(*i),
            [] => Err(unresolved(name, self)),
            _ => Err(Error::new(
                "AnalysisException",
                format!("[AMBIGUOUS_REFERENCE] Reference `{name}` is ambiguous."),
            )),
        }
    }

    pub fn names(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.name.clone()).collect()
    }

    /// `struct<a:string,b:bigint>` as `df.schema.simpleString()` writes it.
    pub fn simple_string(&self) -> String {
        DataType::Struct(self.fields.clone()).simple_string()
    }
}

/// Spark's message for a column that is not there.
pub fn unresolved(name: &str, schema: &Schema) -> Error {
    let names: Vec<String> = schema
        .fields
        .iter()
        .map(|f| format!("`{}`", f.name))
        .collect();
    Error::new(
        "AnalysisException",
        format!(
            "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `{name}` cannot be resolved. Did you mean one of the following? [{}].",
            names.join(", ")
        ),
    )
}

impl DataType {
    /// The short name (`string`, `bigint`, `struct<start:timestamp,end:timestamp>`).
    pub fn simple_string(&self) -> String {
        match self {
            DataType::String => "string".into(),
            DataType::Int => "int".into(),
            DataType::Long => "bigint".into(),
            DataType::Double => "double".into(),
            DataType::Boolean => "boolean".into(),
            DataType::Timestamp => "timestamp".into(),
            DataType::Null => "void".into(),
            DataType::Interval => "interval day to second".into(),
            DataType::Array(e) => format!("array<{}>", e.simple_string()),
            DataType::Struct(fs) => {
                let inner: Vec<String> = fs
                    .iter()
                    .map(|f| format!("{}:{}", f.name, f.data_type.simple_string()))
                    .collect();
                format!("struct<{}>", inner.join(","))
            }
        }
    }

    /// The name `printSchema()` shows (`long`, `integer`, `struct`...).
    pub fn type_name(&self) -> String {
        match self {
            DataType::Int => "integer".into(),
            DataType::Long => "long".into(),
            DataType::Array(_) => "array".into(),
            DataType::Struct(_) => "struct".into(),
            other => other.simple_string(),
        }
    }

    /// `printSchema()`'s lines below a field of this type (nested fields, elements).
    pub fn tree_lines(&self, prefix: &str, out: &mut String) {
        match self {
            DataType::Struct(fs) => {
                for f in fs {
                    out.push_str(&format!(
                        "{prefix} |-- {}: {} (nullable = {})\n",
                        f.name,
                        f.data_type.type_name(),
                        f.nullable
                    ));
                    f.data_type.tree_lines(&format!("{prefix} |   "), out);
                }
            }
            DataType::Array(e) => {
                out.push_str(&format!(
                    "{prefix} |-- element: {} (containsNull = true)\n",
                    e.type_name()
                ));
                e.tree_lines(&format!("{prefix} |   "), out);
            }
            _ => {}
        }
    }

    /// The SQL name used in `CAST(x AS STRING)`.
    pub fn sql_name(&self) -> String {
        self.simple_string().to_uppercase()
    }

    /// PySpark's type class name (`StringType()`), for `repr` of schemas.
    pub fn py_name(&self) -> String {
        match self {
            DataType::String => "StringType()".into(),
            DataType::Int => "IntegerType()".into(),
            DataType::Long => "LongType()".into(),
            DataType::Double => "DoubleType()".into(),
            DataType::Boolean => "BooleanType()".into(),
            DataType::Timestamp => "TimestampType()".into(),
            DataType::Null => "NullType()".into(),
            DataType::Interval => "DayTimeIntervalType(0, 3)".into(),
            DataType::Array(e) => format!("ArrayType({}, True)", e.py_name()),
            DataType::Struct(fs) => {
                let inner: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        format!(
                            "StructField('{}', {}, {})",
                            f.name,
                            f.data_type.py_name(),
                            if f.nullable { "True" } else { "False" }
                        )
                    })
                    .collect();
                format!("StructType([{}])", inner.join(", "))
            }
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, DataType::Int | DataType::Long | DataType::Double)
    }

    /// A type name in DDL or `cast("...")`.
    pub fn parse(name: &str) -> Result<DataType> {
        let mut p = Ddl::new(name);
        let t = p.data_type()?;
        p.end()?;
        Ok(t)
    }
}

/// A DDL schema string: `"user STRING, ts TIMESTAMP"` (also `user: string`).
pub fn parse_ddl(ddl: &str) -> Result<Schema> {
    let mut p = Ddl::new(ddl);
    let mut fields = Vec::new();
    loop {
        let name = p.ident()?;
        p.skip_ws();
        if p.peek() == Some(':') {
            p.pos += 1;
        }
        let t = p.data_type()?;
        fields.push(Field::new(&name, t));
        p.skip_ws();
        if p.peek() == Some(',') {
            p.pos += 1;
            continue;
        }
        p.end()?;
        return Ok(Schema::new(fields));
    }
}

struct Ddl<'a> {
    chars: Vec<char>,
    pos: usize,
    src: &'a str,
}

impl<'a> Ddl<'a> {
    fn new(src: &'a str) -> Ddl<'a> {
        Ddl {
            chars: src.chars().collect(),
            pos: 0,
            src,
        }
    }
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }
    fn error(&self) -> Error {
        Error::new(
            "ParseException",
            format!(
                "[PARSE_SYNTAX_ERROR] Syntax error at or near position {} of '{}'",
                self.pos, self.src
            ),
        )
    }
    fn end(&mut self) -> Result<()> {
        self.skip_ws();
        if self.pos == self.chars.len() {
            Ok(())
        } else {
            Err(self.error())
        }
    }
    fn ident(&mut self) -> Result<String> {
        self.skip_ws();
        if self.peek() == Some('`') {
            self.pos += 1;
            let start = self.pos;
            while self.peek().is_some_and(|c| c != '`') {
                self.pos += 1;
            }
            let s: String = self.chars[start..self.pos].iter().collect();
            self.pos += 1;
            return Ok(s);
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            self.pos += 1;
        }
        if start == self.pos {
            return Err(self.error());
        }
        Ok(self.chars[start..self.pos].iter().collect())
    }
    fn data_type(&mut self) -> Result<DataType> {
        let name = self.ident()?.to_lowercase();
        Ok(match name.as_str() {
            "string" | "varchar" | "char" => {
                self.skip_size();
                DataType::String
            }
            "int" | "integer" | "smallint" | "tinyint" | "short" | "byte" => DataType::Int,
            "bigint" | "long" => DataType::Long,
            "double" | "float" | "real" | "decimal" => {
                self.skip_size();
                DataType::Double
            }
            "boolean" | "bool" => DataType::Boolean,
            "timestamp" | "timestamp_ltz" | "timestamp_ntz" => DataType::Timestamp,
            "array" => {
                self.expect('<')?;
                let e = self.data_type()?;
                self.expect('>')?;
                DataType::Array(Box::new(e))
            }
            "struct" => {
                self.expect('<')?;
                let mut fs = Vec::new();
                loop {
                    let n = self.ident()?;
                    self.skip_ws();
                    if self.peek() == Some(':') {
                        self.pos += 1;
                    }
                    fs.push(Field::new(&n, self.data_type()?));
                    self.skip_ws();
                    if self.peek() == Some(',') {
                        self.pos += 1;
                        continue;
                    }
                    self.expect('>')?;
                    break;
                }
                DataType::Struct(fs)
            }
            _ => {
                return Err(Error::new(
                    "ParseException",
                    format!(
                        "[UNSUPPORTED_DATATYPE] Unsupported data type \"{}\".",
                        name.to_uppercase()
                    ),
                ))
            }
        })
    }
    fn skip_size(&mut self) {
        self.skip_ws();
        if self.peek() == Some('(') {
            while self.peek().is_some_and(|c| c != ')') {
                self.pos += 1;
            }
            self.pos += 1;
        }
    }
    fn expect(&mut self, c: char) -> Result<()> {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }
}
