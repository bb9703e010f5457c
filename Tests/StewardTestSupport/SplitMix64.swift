/// The seeded generator tests use is the library's own (Diagnostics), so tests and Monte Carlo draws share one.
@_exported import struct Diagnostics.SplitMix64
