//! `clusterfit._native`: conversions and classes. Everything that decides anything lives in
//! `clusterfit-bindings` and the core.
use clusterfit_bindings::{self as cb, Doc, Error, ErrorCode, VERSION};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Number, Value};

use crate::text::{camel, escape_html, html_text, plural};

// ---------------------------------------------------------------------------------------------
// Errors: instances of the classes defined in `clusterfit/__init__.py`.

static CLUSTERFIT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INPUT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static OPTIONS_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// The Python exception for a clusterfit error: `InputError` for `INPUT_*`, `OptionsError` for
/// `OPTIONS_INVALID`, `ClusterfitError` for `INTERNAL`.
fn py_err(py: Python<'_>, e: &Error) -> PyErr {
    let (cell, name) = if e.code.is_input() {
        (&INPUT_ERROR, "InputError")
    } else if e.code == ErrorCode::OptionsInvalid {
        (&OPTIONS_ERROR, "OptionsError")
    } else {
        (&CLUSTERFIT_ERROR, "ClusterfitError")
    };
    match cell
        .import(py, "clusterfit", name)
        .and_then(|class| class.call1((e.code.as_str(), e.message.as_str())))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}

// ---------------------------------------------------------------------------------------------
// Python → JSON value.

/// Why a Python value is not JSON, and where (pointer segments, innermost first).
struct NotJson {
    what: String,
    at: Vec<String>,
}

impl NotJson {
    fn new(what: String) -> Self {
        NotJson {
            what,
            at: Vec::new(),
        }
    }

    fn at(mut self, segment: String) -> Self {
        self.at.push(segment);
        self
    }

    /// `a `set` at `/nodePools/0/labels` is not a JSON value`, for the given subject.
    fn into_error(self, code: ErrorCode, subject: &str) -> Error {
        let mut pointer = String::new();
        for s in self.at.iter().rev() {
            pointer.push('/');
            pointer.push_str(&s.replace('~', "~0").replace('/', "~1"));
        }
        let place = if pointer.is_empty() {
            String::new()
        } else {
            format!("at `{pointer}`, ")
        };
        Error::new(code, format!("{subject} is not JSON: {place}{}", self.what))
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_string())
}

/// Why a conversion stopped: a value JSON cannot hold, or a limit (`INPUT_TOO_LARGE`,
/// `INPUT_TOO_DEEP`) passed while converting.
enum Fail {
    NotJson(NotJson),
    Limit(Error),
}

impl Fail {
    fn at(self, segment: String) -> Self {
        match self {
            Fail::NotJson(n) => Fail::NotJson(n.at(segment)),
            limit => limit,
        }
    }

    fn into_error(self, code: ErrorCode, subject: &str) -> Error {
        match self {
            Fail::NotJson(n) => n.into_error(code, subject),
            Fail::Limit(e) if code == ErrorCode::OptionsInvalid => {
                Error::options(format!("the options: {}", e.message))
            }
            Fail::Limit(e) => e,
        }
    }
}

impl From<NotJson> for Fail {
    fn from(n: NotJson) -> Self {
        Fail::NotJson(n)
    }
}

/// The conversion's budget: the exact bytes of the compact JSON text written so far (what
/// `serde_json::to_string` writes for the value), stopped as soon as it passes 1 MiB.
struct Budget {
    used: usize,
}

impl Budget {
    fn add(&mut self, n: usize) -> Result<(), Fail> {
        self.used = self.used.saturating_add(n);
        if self.used > cb::MAX_BYTES {
            return Err(Fail::Limit(Error::too_large_value()));
        }
        Ok(())
    }

    /// A string, counted before it is copied: a string of more code points than the limit
    /// stops at once (its UTF-8 is at least that long; `str`'s own length, so a subclass's
    /// `__len__` never runs).
    fn string(&mut self, s: &Bound<'_, PyString>) -> Result<String, Fail> {
        if s.code_point_len().unwrap_or(0) > cb::MAX_BYTES {
            return Err(Fail::Limit(Error::too_large_value()));
        }
        let text = s.to_str().map_err(|_| {
            NotJson::new("a string with unpaired surrogates is not valid UTF-8".into())
        })?;
        self.add(cb::json_size::string_len(text))?;
        Ok(text.to_owned())
    }

    /// A container at `depth` with `len` items: brackets and commas; past the nesting limit
    /// (a dict that contains itself reaches it at once) the conversion stops.
    fn container(&mut self, depth: usize, len: usize) -> Result<(), Fail> {
        if depth > cb::MAX_DEPTH {
            return Err(Fail::Limit(Error::too_deep()));
        }
        self.add(2 + len.saturating_sub(1))
    }
}

/// A Python `int` as a JSON number without running any code of an `int` subclass (its
/// `__index__`, `__float__` or `__repr__` could change the dict being converted): `int`'s own
/// conversions, and beyond 64 bits the nearest double of `int.__repr__`, as a JSON parser reads
/// a long integer.
fn py_int(obj: &Bound<'_, PyAny>) -> Result<Number, NotJson> {
    if let Ok(i) = obj.extract::<i64>() {
        return Ok(i.into());
    }
    if let Ok(u) = obj.extract::<u64>() {
        return Ok(u.into());
    }
    let digits = obj
        .py()
        .get_type::<PyInt>()
        .call_method1("__repr__", (obj,))
        .and_then(|r| r.extract::<String>())
        .ok();
    digits
        .and_then(|d| d.parse::<f64>().ok())
        .and_then(Number::from_f64)
        .ok_or_else(|| NotJson::new("an integer this large is not a JSON number".into()))
}

/// A float JSON cannot hold.
fn not_finite(v: f64) -> NotJson {
    let shown = if v.is_nan() {
        "nan"
    } else if v > 0.0 {
        "inf"
    } else {
        "-inf"
    };
    NotJson::new(format!(
        "the float `{shown}` is not a JSON number (JSON has no NaN or infinity)"
    ))
}

/// A dict key that is not a `str`.
fn key_not_string(k: &Bound<'_, PyAny>) -> NotJson {
    NotJson::new(format!(
        "a key of type `{}` (`{}`) is not a string, and JSON object keys are strings",
        type_name(k),
        k.repr().map(|r| r.to_string()).unwrap_or_default()
    ))
}

/// Converts a dict / list / str / number / bool / None tree into a JSON value under the input
/// limits: the exact size of its JSON text and its nesting are counted while converting, so a
/// value that would pass them stops before it is built (a dict of shared lists that expands to
/// millions of values, a dict that contains itself).
fn to_value(obj: &Bound<'_, PyAny>, depth: usize, budget: &mut Budget) -> Result<Value, Fail> {
    use clusterfit_bindings::json_size;
    if let Ok(s) = obj.cast::<PyString>() {
        return budget.string(s).map(Value::String);
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        budget.container(depth, d.len())?;
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key = match k.cast::<PyString>() {
                Ok(s) => budget.string(s)?,
                Err(_) => return Err(Fail::NotJson(key_not_string(&k))),
            };
            budget.add(1)?;
            let value = match to_value(&v, depth + 1, budget) {
                Ok(value) => value,
                Err(e) => return Err(e.at(key)),
            };
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if let Ok(l) = obj.cast::<PyList>() {
        budget.container(depth, l.len())?;
        return seq(l.iter(), l.len(), depth, budget);
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        budget.container(depth, t.len())?;
        return seq(t.iter(), t.len(), depth, budget);
    }
    if obj.is_none() {
        budget.add(4)?;
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        let b = b.is_true();
        budget.add(if b { 4 } else { 5 })?;
        return Ok(Value::Bool(b));
    }
    if obj.cast::<PyInt>().is_ok() {
        let n = py_int(obj)?;
        budget.add(json_size::number_len(&n))?;
        return Ok(Value::Number(n));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let n = Number::from_f64(f.value()).ok_or_else(|| not_finite(f.value()))?;
        budget.add(json_size::number_len(&n))?;
        return Ok(Value::Number(n));
    }
    Err(Fail::NotJson(NotJson::new(format!(
        "a value of type `{}` is not a JSON value (use a dict, list, str, int, float, bool or None)",
        type_name(obj)
    ))))
}

fn seq<'py>(
    items: impl Iterator<Item = Bound<'py, PyAny>>,
    len: usize,
    depth: usize,
    budget: &mut Budget,
) -> Result<Value, Fail> {
    // Never more than the budget allows: a list of a million items has already stopped.
    let mut out = Vec::with_capacity(len.min(cb::MAX_BYTES / 2));
    for (i, item) in items.enumerate() {
        match to_value(&item, depth + 1, budget) {
            Ok(v) => out.push(v),
            Err(e) => return Err(e.at(i.to_string())),
        }
    }
    Ok(Value::Array(out))
}

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail::Limit(e)
    }
}

/// A `str`'s UTF-8 text: a string of more code points than the size limit stops at once (its
/// UTF-8 is at least that long; `str`'s own length, so a subclass's `__len__` never runs), one
/// with unpaired surrogates is not JSON.
fn str_text<'s>(s: &'s Bound<'_, PyString>) -> Result<&'s str, Fail> {
    if s.code_point_len().unwrap_or(0) > cb::MAX_BYTES {
        return Err(Fail::Limit(Error::too_large_value()));
    }
    s.to_str().map_err(|_| {
        Fail::NotJson(NotJson::new(
            "a string with unpaired surrogates is not valid UTF-8".into(),
        ))
    })
}

/// The document straight into the core's tree ([`cb::TreeBuilder`], which measures the size and
/// nesting as it goes): the same checks, in the same order, with the same messages as
/// [`to_value`], without building a `serde_json::Value` first.
fn to_tree<'a>(obj: &Bound<'_, PyAny>, b: &mut cb::TreeBuilder<'a>) -> Result<cb::Node<'a>, Fail> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(b.string(str_text(s)?)?);
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mark = b.begin_object(d.len())?;
        for (k, v) in d.iter() {
            let Ok(ks) = k.cast::<PyString>() else {
                return Err(Fail::NotJson(key_not_string(&k)));
            };
            let text = str_text(ks)?;
            let key = b.key(text)?;
            match to_tree(&v, b) {
                Ok(value) => b.insert(key, value),
                Err(e) => return Err(e.at(text.to_owned())),
            }
        }
        return Ok(b.end_object(mark));
    }
    if let Ok(l) = obj.cast::<PyList>() {
        let mark = b.begin_array(l.len())?;
        return tree_seq(l.iter(), mark, b);
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        let mark = b.begin_array(t.len())?;
        return tree_seq(t.iter(), mark, b);
    }
    if obj.is_none() {
        return Ok(b.null()?);
    }
    if let Ok(x) = obj.cast::<PyBool>() {
        return Ok(b.boolean(x.is_true())?);
    }
    if obj.cast::<PyInt>().is_ok() {
        let n = py_int(obj)?;
        return Ok(match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => b.u64(u)?,
            (None, Some(i), _) => b.i64(i)?,
            (None, None, f) => b.f64(f.unwrap_or(f64::NAN))?,
        });
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        if !v.is_finite() {
            return Err(Fail::NotJson(not_finite(v)));
        }
        return Ok(b.f64(v)?);
    }
    Err(Fail::NotJson(NotJson::new(format!(
        "a value of type `{}` is not a JSON value (use a dict, list, str, int, float, bool or None)",
        type_name(obj)
    ))))
}

fn tree_seq<'py, 'a>(
    items: impl Iterator<Item = Bound<'py, PyAny>>,
    mark: cb::Mark,
    b: &mut cb::TreeBuilder<'a>,
) -> Result<cb::Node<'a>, Fail> {
    for (i, item) in items.enumerate() {
        match to_tree(&item, b) {
            Ok(v) => b.push(v),
            Err(e) => return Err(e.at(i.to_string())),
        }
    }
    Ok(b.end_array(mark))
}

/// [`to_tree`] for a whole document, into `arena`; a panic becomes `INTERNAL`, as in
/// [`convert`].
fn convert_tree<'a>(obj: &Bound<'_, PyAny>, arena: &'a cb::Arena) -> Result<cb::Node<'a>, Error> {
    let run = std::panic::AssertUnwindSafe(|| to_tree(obj, &mut cb::TreeBuilder::new(arena)));
    match std::panic::catch_unwind(run) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(fail)) => Err(fail.into_error(ErrorCode::InputNotJson, "the document")),
        Err(_) => Err(Error::internal(cb::internal_message(
            "converting the Python value failed",
        ))),
    }
}

/// [`to_value`] for a whole document or options value, with a fresh budget; a panic (which no
/// conversion should raise) becomes `INTERNAL` rather than pyo3's `PanicException`.
fn convert(obj: &Bound<'_, PyAny>, code: ErrorCode, subject: &str) -> Result<Value, Error> {
    let run = std::panic::AssertUnwindSafe(|| to_value(obj, 1, &mut Budget { used: 0 }));
    match std::panic::catch_unwind(run) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(fail)) => Err(fail.into_error(code, subject)),
        Err(_) => Err(Error::internal(cb::internal_message(
            "converting the Python value failed",
        ))),
    }
}

fn options_value(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    convert(obj, ErrorCode::OptionsInvalid, "the options are").map_err(|e| py_err(py, &e))
}

// ---------------------------------------------------------------------------------------------
// JSON value → Python.

fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(m) => {
            let d = PyDict::new(py);
            for (k, x) in m {
                d.set_item(k, to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")?.call1((text,))
}

// ---------------------------------------------------------------------------------------------
// Classes.

/// Counts of findings by severity.
#[pyclass(frozen, eq, get_all, module = "clusterfit")]
#[derive(PartialEq, Eq)]
pub struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
}

#[pymethods]
impl Summary {
    fn __repr__(&self) -> String {
        format!(
            "Summary(errors={}, warnings={}, infos={})",
            self.errors, self.warnings, self.infos
        )
    }

    /// The summary as a dict (`{"errors": …, "warnings": …, "infos": …}`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("errors", self.errors)?;
        d.set_item("warnings", self.warnings)?;
        d.set_item("infos", self.infos)?;
        Ok(d)
    }
}

/// One problem found in the description: a frozen, hashable record that behaves like a named
/// tuple (`_fields`, `_asdict()`, iteration, `len`, indexing), so `set(report.findings)` diffs two
/// reports and `pandas.DataFrame(report.findings)` has one column per field.
#[pyclass(frozen, eq, hash, get_all, module = "clusterfit")]
#[derive(PartialEq, Eq, Hash)]
pub struct Finding {
    rule: String,
    severity: String,
    path: String,
    message: String,
    hint: Option<String>,
}

#[pymethods]
impl Finding {
    fn __repr__(&self) -> String {
        format!(
            "<Finding {} {} at {}: {}>",
            self.severity,
            self.rule,
            if self.path.is_empty() {
                "/"
            } else {
                &self.path
            },
            self.message
        )
    }

    /// The finding as a dict, keys in report order; `hint` only when present.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("rule", &self.rule)?;
        d.set_item("severity", &self.severity)?;
        d.set_item("path", &self.path)?;
        d.set_item("message", &self.message)?;
        if let Some(h) = &self.hint {
            d.set_item("hint", h)?;
        }
        Ok(d)
    }

    /// The field names, in order (as a named tuple has them).
    #[classattr]
    fn _fields() -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        FINDING_FIELDS
    }

    #[classattr]
    fn __match_args__() -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        FINDING_FIELDS
    }

    /// Every field as a dict, `hint` included (None when absent), like a named tuple's `_asdict`.
    fn _asdict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("rule", &self.rule)?;
        d.set_item("severity", &self.severity)?;
        d.set_item("path", &self.path)?;
        d.set_item("message", &self.message)?;
        d.set_item("hint", &self.hint)?;
        Ok(d)
    }

    fn __len__(&self) -> usize {
        FINDING_LEN
    }

    /// The values in field order.
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.values(py)?.as_any().try_iter()?.into_any())
    }

    /// A value by position (negative and slices as on a tuple).
    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.values(py)?.as_any().get_item(index)
    }

    /// How many fields equal `value` (a sequence's `count`).
    fn count<'py>(&self, py: Python<'py>, value: &Bound<'py, PyAny>) -> PyResult<usize> {
        self.values(py)?
            .as_any()
            .call_method1("count", (value,))?
            .extract()
    }

    /// The position of the first field equal to `value` (a sequence's `index`).
    fn index<'py>(&self, py: Python<'py>, value: &Bound<'py, PyAny>) -> PyResult<usize> {
        self.values(py)?
            .as_any()
            .call_method1("index", (value,))?
            .extract()
    }
}

const FINDING_FIELDS: (&str, &str, &str, &str, &str) =
    ("rule", "severity", "path", "message", "hint");
const FINDING_LEN: usize = 5;

impl Finding {
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (
            &self.rule,
            &self.severity,
            &self.path,
            &self.message,
            &self.hint,
        )
            .into_pyobject(py)
    }
}

/// The answer of `validate`: findings as data, a summary and facts.
#[pyclass(frozen, module = "clusterfit")]
pub struct Report {
    report: cb::Report,
    /// The JSON bytes, written once, when first asked for (`to_json`, `to_dict`): a caller that
    /// reads `valid` and `findings` never pays for them.
    json: std::sync::OnceLock<String>,
}

impl From<cb::Report> for Report {
    fn from(report: cb::Report) -> Self {
        Report {
            report,
            json: std::sync::OnceLock::new(),
        }
    }
}

impl Report {
    fn json(&self) -> &str {
        self.json.get_or_init(|| self.report.to_json())
    }
}

#[pymethods]
impl Report {
    /// No finding at or above `failOn`.
    #[getter]
    fn valid(&self) -> bool {
        self.report.valid
    }

    /// The profile's name.
    #[getter]
    fn profile(&self) -> &str {
        &self.report.profile
    }

    /// Counts by severity.
    #[getter]
    fn summary(&self) -> Summary {
        let s = self.report.summary;
        Summary {
            errors: s.errors,
            warnings: s.warnings,
            infos: s.infos,
        }
    }

    /// Every finding, in report order (a new list on each access).
    #[getter]
    fn findings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .report
            .findings
            .iter()
            .map(|f| {
                Py::new(
                    py,
                    Finding {
                        rule: f.rule.to_string(),
                        severity: f.severity.as_str().to_string(),
                        path: f.path.clone(),
                        message: f.message.clone(),
                        hint: f.hint.clone(),
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// Computed values useful to a UI (a new dict on each access).
    #[getter]
    fn facts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.report.facts)
    }

    /// What was checked: rules that ran, lacked data, did not apply (a new dict on each access).
    #[getter]
    fn coverage<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(
            py,
            &serde_json::to_value(&self.report.coverage).unwrap_or(Value::Null),
        )
    }

    /// Findings removed by `ignore`, with their reason (a new list on each access).
    #[getter]
    fn suppressed<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(
            py,
            &serde_json::to_value(&self.report.suppressed).unwrap_or(Value::Null),
        )
    }

    /// The report as plain Python data: exactly `json.loads(report.to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, self.json())
    }

    /// The report as compact JSON: the very bytes every clusterfit binding returns.
    fn to_json(&self) -> &str {
        self.json()
    }

    fn __repr__(&self) -> String {
        let r = &self.report;
        let s = r.summary;
        let mut counts = Vec::new();
        if s.errors > 0 {
            counts.push(plural(s.errors, "error", "errors"));
        }
        if s.warnings > 0 {
            counts.push(plural(s.warnings, "warning", "warnings"));
        }
        if s.infos > 0 {
            counts.push(plural(s.infos, "info", "infos"));
        }
        let counts = if counts.is_empty() {
            "no findings".to_string()
        } else {
            counts.join(", ")
        };
        format!(
            "<Report {}: {}, {counts}>",
            r.profile,
            if r.valid { "valid" } else { "invalid" }
        )
    }

    /// A findings table for Jupyter and other notebook front ends.
    fn _repr_html_(&self) -> String {
        let r = &self.report;
        let s = r.summary;
        let mut h = String::with_capacity(512 + 256 * r.findings.len());
        h.push_str("<div class=\"clusterfit-report\">");
        h.push_str(&format!(
            "<p><strong>clusterfit</strong> · profile <code>{}</code> · <strong style=\"color:{}\">{}</strong> · {}, {}, {}</p>",
            escape_html(&r.profile),
            if r.valid { "#1a7f37" } else { "#cf222e" },
            if r.valid { "valid" } else { "invalid" },
            plural(s.errors, "error", "errors"),
            plural(s.warnings, "warning", "warnings"),
            plural(s.infos, "info", "infos"),
        ));
        let c = &r.coverage;
        h.push_str(&format!(
            "<p class=\"clusterfit-coverage\">{} ran, {} lacked data{}{}</p>",
            plural(c.ran, "rule", "rules"),
            c.lacking_data.len(),
            if c.lacking_data.is_empty() {
                String::new()
            } else {
                format!(
                    " ({}; <code>strict=True</code> lists what is missing)",
                    c.lacking_data
                        .iter()
                        .map(|id| format!("<code>{}</code>", escape_html(id)))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            if r.suppressed.is_empty() {
                String::new()
            } else {
                format!(", {} suppressed", r.suppressed.len())
            },
        ));
        if r.findings.is_empty() {
            h.push_str("<p>no findings</p></div>");
            return h;
        }
        h.push_str(
            "<table><thead><tr><th>severity</th><th>rule</th><th>path</th><th>message</th><th>hint</th></tr></thead><tbody>",
        );
        // Errors first, then warnings, then infos; report order within a severity.
        let mut sorted: Vec<&cb::Finding> = r.findings.iter().collect();
        sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
        for f in sorted {
            let color = match f.severity.as_str() {
                "error" => "#cf222e",
                "warning" => "#9a6700",
                _ => "#0969da",
            };
            h.push_str(&format!(
                "<tr><td style=\"color:{color}\">{}</td><td><code>{}</code></td><td><code>{}</code></td><td style=\"text-align:left\">{}</td><td style=\"text-align:left\">{}</td></tr>",
                escape_html(f.severity.as_str()),
                escape_html(f.rule),
                escape_html(&f.path),
                html_text(&f.message),
                f.hint.as_deref().map(html_text).unwrap_or_default(),
            ));
        }
        h.push_str("</tbody></table></div>");
        h
    }
}

// ---------------------------------------------------------------------------------------------
// Functions.

/// Validates a cluster description (JSON text or a dict). Keyword arguments are merged over
/// `options` (`fail_on` becomes `failOn`).
#[pyfunction]
#[pyo3(signature = (doc, *, options=None, profile=None, disable=None, ignore=None, severity=None, fail_on=None, strict=None))]
#[allow(clippy::too_many_arguments)]
fn validate(
    py: Python<'_>,
    doc: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    disable: Option<&Bound<'_, PyAny>>,
    ignore: Option<&Bound<'_, PyAny>>,
    severity: Option<&Bound<'_, PyAny>>,
    fail_on: Option<&Bound<'_, PyAny>>,
    strict: Option<&Bound<'_, PyAny>>,
) -> PyResult<Report> {
    let opts = merged_options(
        py,
        options,
        [profile, disable, ignore, severity, fail_on, strict],
    )?;
    // The document as text (a `str`) or as a value built into the core's tree under the input
    // limits.
    let report = if let Ok(text) = doc.cast::<PyString>() {
        let doc = Doc::Text(text.to_str().map_err(|_| {
            py_err(
                py,
                &Error::new(
                    ErrorCode::InputNotJson,
                    "the document is not JSON: a string with unpaired surrogates is not valid UTF-8",
                ),
            )
        })?);
        py.detach(|| cb::validate_value(doc, &opts))
    } else {
        let arena = cb::Arena::new();
        let root = convert_tree(doc, &arena).map_err(|e| py_err(py, &e))?;
        py.detach(|| cb::validate_tree_value(root, &opts))
    };
    report.map(Report::from).map_err(|e| py_err(py, &e))
}

/// Validates YAML text (YAML 1.2, the same reader as the CLI and Node). Keyword arguments as for
/// `validate`.
#[pyfunction]
#[pyo3(signature = (text, *, options=None, profile=None, disable=None, ignore=None, severity=None, fail_on=None, strict=None))]
#[allow(clippy::too_many_arguments)]
fn validate_yaml(
    py: Python<'_>,
    text: &str,
    options: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    disable: Option<&Bound<'_, PyAny>>,
    ignore: Option<&Bound<'_, PyAny>>,
    severity: Option<&Bound<'_, PyAny>>,
    fail_on: Option<&Bound<'_, PyAny>>,
    strict: Option<&Bound<'_, PyAny>>,
) -> PyResult<Report> {
    let opts = merged_options(
        py,
        options,
        [profile, disable, ignore, severity, fail_on, strict],
    )?;
    py.detach(|| {
        cb::guard(|| {
            let options = cb::options_from_value(&opts)?;
            cb::validate_yaml(text, &options).map(Report::from)
        })
    })
    .map_err(|e| py_err(py, &e))
}

/// `options` with the keyword arguments merged over it (`fail_on` becomes `failOn`).
fn merged_options(
    py: Python<'_>,
    options: Option<&Bound<'_, PyAny>>,
    given: [Option<&Bound<'_, PyAny>>; 6],
) -> PyResult<Value> {
    let [profile, disable, ignore, severity, fail_on, strict] = given;
    let mut opts = match options {
        Some(o) => options_value(py, o)?,
        None => Value::Null,
    };
    let keywords = [
        ("profile", profile),
        ("disable", disable),
        ("ignore", ignore),
        ("severity", severity),
        ("failOn", fail_on),
        ("strict", strict),
    ];
    for (key, given) in keywords {
        let Some(given) = given else { continue };
        let v = options_value(py, given)?;
        if opts.is_null() {
            opts = Value::Object(Map::new());
        }
        // Options that are not an object are rejected by the core, keywords or not.
        if let Value::Object(m) = &mut opts {
            m.insert(key.to_string(), v);
        }
    }
    Ok(opts)
}

/// The rule catalog: one dict per rule.
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &cb::rules())
}

/// The built-in profiles.
#[pyfunction]
fn profiles(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &cb::profiles())
}

/// The JSON Schema of the input.
#[pyfunction]
fn schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_py(py, &cb::schema())
}

/// Facts about a CIDR block; a bad CIDR raises `OptionsError`.
#[pyfunction]
fn cidr_info<'py>(py: Python<'py>, cidr: &str) -> PyResult<Bound<'py, PyAny>> {
    match cb::cidr_info(cidr) {
        Ok(v) => to_py(py, &v),
        Err(e) => Err(py_err(py, &e)),
    }
}

/// A subnet plan inside `vpc` for `zones` zones; keyword options as in the JSON API (snake_case
/// names are accepted and turned into camelCase).
#[pyfunction]
#[pyo3(signature = (vpc, zones, **options))]
fn plan_subnets<'py>(
    py: Python<'py>,
    vpc: &str,
    zones: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let zones: u32 = match zones.cast::<PyBool>() {
        Ok(_) => None,
        Err(_) => zones.extract::<u32>().ok(),
    }
    .ok_or_else(|| {
        let shown = zones.repr().map(|r| r.to_string()).unwrap_or_default();
        py_err(
            py,
            &Error::options(format!(
                "`zones` must be a whole number of zones, found `{shown}`"
            )),
        )
    })?;
    let opts = match options {
        Some(kw) => {
            let mut map = Map::new();
            for (k, v) in kw.iter() {
                let key: String = k.extract()?;
                map.insert(camel(&key), options_value(py, &v)?);
            }
            Value::Object(map)
        }
        None => Value::Null,
    };
    match py.detach(|| cb::plan_subnets(vpc, zones, &opts)) {
        Ok(v) => to_py(py, &v),
        Err(e) => Err(py_err(py, &e)),
    }
}

/// A cluster description from `kubectl` output, an `eksctl` config (YAML or JSON) or a
/// `terraform` plan: `{"description": {...}, "notes": [{"path", "from", "message"}]}`.
/// `roles` maps pool names to roles, overriding the inferred ones.
#[pyfunction]
#[pyo3(signature = (kind, text, *, roles=None))]
fn describe<'py>(
    py: Python<'py>,
    kind: &str,
    text: &str,
    roles: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let options = match roles {
        Some(r) if !r.is_none() => {
            let mut map = Map::new();
            map.insert("roles".into(), options_value(py, r)?);
            Value::Object(map)
        }
        _ => Value::Null,
    };
    match py.detach(|| cb::describe(kind, text, &options)) {
        Ok(v) => to_py(py, &v),
        Err(e) => Err(py_err(py, &e)),
    }
}

/// Test hook: a panic inside the boundary's guard, raised as `ClusterfitError` (`INTERNAL`).
#[pyfunction]
fn _force_internal_error(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    match cb::force_internal_error() {
        Ok(v) => to_py(py, &v),
        Err(e) => Err(py_err(py, &e)),
    }
}

/// The `clusterfit` command line (the CLI crate) on the process's standard streams; `argv`
/// starts with the program name. Returns the exit code. The caller flushes Python's own
/// `sys.stdout` / `sys.stderr` first.
#[pyfunction]
fn run_cli(py: Python<'_>, argv: Vec<String>) -> u8 {
    let args: Vec<std::ffi::OsString> = argv.into_iter().map(Into::into).collect();
    py.detach(|| clusterfit_cli::run_process(args))
}

/// clusterfit's native module; import `clusterfit`, not this.
#[pymodule]
#[pyo3(name = "_native")]
fn native_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", VERSION)?;
    m.add_class::<Report>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Summary>()?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(validate_yaml, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(profiles, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(cidr_info, m)?)?;
    m.add_function(wrap_pyfunction!(plan_subnets, m)?)?;
    m.add_function(wrap_pyfunction!(describe, m)?)?;
    m.add_function(wrap_pyfunction!(_force_internal_error, m)?)?;
    m.add_function(wrap_pyfunction!(run_cli, m)?)?;
    Ok(())
}
