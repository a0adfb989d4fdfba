//! The line of a JSON Pointer in the source text, so SARIF results land on the right line in
//! GitHub code scanning. JSON is walked exactly; YAML by indentation, which covers block-style
//! documents (flow-style YAML falls back to the nearest line found). Line 1 when nothing matches.
#[cfg(test)]
pub fn line_of(text: &str, path: &str, yaml: bool) -> usize {
    position_of(text, path, yaml).0
}

/// Line and column (1-based; the column counts characters) of the key or array item a JSON
/// Pointer leads to: the deepest one found.
pub fn position_of(text: &str, path: &str, yaml: bool) -> (usize, usize) {
    let tokens: Vec<String> = path
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    if yaml {
        yaml_line(text, &tokens)
    } else {
        let mut w = JsonWalk {
            b: text.as_bytes(),
            i: 0,
            line: 1,
            best: 1,
            best_at: None,
        };
        w.value(Some(&tokens));
        let col = w.best_at.map_or(1, |at| {
            let before = text.get(..at).unwrap_or("");
            let line_start = before.rfind('\n').map_or(0, |n| n + 1);
            before.get(line_start..).unwrap_or("").chars().count() + 1
        });
        (w.best, col)
    }
}

struct JsonWalk<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
    best: usize,
    best_at: Option<usize>,
}

impl JsonWalk<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
        }
        self.i += 1;
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }

    /// A string at the cursor, unescaped (raw text if it does not decode).
    fn string(&mut self) -> String {
        let start = self.i;
        self.bump();
        while let Some(c) = self.peek() {
            self.bump();
            if c == b'\\' {
                self.bump();
            } else if c == b'"' {
                break;
            }
        }
        let raw = self.b.get(start..self.i).unwrap_or_default();
        let raw = String::from_utf8_lossy(raw);
        serde_json::from_str(&raw).unwrap_or_else(|_| raw.trim_matches('"').to_string())
    }

    /// Walks one value; `target` is the rest of the pointer when this value is on its way.
    fn value(&mut self, target: Option<&[String]>) {
        self.ws();
        let (head, rest) = match target {
            Some([head, rest @ ..]) => (Some(head), Some(rest)),
            _ => (None, None),
        };
        match self.peek() {
            Some(b'{') => {
                self.bump();
                loop {
                    self.ws();
                    match self.peek() {
                        Some(b'"') => {
                            let key_line = self.line;
                            let key_at = self.i;
                            let key = self.string();
                            self.ws();
                            if self.peek() == Some(b':') {
                                self.bump();
                            }
                            if head == Some(&key) {
                                self.best = key_line;
                                self.best_at = Some(key_at);
                                self.value(rest);
                            } else {
                                self.value(None);
                            }
                        }
                        Some(b',') => self.bump(),
                        Some(b'}') => {
                            self.bump();
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') => {
                self.bump();
                let mut index = 0usize;
                loop {
                    self.ws();
                    match self.peek() {
                        Some(b']') => {
                            self.bump();
                            return;
                        }
                        Some(b',') => {
                            self.bump();
                            index += 1;
                        }
                        None => return,
                        Some(_) => {
                            if head.is_some_and(|h| h == &index.to_string()) {
                                self.best = self.line;
                                self.best_at = Some(self.i);
                                self.value(rest);
                            } else {
                                self.value(None);
                            }
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace() {
                        break;
                    }
                    self.bump();
                }
            }
            None => {}
        }
    }
}

/// Block-style YAML: each token is a key (`key:`, `"key":`, `- key:`) at the first column of
/// the current node's children, or the n-th `- ` item.
fn yaml_line(text: &str, tokens: &[String]) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let body = |l: &str| {
        let t = l.trim_start();
        !t.is_empty() && !t.starts_with('#') && t != "---"
    };
    // Column where a line's key starts, after any `- ` item markers.
    let key_col = |l: &str| {
        let mut t = l.trim_start();
        while let Some(rest) = t.strip_prefix('-') {
            if !(rest.is_empty() || rest.starts_with(' ')) {
                break;
            }
            t = rest.trim_start();
        }
        l.len() - t.len()
    };
    let mut start = 0usize;
    let mut end = lines.len();
    let mut best = (1, 1);
    for token in tokens {
        let range = || {
            lines
                .iter()
                .enumerate()
                .take(end)
                .skip(start)
                .filter(|(_, l)| body(l))
        };
        let Some((_, first)) = range().next() else {
            break;
        };
        let found = if first.trim_start().starts_with('-') && token.parse::<usize>().is_ok() {
            let item_indent = indent(first);
            range()
                .filter(|(_, l)| indent(l) == item_indent && l.trim_start().starts_with('-'))
                .nth(token.parse::<usize>().unwrap_or(usize::MAX))
                .map(|(i, l)| (i, indent(l), true))
        } else {
            let col = key_col(first);
            range()
                .filter(|(_, l)| key_col(l) == col)
                .find(|(_, l)| {
                    let t = l.get(col..).unwrap_or("");
                    let key = t.split(':').next().unwrap_or("").trim();
                    t.contains(':') && key.trim_matches(['"', '\'']) == token
                })
                .map(|(i, _)| (i, col, false))
        };
        let Some((i, col, item)) = found else { break };
        let chars = lines
            .get(i)
            .and_then(|l| l.get(..col))
            .map_or(col, |p| p.chars().count());
        best = (i + 1, chars + 1);
        // An item's first key sits on its own line; a key's children start below it.
        start = if item { i } else { i + 1 };
        end = lines
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, l)| {
                body(l)
                    && (indent(l) < col
                        || (indent(l) == col && (item || !l.trim_start().starts_with('-'))))
            })
            .map_or(lines.len(), |(j, _)| j);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_pointer_lines() {
        let text = "{\n  \"provider\": \"aws\",\n  \"network\": {\n    \"vpcCidr\": \"10.0.0.0/22\",\n    \"subnets\": [\n      {\"cidr\": \"a\"},\n      {\"cidr\": \"b\"}\n    ]\n  }\n}";
        assert_eq!(line_of(text, "/network/vpcCidr", false), 4);
        assert_eq!(line_of(text, "/network/subnets/1/cidr", false), 7);
        assert_eq!(line_of(text, "/nodePools", false), 1);
    }

    #[test]
    fn yaml_pointer_lines() {
        let text = "provider: aws\nnetwork:\n  vpcCidr: 10.0.0.0/22\n  subnets:\n    - cidr: a\n      type: private\n    - cidr: b\n      type: public\nnodePools:\n  - name: x\n";
        assert_eq!(line_of(text, "/network/vpcCidr", true), 3);
        assert_eq!(line_of(text, "/network/subnets/1/type", true), 8);
        assert_eq!(line_of(text, "/network/subnets/0/cidr", true), 5);
        assert_eq!(line_of(text, "/nodePools/0/name", true), 10);
        assert_eq!(position_of(text, "/network/subnets/1/type", true), (8, 7));
        assert_eq!(position_of(text, "/network/subnets/1", true), (7, 5));
    }

    #[test]
    fn json_pointer_columns() {
        let text = "{\n  \"network\": {\"vpcCidr\": \"x\", \"subnets\": [1, {\"cidr\": 2}]}\n}";
        assert_eq!(position_of(text, "/network/vpcCidr", false), (2, 15));
        assert_eq!(position_of(text, "/network/subnets/1/cidr", false), (2, 47));
        assert_eq!(position_of(text, "", false), (1, 1));
    }
}
