// Astrodynamics: orbits, atmosphere, solar activity, lifetime, disposal, re-entry, collision and environment models.
// Depends on Foundation only, so the physics can be reused and tested without the rest of Steward.
