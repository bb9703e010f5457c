/// Thermal properties of a component material, the inputs of the lumped-mass demise model.
///
/// Values are handbook figures, not the DAS 3.x or ESA DRAMA material tables (those could not be retrieved as
/// text; see docs/physics.md): melting points and heats of fusion of the base metal from the CRC Handbook of
/// Chemistry and Physics (97th ed., "Heat of fusion of the elements", "Melting points"), alloy melting ranges
/// from producers' datasheets (Ti-6Al-4V, 6061, 316 stainless, Inconel 718), densities from the same. Specific
/// heats are Steward's mean over 300 K → melting from handbook c_p(T) curves, rounded — the lumped model uses a
/// single value, and the room-temperature c_p would understate the heat a part can store. Emissivities are for
/// oxidised surfaces, as a part is after a few seconds of heating.
public struct ReentryMaterial: Sendable, Hashable {
    /// Identifier used in mission descriptors (`material:`).
    public var identifier: String
    /// kg/m³.
    public var density: Double
    /// Mean specific heat from 300 K to melting, J/(kg·K).
    public var specificHeat: Double
    /// Temperature at which the part starts to be lost, K (melting, or decomposition for non-metals).
    public var demiseTemperature: Double
    /// Heat absorbed while the part is lost at the demise temperature, J/kg (heat of fusion for metals).
    public var heatOfDemise: Double
    /// Total hemispherical emissivity of the oxidised surface.
    public var emissivity: Double

    public init(identifier: String, density: Double, specificHeat: Double, demiseTemperature: Double,
                heatOfDemise: Double, emissivity: Double) {
        self.identifier = identifier
        self.density = density
        self.specificHeat = specificHeat
        self.demiseTemperature = demiseTemperature
        self.heatOfDemise = heatOfDemise
        self.emissivity = emissivity
    }

    /// Heat per kilogram to bring the part from 300 K to its demise temperature and then lose it entirely, J/kg.
    public var heatToDemisePerKg: Double {
        specificHeat * (demiseTemperature - 300) + heatOfDemise
    }

    // Aluminium alloy 6061: melting range 855–925 K (midpoint 890 K); heat of fusion of Al 10.71 kJ/mol → 397 kJ/kg
    // (CRC); c_p 900 J/(kg·K) at 300 K rising to ≈1170 near melting → mean 1000.
    public static let aluminium = ReentryMaterial(identifier: "aluminium", density: 2700, specificHeat: 1000,
                                                  demiseTemperature: 890, heatOfDemise: 397e3, emissivity: 0.3)
    // Ti-6Al-4V: melting range 1877–1933 K (midpoint 1905 K); heat of fusion of Ti 14.15 kJ/mol → 296 kJ/kg (CRC);
    // c_p 526 J/(kg·K) at 300 K rising to ≈750 near 1200 K → mean 650.
    public static let titanium = ReentryMaterial(identifier: "titanium", density: 4430, specificHeat: 650,
                                                 demiseTemperature: 1905, heatOfDemise: 296e3, emissivity: 0.6)
    // AISI 316 stainless: melting range 1648–1673 K → 1660 K; heat of fusion of Fe 13.81 kJ/mol → 247 kJ/kg (CRC,
    // used for all steels: no alloy value found); c_p 500 → ≈680 → mean 590.
    public static let stainlessSteel = ReentryMaterial(identifier: "stainless_steel", density: 8000,
                                                       specificHeat: 590, demiseTemperature: 1660,
                                                       heatOfDemise: 247e3, emissivity: 0.85)
    // Carbon steel: melting ≈1780 K (Fe 1811 K, CRC, lowered by carbon); heat of fusion of Fe 247 kJ/kg; c_p 490 →
    // ≈700 with the magnetic peak near 1040 K → mean 620.
    public static let steel = ReentryMaterial(identifier: "steel", density: 7850, specificHeat: 620,
                                              demiseTemperature: 1780, heatOfDemise: 247e3, emissivity: 0.8)
    // Beryllium: melting 1560 K, heat of fusion 7.895 kJ/mol → 876 kJ/kg (CRC); c_p 1825 at 300 K rising to
    // ≈3000 → mean 2500.
    public static let beryllium = ReentryMaterial(identifier: "beryllium", density: 1850, specificHeat: 2500,
                                                  demiseTemperature: 1560, heatOfDemise: 876e3, emissivity: 0.6)
    // Copper: melting 1358 K, heat of fusion 13.26 kJ/mol → 209 kJ/kg (CRC); c_p 385 → ≈470 → mean 430.
    public static let copper = ReentryMaterial(identifier: "copper", density: 8960, specificHeat: 430,
                                               demiseTemperature: 1358, heatOfDemise: 209e3, emissivity: 0.6)
    // Glass, taken as fused silica: softening/melting ≈1986 K, heat of fusion of SiO₂ 9.6 kJ/mol → 160 kJ/kg
    // (CRC); c_p 740 → ≈1200 → mean 1000.
    public static let glass = ReentryMaterial(identifier: "glass", density: 2200, specificHeat: 1000,
                                              demiseTemperature: 1986, heatOfDemise: 160e3, emissivity: 0.85)
    // Carbon-fibre reinforced polymer: no melting. Steward's conservative assumption (no published lumped value
    // found): the part is lost only when the carbon fibres oxidise away, modelled as a demise temperature of
    // 2000 K with an effective heat of 1 MJ/kg (resin pyrolysis and fibre oxidation), which makes CFRP parts
    // hard to demise, as ESA's design-for-demise work reports for composite-overwrapped tanks.
    public static let cfrp = ReentryMaterial(identifier: "cfrp", density: 1600, specificHeat: 1100,
                                             demiseTemperature: 2000, heatOfDemise: 1.0e6, emissivity: 0.85)
    // Silicon carbide: decomposes near 3003 K instead of melting (CRC); no heat of fusion, so the decomposition
    // heat is not credited (conservative): the part is lost when it reaches 3003 K. c_p 690 → ≈1300 → mean 1100.
    public static let siliconCarbide = ReentryMaterial(identifier: "silicon_carbide", density: 3210,
                                                       specificHeat: 1100, demiseTemperature: 3003,
                                                       heatOfDemise: 0, emissivity: 0.85)
    // Inconel 718: melting range 1533–1609 K → 1570 K; heat of fusion of Ni 17.48 kJ/mol → 298 kJ/kg (CRC, the
    // base metal); c_p 435 → ≈650 → mean 560.
    public static let inconel = ReentryMaterial(identifier: "inconel", density: 8190, specificHeat: 560,
                                                demiseTemperature: 1570, heatOfDemise: 298e3, emissivity: 0.8)

    // Tungsten: density 19,300 kg/m³ (refractory-metals property chart, 19.3 g/cm³); melting 3695 K (3422 °C) and
    // heat of fusion 52.31 kJ/mol ÷ 183.84 g/mol = 284.5 kJ/kg (CRC Handbook, 104th ed., "Heats of fusion of the
    // elements"); c_p 134 J/(kg·K) at room temperature (same chart) → 160, Steward's estimate of the mean to
    // melting. Emissivity 0.35: bright tungsten's total hemispherical emissivity at 2000–3000 K is ≈ 0.3–0.4
    // (CRC, Forsythe–Worthing), its oxide WO₃ volatilising above ≈ 1300 K. Tungsten parts essentially never demise.
    public static let tungsten = ReentryMaterial(identifier: "tungsten", density: 19_300, specificHeat: 160,
                                                 demiseTemperature: 3695, heatOfDemise: 284.5e3, emissivity: 0.35)
    // Invar 36 (Fe-36Ni): density 8050 kg/m³ and melting 1427 °C = 1700 K (Carpenter Technology, Invar 36 data
    // sheet, 3/15/04); c_p 515 J/(kg·K) near room temperature (0.123 BTU/(lb·°F), same sheet) → 600, Steward's
    // estimate of the mean to melting; heat of fusion 0.64 × 247 (Fe) + 0.36 × 297.8 (Ni) = 265 kJ/kg, mass-weighted
    // base metals (CRC; no alloy value found). Emissivity 0.8, oxidised iron–nickel (Fluke/Raytek emissivity
    // tables: oxidised nickel 0.8–0.9, oxidised iron 0.6–0.9).
    public static let invar = ReentryMaterial(identifier: "invar", density: 8050, specificHeat: 600,
                                              demiseTemperature: 1700, heatOfDemise: 265e3, emissivity: 0.8)
    // Magnesium alloy AZ31B: density 1770 kg/m³, c_p 1000 J/(kg·K) at room temperature, solidus 605 °C and
    // liquidus 632 °C (SubsTech, "Wrought magnesium alloy AZ31B") → midpoint 891 K; heat of fusion 340 kJ/kg
    // (matmake AZ31B; Mg element 8.48 kJ/mol ÷ 24.305 = 349 kJ/kg, CRC); c_p mean to melting 1100 (Steward's
    // estimate). Emissivity 0.3 (Fluke/Raytek table: magnesium 0.3–0.8; the low end is conservative here only
    // in that it slows heating). Magnesium also burns; the melt-only model ignores that heat, which predicts
    // more survival (the conservative direction for casualty risk).
    public static let magnesium = ReentryMaterial(identifier: "magnesium", density: 1770, specificHeat: 1100,
                                                  demiseTemperature: 891, heatOfDemise: 340e3, emissivity: 0.3)
    // Nickel (Ni 200, commercially pure): density 8890 kg/m³ and melting 1728 K (CRC); heat of fusion 17.48 kJ/mol
    // ÷ 58.693 g/mol = 297.8 kJ/kg (CRC); c_p 445 J/(kg·K) at room temperature with the magnetic peak at the
    // 631 K Curie point → 550, Steward's estimate of the mean to melting. Emissivity 0.8, oxidised nickel
    // (Fluke/Raytek table: 0.8–0.9).
    public static let nickel = ReentryMaterial(identifier: "nickel", density: 8890, specificHeat: 550,
                                               demiseTemperature: 1728, heatOfDemise: 297.8e3, emissivity: 0.8)
    // Glass-fibre reinforced polymer (E-glass/epoxy): no melting. The demise temperature is the E-glass fibre
    // softening point 844 °C = 1117 K (kk-soyo, "Properties of glass fiber": E-glass density 2600 kg/m³, c_p
    // 763 J/(kg·K)); the resin is lost far below. Laminate density 0.6 × 2600 + 0.4 × 1200 ≈ 2000 → 1900 for
    // typical fibre fractions (derived); c_p 950 (Steward's estimate). Effective heat 1 MJ/kg is the same Steward
    // assumption as for CFRP (resin pyrolysis and fibre softening; no published lumped value found). Emissivity
    // 0.85 (oxidised/charred non-metal, as CFRP).
    public static let gfrp = ReentryMaterial(identifier: "gfrp", density: 1900, specificHeat: 950,
                                             demiseTemperature: 1117, heatOfDemise: 1.0e6, emissivity: 0.85)
    // Aramid (Kevlar 49): does not melt; decomposes at 427–482 °C in air (DuPont Kevlar Technical Guide,
    // "Decomposition temperature"), so the demise temperature is the upper bound 755 K. Specific gravity 1.44
    // (DuPont Kevlar 49 Data Manual, 1974) → 1440 kg/m³. c_p 1400 J/(kg·K) and effective heat 1 MJ/kg are Steward
    // assumptions (as for CFRP; DuPont's heat of combustion is released, not absorbed, so it is not credited).
    // Emissivity 0.85 (charred non-metal, as CFRP).
    public static let kevlar = ReentryMaterial(identifier: "kevlar", density: 1440, specificHeat: 1400,
                                               demiseTemperature: 755, heatOfDemise: 1.0e6, emissivity: 0.85)

    /// Every material Steward knows, by descriptor identifier: every `material:` the descriptor format accepts.
    public static let catalogue: [String: ReentryMaterial] = Dictionary(
        uniqueKeysWithValues: [aluminium, titanium, stainlessSteel, steel, beryllium, copper, glass, cfrp,
                               siliconCarbide, inconel, tungsten, invar, magnesium, nickel, gfrp, kevlar]
            .map { ($0.identifier, $0) })

    /// The material for a descriptor identifier (`aluminum` is accepted as a spelling of `aluminium`).
    public static func named(_ identifier: String) -> ReentryMaterial? {
        catalogue[identifier == "aluminum" ? "aluminium" : identifier]
    }
}
