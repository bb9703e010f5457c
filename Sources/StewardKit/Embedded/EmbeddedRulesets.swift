// Generated from Rulesets/*.yaml by EmbeddedSourceGenerator; do not edit by hand.
// Regenerate with: STEWARD_REGENERATE=1 swift test --filter EmbeddedResourcesTests

enum EmbeddedRulesetSources {
    /// File name → contents, in name order.
    static let files: [(name: String, contents: String)] = [
        ("esa-sdm-2023.yaml", #"""
        # Overlay: ESA Space Debris Mitigation Requirements, ESSB-ST-U-007 Issue 1 (2023), ESA's "Zero Debris" approach.
        #
        # The standard itself was not readable; its thresholds are taken from ESA's own summaries:
        # - ESA Space Environment Report 2025 (§0 p.10, §6.1), https://www.sdo.esoc.esa.int/environment_report/Space_Environment_Report_latest.pdf:
        #   LEO orbit lifetime < 5 years AND cumulative collision probability with objects > 1 cm from end of life to
        #   re-entry < 1e-3;
        # - http://www.esa.int/Our_Activities/Space_Safety/Space_Debris/Mitigating_space_debris_generation/ (in force
        #   Nov 2023): probability of successful disposal "higher than 90 %", interfaces that make removal easier;
        # - the 1:10,000 casualty limit is the one ESA shares with NASA and IADC (NASA-STD-8719.14C §4.7.3.1 says so).
        # The ESSB clause numbers were NOT FOUND, so the references name the requirement, not its clause.
        #
        # Caveat on the collision requirement: ESA counts objects larger than 1 cm; Steward's collision probability uses
        # the public catalogue (objects > 10 cm) only. The 1-cm population is far larger, so a mission that fails the
        # check below certainly fails ESA's requirement, but a pass does not prove compliance: a MASTER-8 analysis is
        # still needed.
        format: steward/ruleset@1
        id: esa-sdm-2023
        version: 1.0.0
        title: ESA Space Debris Mitigation Requirements (ESSB-ST-U-007, 2023)
        extends: lts-2019
        assumptions:
          target_residual_lifetime_years: 5
        overrides:
          # Steward's own Silver cap for spacecraft without propulsion (lts-2019 B.4) is not a limit of this regime.
          - rule: B.4-manoeuvre-capability
            required: null
          # Steward's Gold cap on a constellation's collective casualty risk (lts-2019 B.9, after French Art. 48-2) is not
          # a limit of this regime either.
          - rule: B.9-fleet-casualty-risk
            required: null
          - rule: B.8-post-mission-lifetime
            title: The object leaves the LEO protected region within 5 years of the end of its mission
            rationale: >-
              ESA's 2023 requirements shorten the LEO residual lifetime from 25 to fewer than 5 years. Required under
              this overlay. The score keeps the base scale (5 years → 0.9, 25 years → 0.6) so that missions compare
              across rulesets; the cap does the regulatory work.
            required:
              condition: derived.lifetime.post_mission_years < 5
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "ESA ESSB-ST-U-007 (2023) LEO disposal, per ESA Space Environment Report 2025 §0, §6.1"]
            advice: Lower perigee at end of mission (propulsively or with a drag device) so the object re-enters within 5 years.
          - rule: B.8-disposal-success-probability
            title: The disposal succeeds with a probability higher than 0.9
            rationale: ESA requires a probability of successful disposal higher than 90 %. Required under this overlay; base scale kept.
            required:
              condition: end_of_life.success_probability > 0.9
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "ESA ESSB-ST-U-007 (2023) disposal reliability, per esa.int 'Mitigating space debris generation'"]
            advice: Raise the disposal reliability above 0.9 (the ESA Zero Debris Charter aims at 0.99) and declare end_of_life.success_probability.
          - rule: D.2-collision-probability
            title: The cumulative collision probability until re-entry is below 0.001 (checked for objects > 10 cm only)
            rationale: >-
              ESA requires the cumulative probability of collision with objects larger than 1 cm from end of life to
              re-entry to stay below 1e-3. Steward's fact counts catalogued objects (> 10 cm) over operations and
              disposal, which under-counts the 1-cm population, so this required check is necessary but not sufficient:
              a failure is certain non-compliance, a pass still needs a MASTER-8 analysis.
            required:
              condition: derived.collision.probability_large_debris < 1.0e-3
              caps_tier_at: bronze
            references: ["LTS D.2 ¶3", "ESA ESSB-ST-U-007 (2023) collision probability, per ESA Space Environment Report 2025 §0"]
            advice: Shorten the post-mission lifetime or reduce the cross-section; confirm the > 1 cm probability with ESA MASTER/DRAMA.

        """#),
        ("fcc-2024.yaml", #"""
        # Overlay: U.S. Federal Communications Commission orbital-debris rules for space stations it licenses or grants
        # market access to, as amended by the "five-year rule" (FCC 22-74, Second Report and Order, IB Docket 18-313;
        # amended rules effective 9 September 2024, 89 FR 65217, https://www.govinfo.gov/content/pkg/FR-2024-08-09/html/2024-17093.htm).
        #
        # Sources of the thresholds:
        # - five-year rule: FCC fact sheet https://docs.fcc.gov/public/attachments/DOC-387024A1.txt — space stations
        #   ending their mission in LEO (below 2,000 km) and disposing by uncontrolled re-entry must do so "as soon as
        #   practicable, and no more than five years following the end of mission"; codified in 47 CFR 25.114(d)(14)(vii)
        #   (the exact sub-paragraph was not checked);
        # - collision probability: 47 CFR 25.114(d)(14)(iii)-(iv) (from FCC 20-54) — probability of collision with
        #   objects of 10 cm or larger over the total orbital lifetime, including de-orbit, below 0.001 — as listed in the
        #   FCC orbital-debris checklist of 28 Feb 2024, https://policycommons.net/artifacts/11461618/i/12352683/
        #   (secondary copy).
        # The FCC asks for a casualty-risk assessment (NASA DAS or better) but the checklist gives no limit, so this
        # overlay keeps the casualty rule scored but NOT required (B.9-casualty-risk below): a --strict FCC check must not
        # fail on a limit the FCC does not impose. The FCC does not prescribe a solar-activity scenario.
        format: steward/ruleset@1
        id: fcc-2024
        version: 1.0.0
        title: FCC orbital debris rules with the five-year rule (47 CFR 25.114(d)(14), FCC 22-74, 2024)
        extends: lts-2019
        assumptions:
          target_residual_lifetime_years: 5
        overrides:
          # Steward's own Silver cap for spacecraft without propulsion (lts-2019 B.4) is not a limit of this regime.
          - rule: B.4-manoeuvre-capability
            required: null
          # Steward's Gold cap on a constellation's collective casualty risk (lts-2019 B.9, after French Art. 48-2) is not
          # a limit of this regime either.
          - rule: B.9-fleet-casualty-risk
            required: null
          - rule: B.8-post-mission-lifetime
            title: A LEO space station re-enters no more than five years after the end of its mission
            rationale: >-
              The FCC's five-year rule (FCC 22-74) requires LEO space stations to dispose by re-entry as soon as
              practicable and no more than five years after the end of mission. Required under this overlay; the score
              keeps the base scale so that missions compare across rulesets.
            required:
              condition: derived.lifetime.post_mission_years <= 5
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "FCC 22-74 (2022), 47 CFR 25.114(d)(14)(vii)", "89 FR 65217 (2024)"]
            advice: Plan an end-of-mission perigee-lowering burn (or a drag device) that brings re-entry within five years; declare the disposal orbit.
            examples:
              - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.post_mission_years: 4.0}, score: 0.92}
              - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.post_mission_years: 25.0}, score: 0.6}
              - {given: {derived.orbit.in_leo_protected_region: false}, outcome: not_applicable}
          - rule: B.9-casualty-risk
            title: Re-entry casualty risk per spacecraft is assessed and small (disclosure, no FCC limit)
            rationale: >-
              47 CFR 25.114(d)(14)(vii) asks an applicant disposing by atmospheric re-entry to assess whether parts
              survive with more than 15 J and to state the casualty risk (NASA DAS or better), without setting a limit.
              The base scale (1e-4 → 0.6, 1e-5 → 1.0, 1e-3 → 0) is kept for the score; unlike the base ruleset, the rule
              is not required here.
            required: null
            references: ["LTS B.9 ¶5", "47 CFR 25.114(d)(14)(vii)", "FCC orbital debris checklist (28 Feb 2024)"]
            advice: Design for demise or plan a controlled re-entry; the FCC expects the DAS casualty figure in the orbital debris statement.
          - rule: D.2-collision-probability
            title: The probability of collision with objects of 10 cm or larger is below 0.001
            rationale: >-
              47 CFR 25.114(d)(14)(iii)-(iv) asks the applicant to show that the probability of collision with large
              objects (10 cm or larger) over the orbital lifetime, including de-orbit, is below 0.001. Required under
              this overlay; base scale kept.
            required:
              condition: derived.collision.probability_large_debris < 1.0e-3
              caps_tier_at: bronze
            references: ["LTS D.2 ¶3", "47 CFR 25.114(d)(14)(iii)-(iv)", "FCC 20-54 (2020)"]
            advice: Shorten the orbital lifetime (including de-orbit) or the cross-section until the large-object collision probability is below 0.001.

        """#),
        ("france-lose-2024.yaml", #"""
        # Overlay: French Space Operations Act (loi n° 2008-518, "LOS"/"LOSE") technical regulation — arrêté du 31 mars
        # 2011 relatif à la réglementation technique, as amended by the arrêté of 28 June 2024.
        #
        # Articles used (texts as consolidated on Légifrance, read through the mirrors below):
        # - Art. 41-8: objects in the LEO protected region (zone A) may be disposed of only by atmospheric re-entry;
        #   https://legal.tricoteuses.fr/articles/LEGIARTI000049878849
        # - Art. 41-9: residual time in orbit ≤ 3 years if the operational phase is shorter than 1 year, otherwise
        #   ≤ 3 × the operational phase, and never more than 25 years, counted from the loss of manoeuvre capability;
        #   https://legal.tricoteuses.fr/articles/LEGIARTI000049878851
        # - Art. 44 (2011 text; its 2024 revision was not checked): casualty risk ≤ 2e-5 for a controlled re-entry or
        #   intact return, 1e-4 best effort for an uncontrolled re-entry;
        #   etalab/lois-non-codifiees-et-reglements-francais, arrete-du-31-mars-2011-esrr1103737a/.../article-44.md
        # - Art. 48-1: constellations (≥ 10 objects, Art. 1): probability of successful disposal > 0.9 + N·0.001 when
        #   N < 50, > 0.95 when N ≥ 50 (transitional values 0.85 / 0.85 + N·0.001 / 0.90 for applications filed from
        #   1 July 2024 to 31 December 2026, Art. LEGIARTI000049887347, are NOT applied here);
        #   Art. 48-2: collective casualty risk of all the constellation's re-entries ≤ 1e-2;
        #   https://juriblio.fr/arretes/arrete-du-31-mars-2011/158313556/troisieme-partie/titre-ii/chapitre-vi
        # Not encoded, for lack of descriptor facts: collision-avoidance capability within 5 days of injection (Art. 41-2),
        # sharing of ephemerides, manoeuvre plans and covariances within 3 days (Art. 41-7), intra-constellation collision
        # probability after disposal < 1e-3 (Art. 48-4), on-board propulsion for constellations (Art. 48-5).
        #
        # Assumptions: lifetime analyses under the LOS use CNES STELA's "LOS" mean-constant equivalent solar activity
        # (F10.7_eq = 194.4 + 3.17·ln(Cd·A/m) − 6.86·ln(h_apogee km), Ap = 15; CNES/patrius StelaLOSConstantSolarActivity).
        # The target lifetime assumption stays at the 25-year ceiling of Art. 41-9; the mission-specific limit
        # (3 × operational phase) is applied by the lifetime rule itself.
        format: steward/ruleset@1
        id: france-lose-2024
        version: 1.0.0
        title: French Space Operations Act technical regulation (arrêté du 31 mars 2011 as amended 28 June 2024)
        extends: lts-2019
        assumptions:
          solar_activity: los_equivalent
          ap: 15
          target_residual_lifetime_years: 25
        overrides:
          # Steward's own Silver cap for spacecraft without propulsion (lts-2019 B.4) is not a limit of this regime.
          - rule: B.4-manoeuvre-capability
            required: null
          - rule: B.8-post-mission-lifetime
            title: Residual time in orbit is at most three times the operational phase (3 years if shorter than a year, 25 years at most)
            rationale: >-
              Art. 41-9 limits the residual orbital time of a zone-A object to 3 years when the operational phase lasts
              less than a year, otherwise to 3 × the operational phase, and never more than 25 years. Required under
              this overlay; the score keeps the base scale so missions compare across rulesets.
            required:
              condition: >-
                derived.lifetime.post_mission_years <=
                (if operations.duration_years < 1 then 3 else min(25, 3 * operations.duration_years))
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "Arrêté du 31 mars 2011 (2024) Art. 41-9"]
            advice: Lower perigee at end of mission so the residual time in orbit is no more than three times the operational phase.
          - rule: B.9-casualty-risk
            title: Casualty risk is at most 2e-5 for a controlled re-entry and 1e-4 for an uncontrolled one
            rationale: >-
              Art. 44 sets 2e-5 for a controlled re-entry and 1e-4 as the best-effort limit for an uncontrolled one. For
              a controlled re-entry Steward counts the probability of a failed burn times the uncontrolled risk (the
              nominal re-entry over an empty ocean area adds essentially nothing). Required under this overlay; the
              score keeps the base scale.
            required:
              condition: >-
                if default(end_of_life.strategy, "natural_decay") == "controlled_reentry"
                then (1 - end_of_life.success_probability) * derived.reentry.casualty_risk <= 2.0e-5
                else derived.reentry.casualty_risk <= 1.0e-4
              caps_tier_at: bronze
            references: ["LTS B.9 ¶5", "Arrêté du 31 mars 2011 Art. 44 (2011 text)"]
            advice: Design for demise, or make the controlled re-entry more reliable so that the failure case stays below 2e-5.
          - rule: B.9-fleet-casualty-risk
            title: The collective casualty risk of all the constellation's re-entries is at most 1e-2
            rationale: >-
              Art. 48-2 limits the collective casualty risk of all re-entries of a constellation (≥ 10 objects) to
              1e-2. Required under this overlay for constellations; smaller fleets are scored as in the base.
            required:
              condition: spacecraft.count < 10 or derived.reentry.casualty_risk_fleet <= 1.0e-2
              caps_tier_at: bronze
            references: ["LTS B.9 ¶5", "Arrêté du 31 mars 2011 (2024) Art. 48-2"]
            advice: Make the satellites fully demisable or dispose of them by controlled re-entry; the collective risk grows with every satellite.
        sections:
          - id: B
            guidelines:
              - id: B.8
                rules:
                  - id: B.8-leo-disposal-by-reentry
                    title: An object in the LEO protected region is disposed of by atmospheric re-entry
                    rationale: >-
                      Art. 41-8 allows objects in zone A to be disposed of only by atmospheric re-entry (controlled,
                      uncontrolled, or natural decay); re-orbiting above LEO is not accepted. Required under this overlay.
                    applies_if: derived.orbit.in_leo_protected_region
                    pass_if: end_of_life.strategy in ["controlled_reentry", "uncontrolled_reentry", "natural_decay"]
                    required:
                      condition: end_of_life.strategy in ["controlled_reentry", "uncontrolled_reentry", "natural_decay"]
                      caps_tier_at: bronze
                    weight: 1
                    references: ["LTS B.8 ¶2", "Arrêté du 31 mars 2011 (2024) Art. 41-8"]
                    advice: Plan an atmospheric re-entry (controlled where the casualty risk requires it) instead of a storage orbit above LEO.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: uncontrolled_reentry}, outcome: pass}
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: graveyard}, outcome: fail}
                      - {given: {derived.orbit.in_leo_protected_region: false}, outcome: not_applicable}
                  - id: B.8-stela-statistical-lifetime
                    title: The residual lifetime is under 25 years with a probability of at least 0.9 (CNES STELA's statistical criterion)
                    rationale: >-
                      CNES STELA, the tool operators use to show compliance with this regulation, reports in its statistical
                      mode whether the lifetime is under 25 years with a probability of 0.9, from Monte Carlo draws of the
                      drag coefficient and the solar activity (STELA User's Guide v2.5, §3.9, CNES 2013). The arrêté states
                      the limits without a probability, so the rule is scored, not required. The probability is the share
                      of Steward's draws (--samples, else 256) whose post-mission lifetime is within
                      target_residual_lifetime_years (25 under this overlay); docs/physics.md, "Uncertainty".
                    applies_if: derived.orbit.in_leo_protected_region
                    pass_if: derived.lifetime.p_post_mission_within_target >= 0.9
                    weight: 1
                    references: ["LTS B.8 ¶2", "CNES STELA User's Guide v2.5 §3.9 (statistical mode)"]
                    advice: Lower the disposal perigee until at least 90 % of the draws of drag coefficient and solar activity re-enter within 25 years.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.p_post_mission_within_target: 0.95}, outcome: pass}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.p_post_mission_within_target: 0.85}, outcome: fail}
                      - {given: {derived.orbit.in_leo_protected_region: false}, outcome: not_applicable}
                  - id: B.8-constellation-disposal-success
                    title: Each satellite of a constellation is disposed of with the probability Art. 48-1 sets for its size
                    rationale: >-
                      Art. 48-1 requires, for a constellation of N ≥ 10 objects, a probability of successful disposal
                      above 0.9 + N·0.001 when N < 50 and above 0.95 when N ≥ 50. The measure is the declared probability
                      minus that threshold: exactly the threshold scores 0.6, four points above it 1.0, ten points below 0.
                      Required under this overlay.
                    applies_if: default(spacecraft.count, 1) >= 10
                    measure: >-
                      end_of_life.success_probability
                      - (if spacecraft.count < 50 then 0.9 + spacecraft.count * 0.001 else 0.95)
                    scale: {log: false, points: [[-0.1, 0.0], [0.0, 0.6], [0.04, 1.0]]}
                    required:
                      condition: >-
                        end_of_life.success_probability
                        > (if spacecraft.count < 50 then 0.9 + spacecraft.count * 0.001 else 0.95)
                      caps_tier_at: bronze
                    weight: 2
                    references: ["LTS B.8 ¶2", "Arrêté du 31 mars 2011 (2024) Art. 48-1", "Arrêté du 31 mars 2011 Art. 1 (constellation ≥ 10 objects)"]
                    advice: Raise each satellite's disposal reliability above the Art. 48-1 threshold (0.95 for 50 satellites or more).
                    examples:
                      - {given: {spacecraft.count: 100, end_of_life.success_probability: 0.99}, score: 1.0}
                      - {given: {spacecraft.count: 20, end_of_life.success_probability: 0.82}, score: 0.0}
                      - {given: {spacecraft.count: 1}, outcome: not_applicable}

        """#),
        ("iadc-2025.yaml", #"""
        # Overlay: IADC Space Debris Mitigation Guidelines, IADC-02-01 Rev. 4 (2025).
        #
        # Primary text: IADC-02-01 Rev. 4, published as UN A/AC.105/C.1/2025/CRP.9,
        # https://www.unoosa.org/res/oosadoc/data/documents/2025/aac_105c_12025crp/aac_105c_12025crp_9_0_html/AC105_C1_2025_CRP09E.pdf
        # Section numbers below follow the IADC guideline structure (5.2.2 passivation, 5.3.1 geosynchronous region,
        # 5.3.2 objects passing through the LEO region). They were taken from secondary sources that quote the document
        # and have not been checked against the PDF itself; the 90 % disposal-success minimum is quoted from the IADC
        # Status Report 2025 §3.3.2 ("The 90% level represents the minimum probability of success for disposal
        # manoeuvres, as stated in the IADC guidelines"), and the 1e-4 casualty figure from the IADC guidelines of
        # 2025-01-16 as quoted at https://mastodawn.com/explore/tag/IADC (secondary).
        #
        # What this overlay changes against lts-2019 (everything else is inherited):
        # - the 25-year LEO rule (B.8-post-mission-lifetime) and the 1e-4 casualty limit (B.9-casualty-risk) are already
        #   required in the base ruleset with IADC clauses, so they are not repeated;
        # - the probability of successful disposal, passivation and the GEO re-orbit eccentricity become required.
        # The IADC does not prescribe a solar-activity scenario for the 25-year analysis; the base's mean cycle is kept.
        format: steward/ruleset@1
        id: iadc-2025
        version: 1.0.0
        title: IADC Space Debris Mitigation Guidelines (IADC-02-01 Rev. 4, 2025)
        extends: lts-2019
        assumptions:
          target_residual_lifetime_years: 25
        overrides:
          # Steward's own Silver cap for spacecraft without propulsion (lts-2019 B.4) is not a limit of this regime.
          - rule: B.4-manoeuvre-capability
            required: null
          # Steward's Gold cap on a constellation's collective casualty risk (lts-2019 B.9, after French Art. 48-2) is not
          # a limit of this regime either.
          - rule: B.9-fleet-casualty-risk
            required: null
          - rule: A.4-geo-graveyard-eccentricity
            rationale: >-
              IADC §5.3.1 pairs the minimum perigee increase of 235 km + 1000·C_R·A/m with an eccentricity below
              0.003, so that the disposal orbit does not sweep back into the protected GEO region. Required under this
              overlay. The eccentricity is computed from the declared disposal perigee and apogee altitudes with the
              WGS-84 equatorial radius 6378.137 km.
            required:
              condition: >-
                (end_of_life.disposal_orbit.apogee_km - end_of_life.disposal_orbit.perigee_km)
                / (end_of_life.disposal_orbit.apogee_km + end_of_life.disposal_orbit.perigee_km + 2 * 6378.137) < 0.003
              caps_tier_at: bronze
            references: ["LTS A.4 ¶6", "IADC-02-01 Rev.4 (2025) §5.3.1"]
            advice: Circularise the disposal orbit (e < 0.003) with the final burns before passivation.
          - rule: B.8-disposal-success-probability
            title: The active disposal succeeds with a probability of at least 0.9
            rationale: >-
              IADC sets 90 % as the minimum probability of successful disposal (IADC Status Report 2025 §3.3.2, citing
              the guidelines). Required under this overlay; the score keeps the base scale (0.9 → 0.6, 0.99 → 1.0).
            required:
              condition: end_of_life.success_probability >= 0.9
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "IADC-02-01 Rev.4 (2025) §5.3", "IADC Status Report 2025 §3.3.2"]
            advice: Raise the disposal reliability to at least 0.9 (redundant propulsion and power, dispose while healthy) and declare end_of_life.success_probability.
          - rule: B.8-passivation
            title: All stored energy is removed at end of life
            rationale: >-
              IADC §5.2.2 asks that all on-board sources of stored energy (residual propellant, batteries, pressure
              vessels, momentum wheels) be depleted or made safe once they are no longer needed. Required under this
              overlay: every item must be declared passivated or not applicable.
            required:
              condition: >-
                spacecraft.passivation.batteries != "false" and spacecraft.passivation.propellant != "false"
                and spacecraft.passivation.pressure_vessels != "false" and spacecraft.passivation.momentum_devices != "false"
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "IADC-02-01 Rev.4 (2025) §5.2.2"]
            advice: Design in battery disconnection, propellant and pressurant venting and wheel spin-down, and declare each under spacecraft.passivation.

        """#),
        ("lts-2019.yaml", #"""
        # Steward default ruleset: the UN COPUOS Guidelines for the Long-term Sustainability of Outer Space Activities.
        #
        # Source of the guideline IDs, titles and paragraphs: A/74/20, annex II (2019), as published by UNOOSA in
        # "Guidelines for the Long-term Sustainability of Outer Space Activities" (June 2021),
        # https://www.unoosa.org/documents/pdf/PromotingSpaceSustainability/Publication_Final_English_June2021.pdf
        # ("LTS X.n ¶k" in `references` below is paragraph k of guideline X.n).
        #
        # The guidelines are addressed to States. A mission cannot adopt a law, so each guideline is credited through
        # what a single mission can show: a licence, a registration, a contact point, the standards it applies, the data
        # it shares, the physics of its orbit and disposal. The quantitative thresholds come from the debris-mitigation
        # instruments that make the guidelines concrete (IADC, NASA-STD-8719.14C, ESA, FCC, French technical
        # regulation); each is cited in the rule that uses it. Where no instrument gives a number, the rule says that the
        # breakpoint is Steward's own choice.
        #
        # Scoring convention for scaled rules (docs/ruleset-lts-2019.md §2): a mission that sits exactly on the consensus
        # regulatory limit scores 0.6, one that does ten times better (or reaches current best practice) scores 1.0,
        # and one that is ten times worse scores 0.
        #
        # Notes for the engine:
        # - Passivation items are tri-state in the descriptor (true | false | not_applicable); rules test `!= false`, so
        #   "not_applicable" counts as satisfied.
        # - Log-axis measures are floored with max(…, tiny) so that an exact zero (fully demisable spacecraft, no
        #   collision risk) scores as best rather than failing on log(0).
        # - `applies_if` uses default(…) on optional descriptor facts so that a rule does not become "unknown" merely
        #   because a section is absent when the rule would not apply anyway.
        format: steward/ruleset@1
        id: lts-2019
        version: 1.0.0
        title: UN COPUOS Guidelines for the Long-term Sustainability of Outer Space Activities (A/74/20 annex II, 2019)
        extends: null
        assumptions:
          solar_activity: mean_cycle
          atmosphere: nrlmsise00
          drag_coefficient: 2.2
          target_residual_lifetime_years: 25
          population_year: 2020
        # The SSR's own tier thresholds are not public (domain research §1.1: "NOT FOUND"). These are Steward's, chosen
        # with reference missions (docs/ruleset-lts-2019.md §3): a mission that sits exactly on every consensus limit and
        # does only the regulatory minimum scores about 0.64 (Silver); the same physics with operational best practice
        # (24/7 contact, CA in all phases, ephemerides with covariance) about 0.84 (Gold); best practice with margin on
        # the physics about 0.95 (Platinum). A total below 0.40 earns no tier.
        tiers:
          - {name: platinum, min_score: 0.85}
          - {name: gold, min_score: 0.70}
          - {name: silver, min_score: 0.55}
          - {name: bronze, min_score: 0.40}
        sections:
          # ---------------------------------------------------------------------------------------------------------
          - id: A
            title: Policy and regulatory framework for space activities
            weight: 2
            guidelines:
              - id: A.1
                title: Adopt, revise and amend, as necessary, national regulatory frameworks for outer space activities
                weight: 1
                rules:
                  - id: A.1-licence
                    title: The mission is authorised under a national regulatory framework
                    rationale: >-
                      A.1 asks States to authorise and supervise their space activities. The mission-level evidence that
                      such a framework exists and applies is a licence (or authorisation) issued for this mission.
                    score: >-
                      if authorization.licence == "granted" then 1.0
                      else if authorization.licence == "applied" then 0.5
                      else 0.0
                    weight: 1
                    references: ["LTS A.1 ¶1", "LTS A.1 ¶2"]
                    advice: >-
                      Obtain an authorisation from the licensing State (e.g. CNES/LOS, FCC, UK CAA, national space agency)
                      and declare authorization.licence: granted once it is issued.
                    examples:
                      - {given: {authorization.licence: granted}, score: 1.0}
                      - {given: {authorization.licence: applied}, score: 0.5}
                      - {given: {authorization.licence: none}, score: 0.0}

              - id: A.2
                title: Consider a number of elements when developing, revising or amending, as necessary, national regulatory frameworks for outer space activities
                weight: 1
                rules:
                  - id: A.2-standards-applied
                    title: The mission declares the debris-mitigation and data standards it conforms to
                    rationale: >-
                      A.2 ¶2(b) asks frameworks to implement space debris mitigation measures and ¶2(f) to use ISO and
                      CCSDS standards and IADC and COSPAR practices. A mission shows this by naming a debris-mitigation
                      standard it is designed to (0.7) and a CCSDS data standard it exchanges orbit data in (0.3).
                    score: >-
                      0.7 * (if contains(authorization.standards, "ISO-24113:2023")
                               or contains(authorization.standards, "ISO-24113:2019")
                               or contains(authorization.standards, "IADC-2025")
                               or contains(authorization.standards, "IADC-2021")
                               or contains(authorization.standards, "NASA-STD-8719.14C")
                               or contains(authorization.standards, "ESSB-ST-U-007")
                               or contains(authorization.standards, "ECSS-U-AS-10C")
                             then 1 else 0)
                      + 0.3 * (if contains(authorization.standards, "CCSDS-OEM")
                                 or contains(authorization.standards, "CCSDS-CDM")
                                 or contains(authorization.standards, "CCSDS-OPM")
                               then 1 else 0)
                    weight: 1
                    references: ["LTS A.2 ¶2(b)", "LTS A.2 ¶2(f)", "ISO 24113:2023", "IADC-02-01 Rev.4 (2025)", "CCSDS 502.0-B (Orbit Data Messages)"]
                    advice: >-
                      Design to a published debris-mitigation standard (ISO-24113:2023, IADC-2025, ESSB-ST-U-007 or
                      NASA-STD-8719.14C) and exchange orbit data in CCSDS formats; list them in authorization.standards.
                    examples:
                      - {given: {authorization.standards: [ISO-24113:2023, CCSDS-OEM]}, score: 1.0}
                      - {given: {authorization.standards: [IADC-2025]}, score: 0.7}
                      - {given: {authorization.standards: [CCSDS-OEM]}, score: 0.3}
                      - {given: {authorization.standards: []}, score: 0.0}

              - id: A.3
                title: Supervise national space activities
                weight: 1
                rules:
                  - id: A.3-contact-point
                    title: The operator has designated a contact point
                    rationale: >-
                      A.3 ¶4(e) asks entities to designate a contact point; supervision and coordination need someone to
                      reach. A reachable address in the descriptor is the evidence.
                    pass_if: known(operator.contact.email)
                    weight: 1
                    references: ["LTS A.3 ¶4(e)"]
                    advice: Name an operations contact (operator.contact.email) that regulators and other operators can reach.
                    examples:
                      - {given: {operator.contact.email: ops@example.org}, outcome: pass}
                      - {given: {}, outcome: fail}
                  - id: A.3-lifecycle-risk-analysis
                    title: The operator has its own lifetime or re-entry analysis for the end-of-life plan
                    rationale: >-
                      A.3 ¶2(b)-(c) asks entities to develop safety requirements and procedures for all phases of the
                      mission life cycle and to assess long-term sustainability risks. An operator that has run its own
                      orbital-lifetime or casualty-risk analysis (DAS, DRAMA, STELA) and declares the result has done so;
                      Steward shows the declared value beside its own.
                    pass_if: >-
                      known(end_of_life.declared.orbital_lifetime_years) or known(end_of_life.declared.casualty_risk)
                    weight: 1
                    references: ["LTS A.3 ¶2(b)", "LTS A.3 ¶2(c)"]
                    advice: >-
                      Run an end-of-life analysis with a recognised tool (NASA DAS, ESA DRAMA, CNES STELA) and declare its
                      results under end_of_life.declared.
                    examples:
                      - {given: {end_of_life.declared.orbital_lifetime_years: 4.1}, outcome: pass}
                      - {given: {end_of_life.declared.casualty_risk: 0.0}, outcome: pass}
                      - {given: {}, outcome: fail}

              - id: A.4
                title: Ensure the equitable, rational and efficient use of the radio frequency spectrum and the various orbital regions used by satellites
                weight: 2
                rules:
                  - id: A.4-itu-coordination
                    title: Frequencies are filed and coordinated through the ITU
                    rationale: >-
                      A.4 ¶3 and ¶5 ask that harmful interference be avoided and ITU procedures be followed. Completed
                      coordination earns full credit; a filing not yet coordinated earns partial credit.
                    applies_if: default(authorization.itu_filing, "none") != "not_applicable"
                    score: >-
                      if authorization.itu_filing == "coordinated" then 1.0
                      else if authorization.itu_filing == "filed" then 0.6
                      else 0.0
                    weight: 1
                    references: ["LTS A.4 ¶3", "LTS A.4 ¶5", "ITU Radio Regulations Art. 9 and 11"]
                    advice: File the frequency assignments with the ITU through the licensing administration and complete coordination before launch.
                    examples:
                      - {given: {authorization.itu_filing: coordinated}, score: 1.0}
                      - {given: {authorization.itu_filing: filed}, score: 0.6}
                      - {given: {authorization.itu_filing: none}, score: 0.0}
                      - {given: {authorization.itu_filing: not_applicable}, outcome: not_applicable}
                  - id: A.4-geo-graveyard-raise
                    title: A GEO spacecraft is re-orbited at least 235 km + 1000·C_R·A/m above the geostationary altitude
                    rationale: >-
                      A.4 ¶6 asks that objects in the geostationary region be left, at end of life, in orbits above it
                      that do not return to it. The IADC minimum perigee increase is 235 km (200 km protected half-height
                      plus 35 km for lunisolar and geopotential perturbations) plus 1000·C_R·A/m for solar radiation
                      pressure. Score is the declared perigee raise as a fraction of that minimum: exactly the minimum
                      scores 0.6, a 25 % margin scores 1.0 (the margin is Steward's choice; no instrument sets one).
                    applies_if: derived.orbit.in_geo_protected_region
                    measure: (end_of_life.disposal_orbit.perigee_km - 35786) / derived.disposal.geo_graveyard_min_raise_km
                    scale: {log: false, points: [[0.0, 0.0], [1.0, 0.6], [1.25, 1.0]]}
                    required:
                      condition: end_of_life.disposal_orbit.perigee_km - 35786 >= derived.disposal.geo_graveyard_min_raise_km
                      caps_tier_at: bronze
                    weight: 3
                    references: ["LTS A.4 ¶6", "IADC-02-01 Rev.4 (2025) §5.3.1", "NASA-STD-8719.14C Req. 4.6-2b, §4.6.5.11.1", "ISO 26872"]
                    advice: >-
                      Reserve enough propellant to raise perigee by at least 235 km + 1000·C_R·A/m above 35,786 km (about
                      300 km for a typical GEO satellite), and declare end_of_life.disposal_orbit.
                    examples:
                      - given: {derived.orbit.in_geo_protected_region: true, end_of_life.disposal_orbit.perigee_km: 36086, derived.disposal.geo_graveyard_min_raise_km: 300}
                        score: 0.6
                      - given: {derived.orbit.in_geo_protected_region: true, end_of_life.disposal_orbit.perigee_km: 36161, derived.disposal.geo_graveyard_min_raise_km: 300}
                        score: 1.0
                      - given: {derived.orbit.in_geo_protected_region: true, end_of_life.disposal_orbit.perigee_km: 35936, derived.disposal.geo_graveyard_min_raise_km: 300}
                        score: 0.3
                      - given: {derived.orbit.in_geo_protected_region: false}
                        outcome: not_applicable
                  - id: A.4-geo-graveyard-eccentricity
                    title: The GEO disposal orbit is near-circular (e < 0.003)
                    rationale: >-
                      A perigee raise only keeps the object clear of the GEO ring if the disposal orbit is near-circular;
                      IADC and NASA-STD pair the minimum raise with e < 0.003. The eccentricity is computed from the
                      declared disposal perigee and apogee altitudes with the WGS-84 equatorial radius 6378.137 km.
                    applies_if: derived.orbit.in_geo_protected_region
                    pass_if: >-
                      (end_of_life.disposal_orbit.apogee_km - end_of_life.disposal_orbit.perigee_km)
                      / (end_of_life.disposal_orbit.apogee_km + end_of_life.disposal_orbit.perigee_km + 2 * 6378.137) < 0.003
                    weight: 1
                    references: ["LTS A.4 ¶6", "IADC-02-01 Rev.4 (2025) §5.3.1", "NASA-STD-8719.14C Req. 4.6-2b"]
                    advice: Circularise the disposal orbit (e < 0.003) with the final burns before passivation.
                    examples:
                      - given: {derived.orbit.in_geo_protected_region: true, end_of_life.disposal_orbit.perigee_km: 36086, end_of_life.disposal_orbit.apogee_km: 36136}
                        outcome: pass
                      - given: {derived.orbit.in_geo_protected_region: true, end_of_life.disposal_orbit.perigee_km: 36086, end_of_life.disposal_orbit.apogee_km: 36586}
                        outcome: fail

              - id: A.5
                title: Enhance the practice of registering space objects
                weight: 1
                rules:
                  - id: A.5-un-registration
                    title: The object is registered with the United Nations
                    rationale: >-
                      A.5 ¶2 asks for timely registration with the information of GA resolution 62/101. Registration is
                      done by the launching State from data the operator supplies; before launch "planned" earns full
                      credit, after launch it is overdue and earns half.
                    score: >-
                      if authorization.un_registration == "done" then 1.0
                      else if authorization.un_registration == "planned" then (if default(phase, "design") == "design" then 1.0 else 0.5)
                      else 0.0
                    weight: 1
                    references: ["LTS A.5 ¶2", "UNGA resolution 62/101", "Registration Convention (1975) Art. IV"]
                    advice: Supply the registration data to the launching State and make sure the object is entered in the UN Register after launch.
                    examples:
                      - {given: {authorization.un_registration: done, phase: operating}, score: 1.0}
                      - {given: {authorization.un_registration: planned, phase: design}, score: 1.0}
                      - {given: {authorization.un_registration: planned, phase: operating}, score: 0.5}
                      - {given: {authorization.un_registration: "no", phase: design}, score: 0.0}
                  - id: A.5-national-registration
                    title: The object is entered in the national registry
                    rationale: A.5 ¶2 and ¶6 rely on national registries fed by the operators; same scoring as the UN registration.
                    score: >-
                      if authorization.national_registration == "done" then 1.0
                      else if authorization.national_registration == "planned" then (if default(phase, "design") == "design" then 1.0 else 0.5)
                      else 0.0
                    weight: 1
                    references: ["LTS A.5 ¶2", "LTS A.5 ¶6"]
                    advice: Register the object in the national registry of the State that authorises the mission.
                    examples:
                      - {given: {authorization.national_registration: done, phase: launched}, score: 1.0}
                      - {given: {authorization.national_registration: planned, phase: end_of_life}, score: 0.5}
                  - id: A.5-status-change-reporting
                    title: The operator reports changes of status (e.g. end of function, orbit changes) to the registry
                    rationale: >-
                      A.5 ¶7 asks that changes of status, including a spacecraft no longer being functional, and changes of
                      orbital position be reported. The operator commits to supply them.
                    pass_if: authorization.reports_status_changes == true
                    weight: 1
                    references: ["LTS A.5 ¶7"]
                    advice: "Commit to notify the registry of end of function, disposal and re-entry (authorization.reports_status_changes = true)."
                    examples:
                      - {given: {authorization.reports_status_changes: true}, outcome: pass}
                      - {given: {authorization.reports_status_changes: false}, outcome: fail}

          # ---------------------------------------------------------------------------------------------------------
          - id: B
            title: Safety of space operations
            weight: 6
            guidelines:
              - id: B.1
                title: Provide updated contact information and share information on space objects and orbital events
                weight: 1
                rules:
                  - id: B.1-around-the-clock-contact
                    title: The operations contact is reachable around the clock
                    rationale: >-
                      B.1 ¶1 asks for regularly updated contact information of the entities that handle conjunctions and
                      incidents; a conjunction can need a decision within hours, so the contact must be staffed 24/7
                      (NASA CA Handbook §3.2 asks the same of every operator).
                    pass_if: operator.contact.around_the_clock == true
                    weight: 1
                    references: ["LTS B.1 ¶1", "LTS B.1 ¶2", "NASA CA Best-Practices Handbook (NASA/SP-20205011318) §3.2"]
                    advice: Staff an around-the-clock operations contact (or contract one) and register it with space-track.org and your SSA provider.
                    examples:
                      - {given: {operator.contact.around_the_clock: true}, outcome: pass}
                      - {given: {operator.contact.around_the_clock: false}, outcome: fail}

              - id: B.2
                title: Improve accuracy of orbital data on space objects and enhance the practice and utility of sharing orbital information on space objects
                weight: 2
                rules:
                  - id: B.2-ephemeris-sharing
                    title: Ephemerides are shared widely, in a standard format, with covariance
                    rationale: >-
                      B.2 ¶3 encourages operators to share orbit information in common, internationally recognised
                      formats. Credit grows with the audiences reached (SSA providers, other operators, the public: 0.4),
                      a CCSDS orbit data message (0.3) and covariance (0.3), which the NASA CA Handbook §5.2 and §6.1 asks
                      for so that others can compute a collision probability.
                    score: >-
                      0.4 * min(1, len(operations.ephemeris_sharing.audiences) / 3)
                      + 0.3 * (if default(operations.ephemeris_sharing.format, "none") in ["CCSDS-OEM", "CCSDS-OPM"] then 1 else 0)
                      + 0.3 * (if default(operations.ephemeris_sharing.covariance, false) then 1 else 0)
                    weight: 2
                    references: ["LTS B.2 ¶3", "NASA CA Best-Practices Handbook §5.2, §6.1", "CCSDS 502.0-B"]
                    advice: >-
                      Publish your predicted ephemerides with covariance as CCSDS OEM to SSA providers, other operators
                      and the public (e.g. via space-track.org) and keep them updated.
                    examples:
                      - given: {operations.ephemeris_sharing.audiences: [ssa_providers, operators, public], operations.ephemeris_sharing.format: CCSDS-OEM, operations.ephemeris_sharing.covariance: true}
                        score: 1.0
                      - given: {operations.ephemeris_sharing.audiences: [ssa_providers, operators, public], operations.ephemeris_sharing.covariance: true}
                        score: 0.7
                      - given: {operations.ephemeris_sharing.audiences: []}
                        score: 0.0
                  - id: B.2-tracking-aids
                    title: The spacecraft carries a tracking aid (retroreflector, GNSS receiver or transponder)
                    rationale: >-
                      B.2 ¶2 and B.8 ¶1 encourage passive and active on-board tracking aids that improve the accuracy of
                      orbit data; SSR's DIT module rewards them.
                    pass_if: >-
                      default(spacecraft.tracking.retroreflectors, false) or default(spacecraft.tracking.gnss_receiver, false)
                      or default(spacecraft.tracking.transponder, false)
                    weight: 1
                    references: ["LTS B.2 ¶2", "LTS B.8 ¶1"]
                    advice: Fit laser retroreflectors, or a GNSS receiver whose positions you share, so the object can be tracked accurately.
                    examples:
                      - {given: {spacecraft.tracking.gnss_receiver: true}, outcome: pass}
                      - {given: {spacecraft.tracking.retroreflectors: false, spacecraft.tracking.gnss_receiver: false, spacecraft.tracking.transponder: false}, outcome: fail}

              - id: B.3
                title: Promote the collection, sharing and dissemination of space debris monitoring information
                weight: 1
                rules:
                  - id: B.3-data-to-ssa-providers
                    title: Orbit data are given to space surveillance (SSA) providers
                    rationale: >-
                      B.3 asks for the collection and dissemination of debris-monitoring information. An operator
                      contributes by feeding its own precise orbit data to the SSA providers that maintain the catalogue,
                      which improves the catalogue for everyone.
                    pass_if: contains(operations.ephemeris_sharing.audiences, "ssa_providers")
                    weight: 1
                    references: ["LTS B.3 ¶1", "LTS B.3 ¶2"]
                    advice: Send owner/operator ephemerides to the SSA providers (e.g. 18th SDS via space-track.org, EU SST).
                    examples:
                      - {given: {operations.ephemeris_sharing.audiences: [ssa_providers, public]}, outcome: pass}
                      - {given: {operations.ephemeris_sharing.audiences: [public]}, outcome: fail}

              - id: B.4
                title: Perform conjunction assessment during all orbital phases of controlled flight
                weight: 5
                rules:
                  - id: B.4-manoeuvre-capability
                    title: The spacecraft can manoeuvre to avoid a collision
                    rationale: >-
                      Conjunction assessment protects anyone only if one of the two objects can move. B.4 ¶1 addresses
                      "all spacecraft capable of adjusting trajectories"; a spacecraft without that capability depends on
                      the other operator, or on luck. SSR's collision-avoidance module rewards the capability itself. Any
                      propulsion (chemical, electric, cold gas) scores 1.0; a drag device scores 0.3 (differential drag
                      gives slow, limited avoidance); none scores 0. This is the heaviest rule of B.4. Without propulsion
                      the tier is capped at Silver: Gold and Platinum mean "operated to best practice", and a spacecraft
                      that cannot act on any conjunction cannot show the practice this guideline is about. The cap is
                      Steward's choice, not a regulatory limit, so the regime overlays remove it (they check only their
                      own limits).
                    applies_if: default(orbit.central_body, "earth") == "earth"
                    score: >-
                      if spacecraft.propulsion.type in ["chemical", "electric", "cold_gas"] then 1.0
                      else if spacecraft.propulsion.type == "drag_device" then 0.3
                      else 0.0
                    required:
                      condition: spacecraft.propulsion.type in ["chemical", "electric", "cold_gas"]
                      caps_tier_at: silver
                    weight: 4
                    references: ["LTS B.4 ¶1", "LTS B.4 ¶2(c)", "NASA CA Best-Practices Handbook §6.4"]
                    advice: >-
                      Fly a propulsion system (even a small cold-gas or electric thruster) so the spacecraft can act on a
                      conjunction warning; below ~600 km differential drag is a partial substitute.
                    examples:
                      - {given: {orbit.central_body: earth, spacecraft.propulsion.type: electric}, score: 1.0}
                      - {given: {orbit.central_body: earth, spacecraft.propulsion.type: drag_device}, score: 0.3}
                      - {given: {orbit.central_body: earth, spacecraft.propulsion.type: none}, score: 0.0}
                  - id: B.4-ca-service
                    title: The mission is screened by a conjunction-assessment service
                    rationale: >-
                      B.4 ¶1 asks for conjunction assessment during controlled flight; ¶3 asks operators who cannot do it
                      themselves to seek support from around-the-clock CA entities. Every mission, manoeuvrable or not,
                      can subscribe to such a service.
                    pass_if: len(operations.conjunction_assessment.providers) > 0
                    weight: 1
                    references: ["LTS B.4 ¶1", "LTS B.4 ¶3"]
                    advice: Register with a conjunction-assessment provider (space-track.org, EU SST, a commercial service) before launch.
                    examples:
                      - {given: {operations.conjunction_assessment.providers: [space-track]}, outcome: pass}
                      - {given: {operations.conjunction_assessment.providers: []}, outcome: fail}
                  - id: B.4-ca-all-phases
                    title: Conjunction assessment covers early orbit, operations and disposal
                    rationale: >-
                      B.4's title and ¶1 ask for conjunction assessment during all orbital phases of controlled flight.
                      The score is the fraction of the three phases covered.
                    applies_if: default(spacecraft.propulsion.type, "none") in ["chemical", "electric", "cold_gas"]
                    score: >-
                      ((if contains(operations.conjunction_assessment.phases, "early_orbit") then 1 else 0)
                      + (if contains(operations.conjunction_assessment.phases, "operations") then 1 else 0)
                      + (if contains(operations.conjunction_assessment.phases, "disposal") then 1 else 0)) / 3
                    weight: 2
                    references: ["LTS B.4 ¶1", "ISO 23705 (draft)"]
                    advice: Extend conjunction screening to launch and early orbit and to the disposal manoeuvres, not only routine operations.
                    examples:
                      - given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.phases: [early_orbit, operations, disposal]}
                        score: 1.0
                      - given: {spacecraft.propulsion.type: electric, operations.conjunction_assessment.phases: []}
                        score: 0.0
                      - given: {spacecraft.propulsion.type: none}
                        outcome: not_applicable
                  - id: B.4-screens-planned-manoeuvres
                    title: Planned manoeuvres are screened before execution
                    rationale: B.4 ¶2(b) asks for screening of current and planned trajectories.
                    applies_if: default(spacecraft.propulsion.type, "none") in ["chemical", "electric", "cold_gas"]
                    pass_if: operations.conjunction_assessment.screens_planned_manoeuvres == true
                    weight: 1
                    references: ["LTS B.4 ¶2(b)"]
                    advice: Send every planned manoeuvre to your CA provider for screening before you execute it.
                    examples:
                      - {given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.screens_planned_manoeuvres: true}, outcome: pass}
                      - {given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.screens_planned_manoeuvres: false}, outcome: fail}
                  - id: B.4-action-threshold
                    title: The collision-probability threshold for action is at least as strict as 1e-4
                    rationale: >-
                      B.4 ¶2(c) asks operators to determine the collision risk and the need for a trajectory adjustment.
                      The NASA CA Handbook §6.3 sets the mitigation threshold at Pc 1e-4 (optionally 1e-5). A threshold of
                      1e-4 scores 0.8, 1e-5 scores 1.0, 1e-3 scores 0.3 and 1e-2 or laxer 0.
                    applies_if: default(spacecraft.propulsion.type, "none") in ["chemical", "electric", "cold_gas"]
                    measure: operations.conjunction_assessment.action_threshold_pc
                    scale: {log: true, points: [[1.0e-5, 1.0], [1.0e-4, 0.8], [1.0e-3, 0.3], [1.0e-2, 0.0]]}
                    weight: 1
                    references: ["LTS B.4 ¶2(c)", "NASA CA Best-Practices Handbook §6.3"]
                    advice: Act (manoeuvre or coordinate) on conjunctions with Pc ≥ 1e-4, or 1e-5 for high-value or crowded orbits.
                    examples:
                      - {given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.action_threshold_pc: 1.0e-4}, score: 0.8}
                      - {given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.action_threshold_pc: 1.0e-5}, score: 1.0}
                      - {given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.action_threshold_pc: 1.0e-3}, score: 0.3}

              - id: B.5
                title: Develop practical approaches for pre-launch conjunction assessment
                weight: 1
                rules:
                  - id: B.5-prelaunch-ca
                    title: Launch collision avoidance (launch COLA) is performed
                    rationale: >-
                      B.5 ¶1 asks launch providers to conduct pre-launch conjunction assessment of the launch and early
                      orbit; the mission shows it by contracting a launch that screens its window.
                    pass_if: launch.prelaunch_conjunction_assessment == true
                    weight: 1
                    references: ["LTS B.5 ¶1", "LTS B.5 ¶3", "ISO 21740 (draft)"]
                    advice: Require launch COLA screening of the launch window in the launch services contract.
                    examples:
                      - {given: {launch.prelaunch_conjunction_assessment: true}, outcome: pass}
                      - {given: {launch.prelaunch_conjunction_assessment: false}, outcome: fail}

              - id: B.6
                title: Share operational space weather data and forecasts
                weight: 1
                rules:
                  - id: B.6-shares-anomaly-data
                    title: Space-weather-related anomaly and environment data are shared
                    rationale: >-
                      B.6 ¶3 urges all space weather data owners to allow free and unrestricted access. An operator
                      contributes its on-orbit anomaly and environment data.
                    pass_if: operations.space_weather.shares_anomaly_data == true
                    weight: 1
                    references: ["LTS B.6 ¶3", "LTS B.7 ¶2(c)"]
                    advice: Share spacecraft anomaly and environment data with space weather services (e.g. in the CGMS anomaly template).
                    examples:
                      - {given: {operations.space_weather.shares_anomaly_data: true}, outcome: pass}
                      - {given: {operations.space_weather.shares_anomaly_data: false}, outcome: fail}

              - id: B.7
                title: Develop space weather models and tools and collect established practices on the mitigation of space weather effects
                weight: 1
                rules:
                  - id: B.7-safe-mode
                    title: The spacecraft has a safe mode to recover from space weather effects
                    rationale: B.7 ¶5(a) encourages including a safe mode so that a spacecraft survives space weather events.
                    pass_if: spacecraft.safe_mode == true
                    weight: 1
                    references: ["LTS B.7 ¶5(a)"]
                    advice: Implement an autonomous safe mode that protects the spacecraft and keeps it commandable after a space weather event.
                    examples:
                      - {given: {spacecraft.safe_mode: true}, outcome: pass}
                      - {given: {spacecraft.safe_mode: false}, outcome: fail}
                  - id: B.7-disposal-margin-analysis
                    title: The disposal plan includes a space weather margin analysis
                    rationale: >-
                      B.7 ¶5(b) encourages including space weather effects and margin analysis in end-of-life disposal
                      planning: solar activity changes drag, and therefore lifetimes and disposal Δv, by a factor of
                      several.
                    pass_if: operations.space_weather.disposal_margin_analysis == true
                    weight: 1
                    references: ["LTS B.7 ¶5(b)"]
                    advice: Run the disposal analysis for low and high solar activity and keep a propellant or lifetime margin for the worst case.
                    examples:
                      - {given: {operations.space_weather.disposal_margin_analysis: true}, outcome: pass}
                      - {given: {operations.space_weather.disposal_margin_analysis: false}, outcome: fail}

              - id: B.8
                title: Design and operation of space objects regardless of their physical and operational characteristics
                weight: 5
                rules:
                  - id: B.8-trackability
                    title: The object can be tracked from the ground
                    rationale: >-
                      B.8 ¶1 asks for design approaches that increase trackability, including of small objects. Steward's
                      trackability fact applies the NASA CA Handbook rule of thumb (≥ 10 cm in each major dimension below
                      2000 km perigee, ≥ 50 cm above) or credits a proven tracking aid.
                    applies_if: default(orbit.central_body, "earth") == "earth"
                    pass_if: derived.trackability.trackable == true
                    weight: 2
                    references: ["LTS B.8 ¶1", "NASA CA Best-Practices Handbook §4.5"]
                    advice: Keep every major dimension at least 10 cm (50 cm above 2000 km) or add a tracking aid such as laser retroreflectors.
                    examples:
                      - {given: {orbit.central_body: earth, derived.trackability.trackable: true}, outcome: pass}
                      - {given: {orbit.central_body: earth, derived.trackability.trackable: false}, outcome: fail}
                      - {given: {orbit.central_body: moon}, outcome: not_applicable}
                  - id: B.8-post-mission-lifetime
                    title: The object leaves the LEO protected region soon after the end of its mission
                    rationale: >-
                      B.8 ¶2 asks operators to limit the long-term presence of space objects in the protected regions
                      after the end of their mission (also A.4 ¶6 and the COPUOS Space Debris Mitigation Guideline 6).
                      The residual lifetime is computed from the disposal orbit (or the operational orbit when there is
                      none) under the ruleset's solar-activity assumption. 25 years (IADC, NASA-STD, ISO 24113) scores 0.6,
                      5 years (ESA 2023, FCC 2024) 0.9, immediate removal 1.0, 100 years 0.2 and 200 years or more 0.
                      More than 25 years caps the tier at Bronze.
                    applies_if: derived.orbit.in_leo_protected_region
                    measure: derived.lifetime.post_mission_years
                    scale: {log: false, points: [[0.0, 1.0], [5.0, 0.9], [25.0, 0.6], [100.0, 0.2], [200.0, 0.0]]}
                    required:
                      condition: derived.lifetime.post_mission_years <= 25
                      caps_tier_at: bronze
                    weight: 4
                    references:
                      - "LTS B.8 ¶2"
                      - "LTS A.4 ¶6"
                      - "IADC-02-01 Rev.4 (2025) §5.3.2"
                      - "NASA-STD-8719.14C Req. 4.6-1"
                      - "ESA ESSB-ST-U-007 (2023), as summarised in ESA Space Environment Report 2025"
                      - "FCC 22-74, 47 CFR 25.114(d)(14)"
                    advice: >-
                      Lower perigee at end of mission (propulsively, or with a drag sail) so the object re-enters within
                      5 years; if the operational orbit is above ~600 km this needs propulsion or a drag device.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.post_mission_years: 0.0}, score: 1.0}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.post_mission_years: 5.0}, score: 0.9}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.post_mission_years: 15.0}, score: 0.75}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.lifetime.post_mission_years: 150.0}, score: 0.1}
                      - {given: {derived.orbit.in_leo_protected_region: false}, outcome: not_applicable}
                  - id: B.8-disposal-delta-v-margin
                    title: The propellant reserved for disposal gives the required Δv with margin
                    rationale: >-
                      A disposal plan is only as good as the propellant kept for it (B.8 ¶2; B.7 ¶5(b) margin analysis).
                      The measure is the Δv available from the reserved propellant (rocket equation) over the Δv needed to
                      reach an orbit meeting the target residual lifetime. Exactly enough scores 0.6; 25 % margin scores
                      1.0 (the margin is Steward's choice; no instrument sets a number). Applies to propulsive spacecraft
                      whose operational orbit would not decay in time by itself.
                    applies_if: >-
                      derived.orbit.in_leo_protected_region
                      and default(spacecraft.propulsion.type, "none") in ["chemical", "electric", "cold_gas"]
                      and derived.disposal.delta_v_required_m_s > 0
                    measure: derived.disposal.delta_v_available_m_s / derived.disposal.delta_v_required_m_s
                    scale: {log: false, points: [[0.0, 0.0], [1.0, 0.6], [1.25, 1.0]]}
                    weight: 2
                    references: ["LTS B.8 ¶2", "LTS B.7 ¶5(b)", "NASA-STD-8719.14C §4.6.5.8"]
                    advice: Increase spacecraft.propulsion.reserved_for_disposal_kg until the available Δv exceeds the required Δv by at least 25 %.
                    examples:
                      - given: {derived.orbit.in_leo_protected_region: true, spacecraft.propulsion.type: chemical, derived.disposal.delta_v_required_m_s: 100, derived.disposal.delta_v_available_m_s: 125}
                        score: 1.0
                      - given: {derived.orbit.in_leo_protected_region: true, spacecraft.propulsion.type: chemical, derived.disposal.delta_v_required_m_s: 100, derived.disposal.delta_v_available_m_s: 50}
                        score: 0.3
                      - given: {derived.orbit.in_leo_protected_region: true, spacecraft.propulsion.type: none}
                        outcome: not_applicable
                  - id: B.8-disposal-success-probability
                    title: The active disposal succeeds with high probability
                    rationale: >-
                      A disposal plan protects the environment only if it is executed. IADC and NASA-STD require a
                      probability of successful disposal of at least 0.9 (scores 0.6); the NASA CA Handbook §4.6 and the
                      Zero Debris Charter target 0.99 (scores 1.0); 0.95 scores 0.8; 0.5 or less scores 0.
                    applies_if: >-
                      default(end_of_life.strategy, "natural_decay") in
                      ["controlled_reentry", "uncontrolled_reentry", "graveyard", "escape", "retrieval"]
                    measure: end_of_life.success_probability
                    scale: {log: false, points: [[0.5, 0.0], [0.9, 0.6], [0.95, 0.8], [0.99, 1.0]]}
                    weight: 2
                    references:
                      - "LTS B.8 ¶2"
                      - "IADC Status Report 2025 §3.3.2 (90 % minimum)"
                      - "NASA-STD-8719.14C Req. 4.6-4"
                      - "NASA CA Best-Practices Handbook §4.6 (99 %)"
                    advice: >-
                      Raise the disposal reliability: redundant propulsion and power for the disposal phase, dispose
                      while the spacecraft is still healthy, and do not extend the mission into the disposal reserve.
                    examples:
                      - {given: {end_of_life.strategy: controlled_reentry, end_of_life.success_probability: 0.9}, score: 0.6}
                      - {given: {end_of_life.strategy: graveyard, end_of_life.success_probability: 0.99}, score: 1.0}
                      - {given: {end_of_life.strategy: uncontrolled_reentry, end_of_life.success_probability: 0.7}, score: 0.3}
                      - {given: {end_of_life.strategy: natural_decay}, outcome: not_applicable}
                  - id: B.8-passivation
                    title: Stored energy is removed at end of life
                    rationale: >-
                      Explosions of derelicts have been the largest source of fragments. B.8 ¶2 asks operators to apply
                      debris-mitigation standards, which all require passivation: batteries, residual propellant, pressure
                      vessels and momentum devices. Each of the four items counts a quarter; "not_applicable" counts as done.
                    score: >-
                      ((if default(spacecraft.passivation.batteries, "false") != "false" then 1 else 0)
                      + (if default(spacecraft.passivation.propellant, "false") != "false" then 1 else 0)
                      + (if default(spacecraft.passivation.pressure_vessels, "false") != "false" then 1 else 0)
                      + (if default(spacecraft.passivation.momentum_devices, "false") != "false" then 1 else 0)) / 4
                    weight: 2
                    references: ["LTS B.8 ¶2", "IADC-02-01 Rev.4 (2025) §5.2.2", "NASA-STD-8719.14C Req. 4.4-2"]
                    advice: Design in battery disconnection, propellant venting or depletion, pressurant venting and wheel spin-down at end of life.
                    examples:
                      - given: {spacecraft.passivation.batteries: "true", spacecraft.passivation.propellant: not_applicable, spacecraft.passivation.pressure_vessels: not_applicable, spacecraft.passivation.momentum_devices: "true"}
                        score: 1.0
                      - given: {spacecraft.passivation.batteries: "false", spacecraft.passivation.propellant: "true", spacecraft.passivation.pressure_vessels: "false", spacecraft.passivation.momentum_devices: "true"}
                        score: 0.5
                      - given: {spacecraft.passivation.batteries: "true", spacecraft.passivation.momentum_devices: "true"}
                        score: 0.5
                  - id: B.8-launch-upper-stage
                    title: The upper stage that delivers the mission does not stay in orbit
                    rationale: >-
                      The mission chooses its launch; an upper stage left in orbit is its debris too (B.8 ¶2, A.2 ¶2(c)).
                      Controlled re-entry scores 1.0, uncontrolled re-entry 0.7, a graveyard orbit 0.6, left in orbit 0.
                    applies_if: default(launch.upper_stage_disposal, "not_applicable") != "not_applicable"
                    score: >-
                      if launch.upper_stage_disposal == "controlled_reentry" then 1.0
                      else if launch.upper_stage_disposal == "uncontrolled_reentry" then 0.7
                      else if launch.upper_stage_disposal == "graveyard" then 0.6
                      else 0.0
                    weight: 1
                    references: ["LTS B.8 ¶2", "LTS A.2 ¶2(c)", "NASA-STD-8719.14C §4.6"]
                    advice: Prefer a launch whose upper stage performs a controlled re-entry after payload separation.
                    examples:
                      - {given: {launch.upper_stage_disposal: controlled_reentry}, score: 1.0}
                      - {given: {launch.upper_stage_disposal: left_in_orbit}, score: 0.0}
                      - {given: {launch.upper_stage_disposal: not_applicable}, outcome: not_applicable}

              - id: B.9
                title: Take measures to address risks associated with the uncontrolled re-entry of space objects
                weight: 3
                rules:
                  - id: B.9-casualty-risk
                    title: Re-entry casualty risk per spacecraft is below 1 in 10,000
                    rationale: >-
                      B.9 ¶5 asks for design techniques that minimise the risk from fragments surviving re-entry. The
                      consensus limit is an expected casualty of 1e-4 per re-entry (IADC, NASA-STD 4.7-1a): it scores
                      0.6, 1e-5 scores 1.0 and 1e-3 scores 0. For a controlled re-entry the risk counted is the
                      probability of a failed burn times the uncontrolled risk (NASA-STD 4.7-1c). Above 1e-4 the tier is
                      capped at Bronze.
                    applies_if: >-
                      derived.orbit.in_leo_protected_region
                      and not (default(end_of_life.strategy, "natural_decay") in ["graveyard", "escape", "retrieval"])
                    measure: >-
                      max(if default(end_of_life.strategy, "natural_decay") == "controlled_reentry"
                          then (1 - end_of_life.success_probability) * derived.reentry.casualty_risk
                          else derived.reentry.casualty_risk, 1.0e-9)
                    scale: {log: true, points: [[1.0e-5, 1.0], [1.0e-4, 0.6], [1.0e-3, 0.0]]}
                    required:
                      condition: >-
                        (if default(end_of_life.strategy, "natural_decay") == "controlled_reentry"
                         then (1 - end_of_life.success_probability) * derived.reentry.casualty_risk
                         else derived.reentry.casualty_risk) <= 1.0e-4
                      caps_tier_at: bronze
                    weight: 3
                    references: ["LTS B.9 ¶5", "NASA-STD-8719.14C Req. 4.7-1a, 4.7-1c", "IADC-02-01 Rev.4 (2025) §5.3.2"]
                    advice: >-
                      Design for demise (aluminium or composite instead of titanium tanks, demisable reaction wheels,
                      early break-up joints) or plan a controlled re-entry over the ocean.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: natural_decay, derived.reentry.casualty_risk: 1.0e-5}, score: 1.0}
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: natural_decay, derived.reentry.casualty_risk: 1.0e-4}, score: 0.6}
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: natural_decay, derived.reentry.casualty_risk: 0.0}, score: 1.0}
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: controlled_reentry, end_of_life.success_probability: 0.9, derived.reentry.casualty_risk: 1.0e-3}, score: 0.6}
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: uncontrolled_reentry, derived.reentry.casualty_risk: 2.0e-3}, score: 0.0}
                      - {given: {derived.orbit.in_leo_protected_region: false}, outcome: not_applicable}
                  - id: B.9-design-for-demise
                    title: The spacecraft is designed for demise
                    rationale: B.9 ¶5 and D.2 ¶3 ask for designs that make spacecraft disintegrate during re-entry.
                    applies_if: >-
                      derived.orbit.in_leo_protected_region
                      and not (default(end_of_life.strategy, "natural_decay") in ["graveyard", "escape", "retrieval"])
                    pass_if: spacecraft.design_for_demise == true
                    weight: 1
                    references: ["LTS B.9 ¶5", "LTS D.2 ¶3"]
                    advice: Apply design-for-demise techniques (ESA CleanSat) and verify them with a re-entry survivability analysis.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: natural_decay, spacecraft.design_for_demise: true}, outcome: pass}
                      - {given: {derived.orbit.in_leo_protected_region: true, end_of_life.strategy: natural_decay, spacecraft.design_for_demise: false}, outcome: fail}
                  - id: B.9-fleet-casualty-risk
                    title: The whole constellation's re-entries keep the collective casualty risk small
                    rationale: >-
                      For a constellation the per-spacecraft risk is multiplied by the number of re-entries. The French
                      technical regulation (Art. 48-2) caps the collective risk of all re-entries of a constellation at
                      1e-2: it scores 0.6, 1e-3 scores 1.0 and 1e-1 scores 0. A constellation above that collective limit
                      cannot be rated Platinum however well it is operated: the cap at Gold is Steward's judgement, the
                      1e-2 limit is the French regulation's (the only regime that sets a collective number).
                    applies_if: >-
                      default(spacecraft.count, 1) > 1 and derived.orbit.in_leo_protected_region
                      and not (default(end_of_life.strategy, "natural_decay") in ["graveyard", "escape", "retrieval"])
                    measure: max(derived.reentry.casualty_risk_fleet, 1.0e-9)
                    scale: {log: true, points: [[1.0e-3, 1.0], [1.0e-2, 0.6], [1.0e-1, 0.0]]}
                    required: {condition: "derived.reentry.casualty_risk_fleet <= 1.0e-2", caps_tier_at: gold}
                    weight: 2
                    references: ["LTS B.9 ¶5", "French technical regulation (arrêté du 31 mars 2011 as amended 2024) Art. 48-2"]
                    advice: Make the spacecraft fully demisable or dispose of them by controlled re-entry; the fleet risk grows with every satellite.
                    examples:
                      - {given: {spacecraft.count: 100, derived.orbit.in_leo_protected_region: true, end_of_life.strategy: uncontrolled_reentry, derived.reentry.casualty_risk_fleet: 1.0e-2}, score: 0.6}
                      - {given: {spacecraft.count: 1}, outcome: not_applicable}

              - id: B.10
                title: Observe measures of precaution when using sources of laser beams passing through outer space
                weight: 1
                rules:
                  - id: B.10-laser-illumination-analysis
                    title: Laser use is preceded by an analysis of the risk of illuminating passing objects
                    rationale: >-
                      B.10 asks users of lasers beamed through space (optical links, satellite laser ranging) to analyse the
                      probability of illuminating passing spacecraft, the power radiated and the damage risk, and to take
                      precautions. Applies only when the mission uses lasers.
                    applies_if: default(operations.lasers.used, false) == true
                    pass_if: operations.lasers.illumination_analysis == true
                    weight: 1
                    references: ["LTS B.10 ¶1", "LTS B.10 ¶2"]
                    advice: Analyse the illumination risk of your laser terminals and ground stations for passing objects and coordinate laser clearances (e.g. with a laser clearinghouse).
                    examples:
                      - {given: {operations.lasers.used: true, operations.lasers.illumination_analysis: true}, outcome: pass}
                      - {given: {operations.lasers.used: true, operations.lasers.illumination_analysis: false}, outcome: fail}
                      - {given: {operations.lasers.used: false}, outcome: not_applicable}

          # ---------------------------------------------------------------------------------------------------------
          # Section C holds only bonus rules: they earn stars, not score. With no scored rule the section is not
          # applicable to the total, so its weight is never used.
          - id: C
            title: International cooperation, capacity-building and awareness
            weight: 1
            guidelines:
              - id: C.1
                title: Promote and facilitate international cooperation in support of the long-term sustainability of outer space activities
                weight: 1
                rules:
                  - id: C.1-international-partners
                    title: The mission is carried out with international partners
                    rationale: C.1 promotes international cooperation, which may involve public, private and academic sectors.
                    bonus: true
                    pass_if: len(cooperation.partners) > 0
                    weight: 1
                    references: ["LTS C.1 ¶1", "LTS C.1 ¶2"]
                    advice: Cooperate with foreign agencies, operators or universities on the mission and declare them in cooperation.partners.
                    examples:
                      - {given: {cooperation.partners: [ESA]}, outcome: pass}
                      - {given: {cooperation.partners: []}, outcome: fail}
              - id: C.2
                title: Share experience related to the long-term sustainability of outer space activities and develop new procedures, as appropriate, for information exchange
                weight: 1
                rules:
                  - id: C.2-publishes-sustainability-data
                    title: The operator publishes its sustainability data and lessons learned
                    rationale: C.2 ¶1 encourages sharing experience, including with non-governmental entities.
                    bonus: true
                    pass_if: cooperation.publishes_sustainability_data == true
                    weight: 1
                    references: ["LTS C.2 ¶1"]
                    advice: Publish the mission's debris-mitigation analyses and lessons learned (e.g. the end-of-life outcome).
                    examples:
                      - {given: {cooperation.publishes_sustainability_data: true}, outcome: pass}
                      - {given: {cooperation.publishes_sustainability_data: false}, outcome: fail}
              - id: C.3
                title: Promote and support capacity-building
                weight: 1
                rules:
                  - id: C.3-capacity-building
                    title: The mission supports capacity-building
                    rationale: C.3 promotes capacity-building, in particular for emerging space nations.
                    bonus: true
                    pass_if: cooperation.capacity_building == true
                    weight: 1
                    references: ["LTS C.3 ¶1"]
                    advice: Train students or partner-country engineers on the mission, or share tools and data with emerging space nations.
                    examples:
                      - {given: {cooperation.capacity_building: true}, outcome: pass}
                      - {given: {cooperation.capacity_building: false}, outcome: fail}
              - id: C.4
                title: Raise awareness of space activities
                weight: 1
                rules:
                  - id: C.4-public-ephemerides
                    title: Orbit data are public
                    rationale: >-
                      C.4 ¶4 notes that non-governmental entities can develop open, transparent standards for the exchange
                      of the data needed to avoid collisions; publishing ephemerides openly raises awareness and helps all.
                    bonus: true
                    pass_if: contains(operations.ephemeris_sharing.audiences, "public")
                    weight: 1
                    references: ["LTS C.4 ¶4"]
                    advice: Publish ephemerides openly (e.g. on space-track.org public files or your own website).
                    examples:
                      - {given: {operations.ephemeris_sharing.audiences: [public]}, outcome: pass}
                      - {given: {operations.ephemeris_sharing.audiences: [ssa_providers]}, outcome: fail}

          # ---------------------------------------------------------------------------------------------------------
          - id: D
            title: Scientific and technical research and development
            weight: 2
            guidelines:
              - id: D.1
                title: Promote and support research into and the development of ways to support sustainable exploration and use of outer space
                weight: 1
                rules:
                  - id: D.1-drag-augmentation-device
                    title: The spacecraft carries a drag-augmentation device for disposal
                    rationale: >-
                      D.1 ¶3 promotes technologies that minimise the environmental impact of space activities; a drag sail
                      or similar device shortens the residual lifetime without propellant.
                    bonus: true
                    pass_if: default(spacecraft.propulsion.type, "none") == "drag_device" or known(spacecraft.propulsion.drag_device_area_m2)
                    weight: 1
                    references: ["LTS D.1 ¶3"]
                    advice: Consider a deployable drag sail for end-of-life deorbiting.
                    examples:
                      - {given: {spacecraft.propulsion.type: drag_device}, outcome: pass}
                      - {given: {spacecraft.propulsion.type: chemical, spacecraft.propulsion.drag_device_area_m2: 4.0}, outcome: pass}
                      - {given: {spacecraft.propulsion.type: none}, outcome: fail}
              - id: D.2
                title: Investigate and consider new measures to manage the space debris population in the long term
                weight: 3
                rules:
                  - id: D.2-collision-probability
                    title: The probability of a catastrophic collision with large debris is small
                    rationale: >-
                      A collision with an object larger than 10 cm fragments the spacecraft. D.2 ¶3 asks for collision
                      prevention, including for objects that cannot manoeuvre. NASA-STD Req. 4.5-1 limits the probability
                      over the orbital lifetime to 1e-3: it scores 0.6, 1e-4 scores 1.0, 1e-2 scores 0. The probability is
                      computed over operations and post-mission decay from the catalogue density (> 10 cm only), which
                      covers 200–2000 km: the rule applies to orbits crossing the LEO protected region.
                    applies_if: derived.orbit.in_leo_protected_region
                    measure: max(derived.collision.probability_large_debris, 1.0e-9)
                    scale: {log: true, points: [[1.0e-4, 1.0], [1.0e-3, 0.6], [1.0e-2, 0.0]]}
                    weight: 2
                    references: ["LTS D.2 ¶3", "NASA-STD-8719.14C Req. 4.5-1"]
                    advice: Shorten the time spent in orbit after the mission, reduce the cross-section left in orbit, or keep the ability to avoid collisions until re-entry.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.collision.probability_large_debris: 1.0e-3}, score: 0.6}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.collision.probability_large_debris: 1.0e-5}, score: 1.0}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.collision.probability_large_debris: 1.0e-2}, score: 0.0}
                  - id: D.2-environmental-index
                    title: The mission's marginal impact on the debris environment is small
                    rationale: >-
                      D.2 asks for measures to manage the debris population in the long term; SSR's mission index
                      measures a mission's share of the environment's capacity as probability of a catastrophic collision
                      times its severity (ESA Space Environment Report 2025 §7.1). Steward's index is normalised to a
                      reference spacecraft (index 1.0, see docs/physics.md "Environmental index"): 1.0 scores 0.5, a
                      tenth of the reference 0.8, a hundredth 1.0, ten times the reference 0.2 and a hundred times 0. The
                      breakpoints are Steward's choice; no instrument sets a number. Steward's index is built on LEO
                      densities, so the rule applies to orbits crossing the LEO protected region.
                    applies_if: derived.orbit.in_leo_protected_region
                    measure: max(derived.environment.index, 1.0e-9)
                    scale: {log: true, points: [[0.01, 1.0], [0.1, 0.8], [1.0, 0.5], [10.0, 0.2], [100.0, 0.0]]}
                    weight: 3
                    references: ["LTS D.2 ¶1", "LTS D.2 ¶3", "ESA Space Environment Report 2025 §7.1", "Letizia et al., ASR 58(7) 2016 (ECOB)"]
                    advice: >-
                      The index grows with mass, altitude and time left in orbit: dispose of the spacecraft quickly and
                      reliably, and avoid long-lived orbits for heavy spacecraft.
                    examples:
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.environment.index: 1.0}, score: 0.5}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.environment.index: 0.01}, score: 1.0}
                      - {given: {derived.orbit.in_leo_protected_region: true, derived.environment.index: 100.0}, score: 0.0}
                  - id: D.2-geo-derelict-probability
                    title: A geostationary spacecraft is unlikely to be left in the GEO ring as a derelict
                    rationale: >-
                      Nothing cleans the geostationary ring: a spacecraft that fails its re-orbit stays there for ever and
                      drifts through the slots of others. The probability of that outcome — one minus the disposal success
                      probability, or certainty without a disposal plan — is the GEO counterpart of the LEO environmental
                      index, which Steward's debris densities (200–2000 km) cannot give above LEO. D.2 ¶3 asks for
                      improved post-mission disposal. The IADC and NASA-STD minimum success of 0.9 (a 0.1 chance of a
                      derelict) scores 0.6, the 0.99 goal of NASA-STD §4.8.3 and the Zero Debris Charter scores 1.0, and an
                      even chance scores 0 (that last point is Steward's choice). Without this rule section D would drop
                      out of a GEO mission's total and leave it rated on declared practice alone.
                    applies_if: derived.orbit.regime == "GEO"
                    measure: >-
                      max(if default(end_of_life.strategy, "natural_decay") in ["graveyard", "escape", "retrieval"]
                          then 1 - end_of_life.success_probability
                          else 1.0, 1.0e-4)
                    scale: {log: true, points: [[0.01, 1.0], [0.1, 0.6], [0.5, 0.0]]}
                    weight: 3
                    references: ["LTS D.2 ¶3", "IADC Status Report 2025 §3.3.2 (90 % minimum)", "NASA-STD-8719.14C Req. 4.6-4, §4.8.3"]
                    advice: >-
                      Raise the reliability of the re-orbit (redundant propulsion and power for the disposal phase, start it
                      while the spacecraft is healthy, never spend the disposal reserve) and declare
                      end_of_life.success_probability.
                    examples:
                      - {given: {derived.orbit.regime: GEO, end_of_life.strategy: graveyard, end_of_life.success_probability: 0.9}, score: 0.6}
                      - {given: {derived.orbit.regime: GEO, end_of_life.strategy: graveyard, end_of_life.success_probability: 0.99}, score: 1.0}
                      - {given: {derived.orbit.regime: GEO, end_of_life.strategy: natural_decay}, score: 0.0}
                      - {given: {derived.orbit.regime: LEO}, outcome: not_applicable}
                  - id: D.2-constellation-expected-derelicts
                    title: A constellation leaves few derelicts behind
                    rationale: >-
                      For a fleet the number of spacecraft expected to fail their disposal, count × (1 − success
                      probability), is the long-term burden (D.2 ¶3). One derelict scores 0.6, 0.1 scores 1.0, 10 scores 0.
                      For scale: NASA-STD §4.8.3's 0.99 goal for a 100-satellite constellation gives 1 derelict. The
                      breakpoints are Steward's choice.
                    applies_if: default(spacecraft.count, 1) > 1
                    measure: max(derived.environment.expected_derelicts, 1.0e-3)
                    scale: {log: true, points: [[0.1, 1.0], [1.0, 0.6], [10.0, 0.0]]}
                    weight: 2
                    references: ["LTS D.2 ¶3", "NASA-STD-8719.14C §4.8.3"]
                    advice: Raise the disposal reliability of each satellite and dispose of failing satellites while they can still manoeuvre.
                    examples:
                      - {given: {spacecraft.count: 100, derived.environment.expected_derelicts: 1.0}, score: 0.6}
                      - {given: {spacecraft.count: 4000, derived.environment.expected_derelicts: 40.0}, score: 0.0}
                      - {given: {spacecraft.count: 1}, outcome: not_applicable}
                  - id: D.2-removal-interface
                    title: The spacecraft carries an interface for active removal or servicing
                    rationale: >-
                      D.2 ¶3 considers active removal; a grapple fixture, docking plate or magnetic plate makes a failed
                      spacecraft removable. SSR grants bonus points for such aids (external-services module).
                    bonus: true
                    pass_if: default(spacecraft.removal_interface, "none") != "none"
                    weight: 1
                    references: ["LTS D.2 ¶3", "ESA Zero Debris approach (2023): removal interfaces"]
                    advice: Fit a standard capture interface (e.g. a docking plate or magnetic plate) so a servicer can remove the spacecraft if it fails.
                    examples:
                      - {given: {spacecraft.removal_interface: magnetic_plate}, outcome: pass}
                      - {given: {spacecraft.removal_interface: none}, outcome: fail}

        """#),
        ("nasa-std-8719.14c.yaml", #"""
        # Overlay: NASA-STD-8719.14C "Process for Limiting Orbital Debris" (approved 2021-11-05; consistent with the
        # U.S. Government Orbital Debris Mitigation Standard Practices, ODMSP 2019).
        #
        # Requirement numbers (Req. 4.x-y) and paragraphs are those of the standard; the thresholds were read from its
        # full text (§§4.3–4.8), which NASA publishes on its Technical Standards System, https://standards.nasa.gov.
        #
        # Assumptions: §4.6.3.1 asks that lifetime analyses use "conservative projections for solar activity — i.e., low
        # solar activity projections". Steward uses a constant F10.7 of 100 sfu, the lower of the two constant-flux
        # curves of Fig. 4.3-1 (F10.7 = 100 and 150, Cd = 2.2, geomagnetic index 3.0). That index is read as Kp = 3,
        # i.e. ap = 15 on the standard Kp→ap conversion (Bartels); if the standard means Ap = 3, use --assume ap=3.
        #
        # What this overlay changes against lts-2019: the 25-year rule (Req. 4.6-1) and the 1e-4 casualty limit
        # (Req. 4.7-1a, 4.7-1c) are already required in the base; it makes required the disposal reliability (Req. 4.6-4),
        # the large-object collision probability (Req. 4.5-1), passivation (Req. 4.4-2) and the GEO disposal eccentricity
        # (Req. 4.6-2b), and adds the large-constellation reliability goal of §4.8.3.
        format: steward/ruleset@1
        id: nasa-std-8719.14c
        version: 1.0.0
        title: NASA-STD-8719.14C Process for Limiting Orbital Debris (2021)
        extends: lts-2019
        assumptions:
          solar_activity: constant
          f107: 100
          ap: 15
          target_residual_lifetime_years: 25
        overrides:
          # Steward's own Silver cap for spacecraft without propulsion (lts-2019 B.4) is not a limit of this regime.
          - rule: B.4-manoeuvre-capability
            required: null
          # Steward's Gold cap on a constellation's collective casualty risk (lts-2019 B.9, after French Art. 48-2) is not
          # a limit of this regime either.
          - rule: B.9-fleet-casualty-risk
            required: null
          - rule: A.4-geo-graveyard-eccentricity
            rationale: >-
              NASA-STD Req. 4.6-2b and §4.6.5.11.1 accept a disposal orbit at GEO + 235 km + 1000·C_R·A/m with an
              eccentricity below 0.003 as meeting the 100-year non-return requirement. Required under this overlay.
              Eccentricity from the declared disposal perigee and apogee with the equatorial radius 6378.137 km.
            required:
              condition: >-
                (end_of_life.disposal_orbit.apogee_km - end_of_life.disposal_orbit.perigee_km)
                / (end_of_life.disposal_orbit.apogee_km + end_of_life.disposal_orbit.perigee_km + 2 * 6378.137) < 0.003
              caps_tier_at: bronze
            references: ["LTS A.4 ¶6", "NASA-STD-8719.14C Req. 4.6-2b", "NASA-STD-8719.14C §4.6.5.11.1"]
            advice: Circularise the disposal orbit (e < 0.003) with the final burns before passivation.
          - rule: B.8-disposal-success-probability
            title: The post-mission disposal succeeds with a probability of at least 0.9
            rationale: >-
              Req. 4.6-4 requires a probability of successful post-mission disposal of at least 0.90, assessed at end
              of mission. Required under this overlay; the score keeps the base scale.
            required:
              condition: end_of_life.success_probability >= 0.9
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "NASA-STD-8719.14C Req. 4.6-4"]
            advice: Raise the disposal reliability to at least 0.90 and declare end_of_life.success_probability.
          - rule: B.8-passivation
            title: All stored energy is removed at end of life
            rationale: >-
              Req. 4.4-2 requires depleting or safing all on-board sources of stored energy at end of mission
              (batteries, propellant, pressurant, momentum devices), in support of the explosion limit of Req. 4.4-1
              (P < 0.001). Required under this overlay: every item must be declared passivated or not applicable.
            required:
              condition: >-
                spacecraft.passivation.batteries != "false" and spacecraft.passivation.propellant != "false"
                and spacecraft.passivation.pressure_vessels != "false" and spacecraft.passivation.momentum_devices != "false"
              caps_tier_at: bronze
            references: ["LTS B.8 ¶2", "NASA-STD-8719.14C Req. 4.4-1, 4.4-2"]
            advice: Design in battery disconnection, propellant and pressurant venting and wheel spin-down, and declare each under spacecraft.passivation.
          - rule: D.2-collision-probability
            title: The probability of collision with objects larger than 10 cm over the orbital lifetime is below 0.001
            rationale: >-
              Req. 4.5-1 limits the probability of collision with debris and meteoroids larger than 10 cm over the
              orbital lifetime to 0.001 (100 years for storage orbits). Required under this overlay; the score keeps the
              base scale (1e-3 → 0.6, 1e-4 → 1.0).
            required:
              condition: derived.collision.probability_large_debris < 1.0e-3
              caps_tier_at: bronze
            references: ["LTS D.2 ¶3", "NASA-STD-8719.14C Req. 4.5-1"]
            advice: Reduce the time in orbit after the mission or the cross-section left in orbit until the large-object collision probability is below 0.001.
        sections:
          - id: B
            guidelines:
              - id: B.8
                rules:
                  - id: B.8-large-constellation-reliability
                    title: A large constellation (100 or more spacecraft) aims at a disposal reliability of 0.99
                    rationale: >-
                      §4.8.3 asks large constellations (≥ 100 spacecraft) for a disposal reliability above 0.9 with a goal
                      of 0.99, set per mass, collision risk and orbit. 0.99 scores 1.0, 0.9 scores 0.4 (it only meets the
                      single-spacecraft minimum). Scored, not required: the standard states 0.99 as a goal.
                    applies_if: default(spacecraft.count, 1) >= 100
                    measure: end_of_life.success_probability
                    scale: {log: false, points: [[0.9, 0.4], [0.95, 0.7], [0.99, 1.0]]}
                    weight: 2
                    references: ["LTS B.8 ¶2", "NASA-STD-8719.14C §4.8.3"]
                    advice: For a constellation of 100 or more, design the disposal to 0.99 reliability and dispose of any satellite that loses redundancy.
                    examples:
                      - {given: {spacecraft.count: 4000, end_of_life.success_probability: 0.99}, score: 1.0}
                      - {given: {spacecraft.count: 4000, end_of_life.success_probability: 0.9}, score: 0.4}
                      - {given: {spacecraft.count: 1}, outcome: not_applicable}

        """#),
        ("starter.yaml", #"""
        # Steward starter ruleset: a small, honest subset of the UN COPUOS LTS guidelines (A/74/20, annex II, 2019),
        # made concrete with the debris-mitigation thresholds of IADC, NASA-STD-8719.14C, ESA and FCC. It exists so
        # `steward rate` works out of the box; the full LTS ruleset replaces it. Every threshold cites its clause.
        format: steward/ruleset@1
        id: starter
        version: 0.1.0
        title: Steward starter ruleset (subset of the UN COPUOS LTS guidelines 2019)
        assumptions:
          solar_activity: mean_cycle
          # NASA-STD-8719.14C Req 4.6-1 and IADC-02-01 Rev.4 (2025, p.14): no more than 25 years in LEO after the mission.
          target_residual_lifetime_years: 25
        tiers:
          - {name: platinum, min_score: 0.85}
          - {name: gold, min_score: 0.70}
          - {name: silver, min_score: 0.55}
          - {name: bronze, min_score: 0.40}
        sections:
          - id: A
            title: Policy and regulatory framework for space activities
            guidelines:
              - id: A.1
                title: Adopt, revise and amend, as necessary, national regulatory frameworks for outer space activities
                rules:
                  - id: A.1-licence
                    title: The mission is authorised under a national framework
                    score: 'if authorization.licence == "granted" then 1 else if authorization.licence == "applied" then 0.5 else 0'
                    required: {condition: 'authorization.licence != "none"', caps_tier_at: bronze}
                    references: ["A/74/20 annex II, guideline A.1"]
                    advice: Apply for an authorisation under the national space law of the launching or operating State.
                    examples:
                      - {given: {authorization.licence: granted}, score: 1}
                      - {given: {authorization.licence: applied}, outcome: partial, score: 0.5}
                      - {given: {}, outcome: unknown}
              - id: A.2
                title: Consider a number of elements when developing, revising or amending, as necessary, national regulatory frameworks for outer space activities
                rules:
                  - id: A.2-standards
                    title: The mission declares the debris-mitigation and data standards it follows
                    # A.2 ¶2(f): use ISO and CCSDS standards and IADC practices. Two declared standards for the full
                    # score is this ruleset's own choice, not a clause.
                    score: min(len(authorization.standards) / 2, 1)
                    references: ["A/74/20 annex II, guideline A.2 ¶2(f)"]
                    advice: Declare conformity to ISO 24113 and the IADC guidelines, and exchange orbit data in CCSDS formats.
                    examples:
                      - {given: {authorization.standards: [ISO-24113:2023]}, score: 0.5}
                      - {given: {authorization.standards: []}, outcome: fail}
              - id: A.5
                title: Enhance the practice of registering space objects
                rules:
                  - id: A.5-registration
                    title: The spacecraft is (or will be) registered with the United Nations
                    score: 'if authorization.un_registration == "done" then 1 else if authorization.un_registration == "planned" then 0.5 else 0'
                    references: ["A/74/20 annex II, guideline A.5 ¶2"]
                    advice: Supply the registration information of GA resolution 62/101 to the State of registry.
                    examples:
                      - {given: {authorization.un_registration: planned}, score: 0.5}
          - id: B
            title: Safety of space operations
            weight: 2
            guidelines:
              - id: B.1
                title: Provide updated contact information and share information on space objects and orbital events
                rules:
                  - id: B.1-contact
                    title: An operations contact is reachable around the clock
                    pass_if: operator.contact.around_the_clock
                    references: ["A/74/20 annex II, guideline B.1 ¶1", "NASA/SP-20205011318 §3.2"]
                    advice: Register a 24/7 operations contact with a conjunction-assessment provider such as space-track.org.
                    examples:
                      - {given: {operator.contact.around_the_clock: false}, outcome: fail}
              - id: B.2
                title: Improve accuracy of orbital data on space objects and enhance the practice and utility of sharing orbital information on space objects
                rules:
                  - id: B.2-tracking-aids
                    title: The spacecraft carries a tracking aid (GNSS receiver or laser retroreflectors)
                    pass_if: spacecraft.tracking.gnss_receiver or spacecraft.tracking.retroreflectors
                    references: ["A/74/20 annex II, guideline B.2 ¶2"]
                    advice: Fly a GNSS receiver and share its ephemerides, or fit laser retroreflectors.
                    examples:
                      - {given: {spacecraft.tracking.gnss_receiver: false, spacecraft.tracking.retroreflectors: true}, outcome: pass}
                      - {given: {spacecraft.tracking.gnss_receiver: true}, outcome: pass}
                      - {given: {spacecraft.tracking.gnss_receiver: false}, outcome: unknown}
              - id: B.4
                title: Perform conjunction assessment during all orbital phases of controlled flight
                weight: 2
                rules:
                  - id: B.4-all-phases
                    title: Conjunction assessment covers early orbit, operations and disposal
                    # B.4 ¶1 addresses spacecraft capable of adjusting their trajectories.
                    applies_if: spacecraft.propulsion.type != "none"
                    score: >-
                      ((if "early_orbit" in operations.conjunction_assessment.phases then 1 else 0)
                      + (if "operations" in operations.conjunction_assessment.phases then 1 else 0)
                      + (if "disposal" in operations.conjunction_assessment.phases then 1 else 0)) / 3
                    references: ["A/74/20 annex II, guideline B.4 ¶1"]
                    advice: Screen every phase of controlled flight, including early orbit and disposal manoeuvres.
                    examples:
                      - {given: {spacecraft.propulsion.type: chemical, operations.conjunction_assessment.phases: [operations, disposal]}, score: 0.667}
                      - {given: {spacecraft.propulsion.type: none}, outcome: not_applicable}
                  - id: B.4-action-threshold
                    title: Avoidance manoeuvres are planned at a collision probability of 1 in 10,000 or lower
                    applies_if: spacecraft.propulsion.type != "none"
                    measure: operations.conjunction_assessment.action_threshold_pc
                    # NASA/SP-20205011318 §6.3: mitigate above Pc 1E-04 (optionally 1E-05). Scoring 0 at a threshold ten
                    # times laxer (1E-03) is this ruleset's own choice.
                    scale: {log: true, points: [[1.0e-4, 1.0], [1.0e-3, 0.0]]}
                    references: ["A/74/20 annex II, guideline B.4 ¶2(c)", "NASA/SP-20205011318 §6.3"]
                    advice: Lower the action threshold to a collision probability of 1e-4.
                    examples:
                      - {given: {spacecraft.propulsion.type: electric, operations.conjunction_assessment.action_threshold_pc: 3.0e-4}, score: 0.523}
              - id: B.5
                title: Develop practical approaches for pre-launch conjunction assessment
                rules:
                  - id: B.5-prelaunch
                    title: A pre-launch conjunction assessment is performed
                    pass_if: launch.prelaunch_conjunction_assessment
                    references: ["A/74/20 annex II, guideline B.5 ¶1"]
                    advice: Ask the launch provider for a launch collision-avoidance (COLA) analysis.
              - id: B.7
                title: Develop space weather models and tools and collect established practices on the mitigation of space weather effects
                rules:
                  - id: B.7-safe-mode
                    title: The spacecraft has a safe mode and the disposal plan has a space-weather margin
                    score: '((if spacecraft.safe_mode then 1 else 0) + (if operations.space_weather.disposal_margin_analysis then 1 else 0)) / 2'
                    references: ["A/74/20 annex II, guideline B.7 ¶5(a)-(b)"]
                    advice: Add a safe mode that recovers from space-weather upsets and a solar-activity margin to the disposal analysis.
              - id: B.8
                title: Design and operation of space objects regardless of their physical and operational characteristics
                weight: 3
                rules:
                  - id: B.8-post-mission-lifetime
                    title: The spacecraft leaves LEO soon after the end of the mission
                    applies_if: derived.orbit.regime == "LEO"
                    measure: derived.lifetime.post_mission_years
                    # 5 years → 1.0: FCC 22-74 (five-year rule) and ESA ESSB-ST-U-007 (< 5 years);
                    # 25 years → 0.6: NASA-STD-8719.14C Req 4.6-1 and IADC-02-01 Rev.4 (p.14);
                    # 100 years → 0: this ruleset's own choice (no regime goes beyond 25 years).
                    scale: {points: [[5, 1.0], [25, 0.6], [100, 0.0]]}
                    required: {condition: derived.lifetime.post_mission_years <= assumptions.target_residual_lifetime_years, caps_tier_at: bronze}
                    weight: 3
                    references: ["A/74/20 annex II, guideline B.8 ¶2", "NASA-STD-8719.14C Req 4.6-1", "IADC-02-01 Rev.4 (2025)", "FCC 22-74", "ESA ESSB-ST-U-007"]
                    advice: Lower the disposal perigee, add a drag device, or reserve propellant for a de-orbit burn.
                    examples:
                      - {given: {derived.orbit.regime: LEO, derived.lifetime.post_mission_years: 15}, score: 0.8}
                      - {given: {derived.orbit.regime: GEO}, outcome: not_applicable}
                  - id: B.8-disposal-reliability
                    title: The disposal succeeds with a probability of at least 90 %
                    measure: end_of_life.success_probability
                    # 0.90 → 0.6: the minimum of NASA-STD-8719.14C Req 4.6-4 and the IADC guidelines (IADC status report 2025 §3.3.2);
                    # 0.99 → 1.0: recommended by NASA/SP-20205011318 §4.6; 0.8 → 0 is this ruleset's own choice.
                    scale: {points: [[0.8, 0.0], [0.9, 0.6], [0.99, 1.0]]}
                    required: {condition: end_of_life.success_probability >= 0.9, caps_tier_at: silver}
                    weight: 2
                    references: ["NASA-STD-8719.14C Req 4.6-4", "NASA/SP-20205011318 §4.6"]
                    advice: Raise the reliability of the disposal function (redundancy, a passive drag device as back-up).
                    examples:
                      - {given: {end_of_life.success_probability: 0.9}, score: 0.6}
                      - {given: {end_of_life.success_probability: 0.95}, score: 0.822}
                  - id: B.8-trackable
                    title: The spacecraft can be tracked from the ground
                    pass_if: derived.trackability.trackable
                    references: ["A/74/20 annex II, guideline B.8 ¶1", "NASA/SP-20205011318 §4.5"]
                    advice: Keep every major dimension above 10 cm in LEO or carry a tracking aid.
              - id: B.9
                title: Take measures to address risks associated with the uncontrolled re-entry of space objects
                weight: 3
                rules:
                  - id: B.9-casualty-risk
                    title: Re-entry casualty risk per spacecraft is below 1 in 10,000
                    applies_if: end_of_life.strategy != "controlled_reentry" and derived.orbit.regime == "LEO"
                    measure: derived.reentry.casualty_risk
                    # 1e-4 → 0.6: the limit of NASA-STD-8719.14C Req 4.7-1 and the IADC guidelines (2025) per uncontrolled re-entry.
                    # 1e-5 → 1.0 and 1e-3 → 0 (a decade either side) are this ruleset's own choices; the French technical
                    # regulation (Arrêté du 31 mars 2011, Art. 44) asks 2e-5 for controlled or intact returns.
                    scale: {log: true, points: [[1.0e-5, 1.0], [1.0e-4, 0.6], [1.0e-3, 0.0]]}
                    required: {condition: "derived.reentry.casualty_risk <= 1.0e-4", caps_tier_at: bronze}
                    weight: 2
                    references: ["NASA-STD-8719.14C Req 4.7-1", "IADC-02-01 Rev.4 (2025)"]
                    advice: Design for demise; replace titanium tanks with aluminium-lined composite or plan a controlled re-entry.
                    examples:
                      - {given: {end_of_life.strategy: natural_decay, derived.orbit.regime: LEO, derived.reentry.casualty_risk: 3.0e-5}, score: 0.809}
                      - {given: {end_of_life.strategy: natural_decay, derived.orbit.regime: LEO, derived.reentry.casualty_risk: 0.0}, score: 1}
                  - id: B.9-design-for-demise
                    title: The spacecraft is designed for demise
                    pass_if: spacecraft.design_for_demise
                    references: ["A/74/20 annex II, guideline B.9 ¶5", "A/74/20 annex II, guideline D.2 ¶3"]
                    advice: Choose materials and joints that break up and melt early during re-entry.
          - id: C
            title: International cooperation, capacity-building and awareness
            guidelines:
              - id: C.3
                title: Promote and support capacity-building
                rules:
                  - id: C.3-capacity-building
                    title: The mission contributes to capacity-building
                    bonus: true
                    pass_if: cooperation.capacity_building
                    references: ["A/74/20 annex II, guideline C.3"]
              - id: C.4
                title: Raise awareness of space activities
                rules:
                  - id: C.4-publishes-data
                    title: The operator publishes sustainability data
                    bonus: true
                    pass_if: cooperation.publishes_sustainability_data
                    references: ["A/74/20 annex II, guideline C.4 ¶4"]

        """#),
    ]
}
