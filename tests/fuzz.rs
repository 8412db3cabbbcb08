//! A bounded run of the fuzzer (`make fuzz` runs a million): neither the TOML loader nor the
//! packed-file reader panics on mutated input, and the mutations reach both sides of each,
//! the files they accept and the ones they refuse.

#[test]
fn neither_loader_panics_on_mutated_input() {
    let tally = demarche::fuzz::run(3_000, 2026).unwrap_or_else(|failure| {
        panic!("the {} reader panicked on {:?}", failure.reader, String::from_utf8_lossy(&failure.input))
    });
    assert_eq!((tally.toml, tally.packed), (3_000, 3_000));
    assert!(tally.toml_valid > 0 && tally.toml_valid < tally.toml, "{tally:?}");
    assert!(tally.packed_valid > 0 && tally.packed_valid < tally.packed, "{tally:?}");
}
