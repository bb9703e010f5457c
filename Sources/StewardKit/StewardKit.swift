// StewardKit: wires the mission model and the physics into facts, and offers the public API the CLI calls.
@_exported import Diagnostics
@_exported import MissionModel
