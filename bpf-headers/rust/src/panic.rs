//! The panic handler for BPF programs.
//!
//! BPF has no way to unwind or abort, so a program must never reach a
//! panic: the handler calls `__irbpf_panic`, an undefined function that
//! never returns. irbpf keeps such calls through optimisation, so that the
//! panic checks the optimiser cannot prove dead stay visible; it then
//! reports every surviving panic site (`irbpf: warning: ... may panic at
//! src/lib.rs:12:9`, an error with `-Werror`) and lowers the call to
//! `unreachable`. Disable the `panic-handler` feature to supply your own.

extern "C" {
    fn __irbpf_panic() -> !;
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    unsafe { __irbpf_panic() }
}
