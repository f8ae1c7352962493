//! The ELF section of each program kind, as libbpf names them, from the
//! attribute's arguments (aya's spelling).

use crate::args::{self, Arg};

/// Arguments every program attribute takes besides its own: `name`
/// gives the program (its symbol) another name than the function's.
const NAME: (&str, bool) = ("name", true);

pub struct Kind {
    pub attr: &'static str,
    allowed: &'static [(&'static str, bool)],
    section: fn(&[Arg]) -> Result<String, String>,
}

impl Kind {
    /// The section, after checking the arguments.
    pub fn section(&self, args: &[Arg]) -> Result<String, String> {
        args::check(args, self.attr, self.allowed)?;
        (self.section)(args)
    }

    /// The program's symbol name when `name` renames it (not for
    /// tracepoints, whose `name` is the event's).
    pub fn symbol<'a>(&self, args: &'a [Arg]) -> Option<&'a str> {
        if self.attr == "tracepoint" {
            return None;
        }
        args::get(args, "name")
    }
}

fn xdp(args: &[Arg]) -> Result<String, String> {
    let mut sec = String::from(if args::flag(args, "frags") { "xdp.frags" } else { "xdp" });
    if let Some(map) = args::get(args, "map") {
        if map != "cpumap" && map != "devmap" {
            return Err(format!("#[xdp]: map = \"{}\" is neither \"cpumap\" nor \"devmap\"", map));
        }
        sec = format!("{}/{}", sec, map);
    }
    Ok(sec)
}

fn tracepoint(args: &[Arg]) -> Result<String, String> {
    match (args::get(args, "category"), args::get(args, "name")) {
        (Some(cat), Some(name)) => Ok(format!("tracepoint/{}/{}", cat, name)),
        (None, None) => Ok("tracepoint".into()),
        _ => Err("#[tracepoint] needs both category = \"...\" and name = \"...\" (or neither)"
            .into()),
    }
}

fn raw_tracepoint(args: &[Arg]) -> Result<String, String> {
    Ok(match args::get(args, "tracepoint") {
        Some(tp) => format!("raw_tp/{}", tp),
        None => "raw_tp".into(),
    })
}

fn probe(kind: &str, args: &[Arg]) -> Result<String, String> {
    match (args::get(args, "function"), args::get(args, "offset")) {
        (Some(f), Some(off)) => Ok(format!("{}/{}+{}", kind, f, off)),
        (Some(f), None) => Ok(format!("{}/{}", kind, f)),
        (None, Some(_)) => Err(format!("#[{}]: offset needs function = \"...\"", kind)),
        (None, None) => Ok(kind.into()),
    }
}

fn uprobe_like(kind: &str, args: &[Arg]) -> Result<String, String> {
    let base = if args::flag(args, "sleepable") { format!("{}.s", kind) } else { kind.into() };
    let Some(path) = args::get(args, "path") else {
        if args::get(args, "function").is_some() {
            return Err(format!("#[{}]: function needs path = \"...\"", kind));
        }
        return Ok(base);
    };
    let mut sec = format!("{}/{}", base, path);
    if let Some(f) = args::get(args, "function") {
        sec = format!("{}:{}", sec, f);
        if let Some(off) = args::get(args, "offset") {
            sec = format!("{}+{}", sec, off);
        }
    }
    Ok(sec)
}

fn cgroup_skb(args: &[Arg]) -> Result<String, String> {
    let attach = args::get(args, "attach")
        .or(args::flag(args, "ingress").then_some("ingress"))
        .or(args::flag(args, "egress").then_some("egress"));
    match attach {
        None => Ok("cgroup/skb".into()),
        Some(dir @ ("ingress" | "egress")) => Ok(format!("cgroup_skb/{}", dir)),
        Some(other) => Err(format!("#[cgroup_skb]: attach = \"{}\" is neither \"ingress\" nor \
                                    \"egress\"", other)),
    }
}

pub const XDP: Kind = Kind { attr: "xdp", allowed: &[("frags", false), ("map", true), NAME],
                             section: xdp };
pub const CLASSIFIER: Kind = Kind { attr: "classifier", allowed: &[NAME],
                                    section: |_| Ok("classifier".into()) };
pub const SOCKET_FILTER: Kind = Kind { attr: "socket_filter", allowed: &[NAME],
                                       section: |_| Ok("socket".into()) };
pub const PERF_EVENT: Kind = Kind { attr: "perf_event", allowed: &[NAME],
                                    section: |_| Ok("perf_event".into()) };
pub const TRACEPOINT: Kind = Kind { attr: "tracepoint",
                                    allowed: &[("category", true), ("name", true)],
                                    section: tracepoint };
pub const RAW_TRACEPOINT: Kind = Kind { attr: "raw_tracepoint",
                                        allowed: &[("tracepoint", true), NAME],
                                        section: raw_tracepoint };
pub const KPROBE: Kind = Kind { attr: "kprobe",
                                allowed: &[("function", true), ("offset", true), NAME],
                                section: |a| probe("kprobe", a) };
pub const KRETPROBE: Kind = Kind { attr: "kretprobe",
                                   allowed: &[("function", true), ("offset", true), NAME],
                                   section: |a| probe("kretprobe", a) };
const UPROBE_ARGS: &[(&str, bool)] =
    &[("path", true), ("function", true), ("offset", true), ("sleepable", false), NAME];
pub const UPROBE: Kind = Kind { attr: "uprobe", allowed: UPROBE_ARGS,
                                section: |a| uprobe_like("uprobe", a) };
pub const URETPROBE: Kind = Kind { attr: "uretprobe", allowed: UPROBE_ARGS,
                                   section: |a| uprobe_like("uretprobe", a) };
pub const CGROUP_SKB: Kind = Kind { attr: "cgroup_skb",
                                    allowed: &[("ingress", false), ("egress", false),
                                               ("attach", true), NAME],
                                    section: cgroup_skb };
