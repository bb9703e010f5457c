// Every module above RuleEngine formats numbers with Diagnostics' `NumberFormatting`; re-exported here so a
// file that imports RuleEngine needs no second import for it.
@_exported import enum Diagnostics.NumberFormatting
