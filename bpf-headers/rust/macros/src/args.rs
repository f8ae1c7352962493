//! Attribute arguments: `key = "value"`, `key = 123` or a bare `key`,
//! separated by commas, as aya spells them (`category = "syscalls"`,
//! `function = "vfs_read"`, `ingress`, `frags`).

use proc_macro::{Delimiter, TokenStream, TokenTree};

pub struct Arg {
    pub key: String,
    /// The literal's text without quotes; `None` for a bare key.
    pub value: Option<String>,
}

/// The text of a string or integer literal, unquoted.
fn literal_text(lit: &proc_macro::Literal) -> Result<String, String> {
    let text = lit.to_string();
    if text.starts_with('"') {
        let inner = &text[1..text.len() - 1];
        if inner.contains('\\') {
            return Err(format!("escape sequences are not supported in {}", text));
        }
        return Ok(inner.to_string());
    }
    if text.starts_with('r') {
        let body = text.trim_start_matches('r').trim_matches('#');
        return Ok(body.trim_matches('"').to_string());
    }
    if text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Ok(text.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '_')
            .to_string());
    }
    Err(format!("expected a string or an integer, found {}", text))
}

/// Splits the attribute's tokens into arguments.
pub fn parse(attr: TokenStream) -> Result<Vec<Arg>, String> {
    let mut args = Vec::new();
    let mut tokens = attr.into_iter().peekable();

    while let Some(token) = tokens.next() {
        let key = match token {
            TokenTree::Ident(ident) => ident.to_string(),
            TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
                return parse(g.stream());
            }
            other => return Err(format!("expected an argument name, found `{}`", other)),
        };
        let mut value = None;
        if let Some(TokenTree::Punct(p)) = tokens.peek() {
            if p.as_char() == '=' {
                tokens.next();
                match tokens.next() {
                    Some(TokenTree::Literal(lit)) => value = Some(literal_text(&lit)?),
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::None => {
                        match g.stream().into_iter().next() {
                            Some(TokenTree::Literal(lit)) => value = Some(literal_text(&lit)?),
                            _ => return Err(format!("`{}` needs a literal value", key)),
                        }
                    }
                    _ => return Err(format!("`{}` needs a literal value", key)),
                }
            }
        }
        match tokens.next() {
            None => {}
            Some(TokenTree::Punct(p)) if p.as_char() == ',' => {}
            Some(other) => return Err(format!("expected `,` after `{}`, found `{}`", key, other)),
        }
        args.push(Arg { key, value });
    }
    Ok(args)
}

/// Checks that every argument is one of `allowed` (name, takes a value).
pub fn check(args: &[Arg], macro_name: &str, allowed: &[(&str, bool)]) -> Result<(), String> {
    for arg in args {
        match allowed.iter().find(|(name, _)| *name == arg.key) {
            None => {
                let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
                return Err(if names.is_empty() {
                    format!("#[{}] takes no arguments", macro_name)
                } else {
                    format!("#[{}] has no argument `{}` (it takes: {})", macro_name, arg.key,
                            names.join(", "))
                });
            }
            Some((_, true)) if arg.value.is_none() => {
                return Err(format!("#[{}]: `{}` needs a value: {} = \"...\"", macro_name,
                                   arg.key, arg.key));
            }
            Some((_, false)) if arg.value.is_some() => {
                return Err(format!("#[{}]: `{}` takes no value", macro_name, arg.key));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The value of `key`, if given.
pub fn get<'a>(args: &'a [Arg], key: &str) -> Option<&'a str> {
    args.iter().find(|a| a.key == key).and_then(|a| a.value.as_deref())
}

/// True when the bare flag `key` is given.
pub fn flag(args: &[Arg], key: &str) -> bool {
    args.iter().any(|a| a.key == key)
}
