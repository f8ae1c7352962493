//! The parts of the annotated item the macros need: a function's name,
//! its context parameter's type and its return type; a static's name.

use proc_macro::{Delimiter, Ident, Spacing, TokenStream, TokenTree};

pub struct FnItem {
    pub name: Ident,
    /// The first parameter's type, empty when the function takes none.
    pub ctx_ty: TokenStream,
    /// What follows `->`, empty for `()`.
    pub ret: TokenStream,
}

fn is_punct(token: &TokenTree, c: char) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == c)
}

/// The tokens of the first parameter's type: after its pattern's `:`,
/// up to the next comma outside angle brackets.
fn first_param_type(params: TokenStream) -> Result<TokenStream, String> {
    let tokens: Vec<TokenTree> = params.into_iter().collect();
    if tokens.is_empty() {
        return Ok(TokenStream::new());
    }
    let colon = tokens.iter().enumerate().position(|(i, t)| {
        matches!(t, TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Alone)
            && (i == 0 || !is_punct(&tokens[i - 1], ':'))
    });
    let Some(colon) = colon else {
        return Err("expected `ctx: <context type>` as the program's parameter".into());
    };
    let mut depth = 0i32;
    let mut ty = Vec::new();
    for t in &tokens[colon + 1..] {
        match t {
            TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
            TokenTree::Punct(p) if p.as_char() == '>' && depth > 0 => depth -= 1,
            TokenTree::Punct(p) if p.as_char() == ',' && depth == 0 => break,
            _ => {}
        }
        ty.push(t.clone());
    }
    Ok(ty.into_iter().collect())
}

pub fn parse_fn(item: &TokenStream) -> Result<FnItem, String> {
    let mut tokens = item.clone().into_iter();
    while let Some(t) = tokens.next() {
        if matches!(&t, TokenTree::Ident(i) if i.to_string() == "fn") {
            break;
        }
    }
    let Some(TokenTree::Ident(name)) = tokens.next() else {
        return Err("this attribute goes on a function: `pub fn name(ctx: Context) -> u32`".into());
    };
    let params = match tokens.next() {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => g.stream(),
        Some(t) if is_punct(&t, '<') => {
            return Err("a BPF program cannot be generic".into());
        }
        _ => return Err("expected the function's parameter list".into()),
    };
    let ctx_ty = first_param_type(params)?;
    let mut ret = Vec::new();
    let mut in_ret = false;
    let mut prev_dash = false;
    for t in tokens {
        match &t {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => break,
            TokenTree::Ident(i) if i.to_string() == "where" => break,
            TokenTree::Punct(p) if p.as_char() == '>' && prev_dash && !in_ret => {
                in_ret = true;
                continue;
            }
            _ => {}
        }
        prev_dash = is_punct(&t, '-');
        if in_ret {
            ret.push(t);
        }
    }
    Ok(FnItem { name, ctx_ty, ret: ret.into_iter().collect() })
}

/// The name of a `static` item.
pub fn static_name(item: &TokenStream) -> Result<Ident, String> {
    let mut tokens = item.clone().into_iter();
    while let Some(t) = tokens.next() {
        if matches!(&t, TokenTree::Ident(i) if i.to_string() == "static") {
            let mut next = tokens.next();
            if matches!(&next, Some(TokenTree::Ident(i)) if i.to_string() == "mut") {
                next = tokens.next();
            }
            if let Some(TokenTree::Ident(name)) = next {
                return Ok(name);
            }
            break;
        }
    }
    Err("#[map] goes on a static: `static NAME: HashMap<K, V> = HashMap::with_max_entries(..);`"
        .into())
}
