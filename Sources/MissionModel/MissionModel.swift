// MissionModel: the typed mission descriptor (format steward/mission@1) and its strict loader.
