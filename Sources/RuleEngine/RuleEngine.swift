// RuleEngine: the expression language, ruleset format v1 and the rating it produces.
// It sees missions only as facts at dotted paths, through a protocol; it does not know the mission model.
