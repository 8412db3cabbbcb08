//! `demarche`: compiled to WebAssembly it is the widget; compiled natively, the command line
//! for people who write incident files (`demarche check`, `demarche pack`, `demarche schema`).

#[cfg(not(target_family = "wasm"))]
mod cli;
#[cfg(target_family = "wasm")]
mod widget;

fn main() {
    #[cfg(target_family = "wasm")]
    widget::main();
    #[cfg(not(target_family = "wasm"))]
    std::process::exit(cli::main(std::env::args().skip(1).collect()));
}
