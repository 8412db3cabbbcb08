//! `fuzz [CASES] [SEED]`: mutated input through the TOML loader and the packed-file reader
//! (src/fuzz.rs); reports how many ran, and on a panic writes the input that caused it.

use std::{env, fs, process};

fn main() {
    let mut args = env::args().skip(1);
    let cases = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(0x5eed);
    // The default hook would print every caught panic; the report below says what matters.
    std::panic::set_hook(Box::new(|_| {}));
    let started = std::time::Instant::now();
    match demarche::fuzz::run(cases, seed) {
        Ok(tally) => println!(
            "fuzz: {} TOML inputs ({} valid) and {} packed inputs ({} valid), no panic, in {:.1} s (seed {seed})",
            tally.toml,
            tally.toml_valid,
            tally.packed,
            tally.packed_valid,
            started.elapsed().as_secs_f64()
        ),
        Err(failure) => {
            let path = format!("target/fuzz-failure-{}.bin", failure.reader);
            let _ = fs::write(&path, &failure.input);
            eprintln!("fuzz: the {} reader panicked (seed {seed}); the input is in {path}", failure.reader);
            process::exit(1);
        }
    }
}
