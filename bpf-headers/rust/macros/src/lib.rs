//! Attribute macros for BPF programs written against bpf-headers (aya's
//! programming model on stable Rust): `#[map]` places a map static in
//! the `maps` section under its own name, and each program attribute
//! (`#[xdp]`, `#[tracepoint(category = "syscalls", name = "sys_enter_execve")]`,
//! ...) turns `pub fn name(ctx: XdpContext) -> u32` into the
//! `extern "C"` entry point libbpf loads, in the section of its kind,
//! which builds the context from the kernel's pointer and calls the
//! function as written.
//!
//! Written with the compiler's `proc_macro` API alone. The generated code
//! names no crate path: the context type is the one in the function's
//! signature, so the crate may be imported under any name
//! (`aya-ebpf = { package = "bpf-headers", ... }`).

extern crate proc_macro;

mod args;
mod item;
mod section;

use proc_macro::{Delimiter, Group, Span, TokenStream, TokenTree};

use section::Kind;

fn error(msg: &str) -> TokenStream {
    tokens(&format!("::core::compile_error!({:?});", msg))
        .into_iter()
        .map(|mut t| {
            t.set_span(Span::call_site());
            t
        })
        .collect()
}

fn tokens(code: &str) -> TokenStream {
    code.parse().expect("generated code parses")
}

/// `#[unsafe(no_mangle)]`, or `#[unsafe(export_name = "...")]` for a
/// symbol name other than the item's.
fn symbol_attr(rename: Option<&str>) -> String {
    match rename {
        Some(name) => format!("#[unsafe(export_name = {:?})]", name),
        None => "#[unsafe(no_mangle)]".into(),
    }
}

fn program(kind: &Kind, attr: TokenStream, item: TokenStream) -> TokenStream {
    let args = match args::parse(attr) {
        Ok(args) => args,
        Err(e) => return error(&e),
    };
    let section = match kind.section(&args) {
        Ok(s) => s,
        Err(e) => return error(&e),
    };
    let func = match item::parse_fn(&item) {
        Ok(f) => f,
        Err(e) => return error(&format!("#[{}]: {}", kind.attr, e)),
    };
    let name = func.name.to_string();
    let has_ctx = !func.ctx_ty.is_empty();
    let mut out = tokens(&format!(
        "{} #[unsafe(link_section = {:?})] pub extern \"C\" fn",
        symbol_attr(kind.symbol(&args)), section));
    out.extend([TokenTree::Ident(func.name.clone())]);
    out.extend(tokens(if has_ctx { "(ctx: *mut ::core::ffi::c_void)" }
                      else { "(_ctx: *mut ::core::ffi::c_void)" }));
    if !func.ret.is_empty() {
        out.extend(tokens("->"));
        out.extend(func.ret);
    }
    let mut body = tokens(&format!("return {}", name));
    let call_args = if has_ctx {
        let mut a = tokens("<");
        a.extend(func.ctx_ty);
        a.extend(tokens(">::new(ctx as *mut _)"));
        a
    } else {
        TokenStream::new()
    };
    body.extend([TokenTree::Group(Group::new(Delimiter::Parenthesis, call_args))]);
    body.extend(tokens(";"));
    body.extend(item);
    out.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
    out
}

/// A map: `#[map] static NAME: HashMap<K, V> = HashMap::with_max_entries(N, 0);`
/// goes to section `maps` under the symbol `NAME` (or `name = "..."`),
/// the map's name for loaders.
#[proc_macro_attribute]
pub fn map(attr: TokenStream, item: TokenStream) -> TokenStream {
    let args = match args::parse(attr) {
        Ok(args) => args,
        Err(e) => return error(&e),
    };
    if let Err(e) = args::check(&args, "map", &[("name", true)]) {
        return error(&e);
    }
    if let Err(e) = item::static_name(&item) {
        return error(&e);
    }
    let mut out = tokens(&format!("{} #[unsafe(link_section = \"maps\")]",
                                  symbol_attr(args::get(&args, "name"))));
    out.extend(item);
    out
}

macro_rules! program_attributes {
    ($($(#[$doc:meta])* $name:ident => $kind:ident;)*) => {$(
        $(#[$doc])*
        #[proc_macro_attribute]
        pub fn $name(attr: TokenStream, item: TokenStream) -> TokenStream {
            program(&section::$kind, attr, item)
        }
    )*};
}

program_attributes! {
    /// XDP: `#[xdp]`, `#[xdp(frags)]`, `#[xdp(map = "cpumap")]`; `fn(ctx: XdpContext) -> u32`.
    xdp => XDP;
    /// tc: `#[classifier]` (section `classifier`); `fn(ctx: TcContext) -> i32`.
    classifier => CLASSIFIER;
    /// `#[tracepoint(category = "syscalls", name = "sys_enter_execve")]`
    /// (section `tracepoint/<category>/<name>`, or `tracepoint` without
    /// them); `fn(ctx: TracePointContext) -> u32`.
    tracepoint => TRACEPOINT;
    /// `#[raw_tracepoint(tracepoint = "sys_enter")]` (section `raw_tp/<tracepoint>`);
    /// `fn(ctx: RawTracePointContext) -> i32`.
    raw_tracepoint => RAW_TRACEPOINT;
    /// `#[kprobe]`, `#[kprobe(function = "vfs_read", offset = 0)]`; `fn(ctx: ProbeContext) -> u32`.
    kprobe => KPROBE;
    /// `#[kretprobe(function = "vfs_read")]`; `fn(ctx: RetProbeContext) -> u32`.
    kretprobe => KRETPROBE;
    /// `#[uprobe]`, `#[uprobe(path = "/bin/sh", function = "main")]`; `fn(ctx: ProbeContext) -> u32`.
    uprobe => UPROBE;
    /// `#[uretprobe(path = "...", function = "...")]`; `fn(ctx: RetProbeContext) -> u32`.
    uretprobe => URETPROBE;
    /// Socket filter (section `socket`); `fn(ctx: SkBuffContext) -> i64`.
    socket_filter => SOCKET_FILTER;
    /// `#[cgroup_skb(ingress)]` / `#[cgroup_skb(egress)]`; `fn(ctx: SkBuffContext) -> i32`.
    cgroup_skb => CGROUP_SKB;
    /// `#[perf_event]`; `fn(ctx: PerfEventContext) -> u32`.
    perf_event => PERF_EVENT;
}
