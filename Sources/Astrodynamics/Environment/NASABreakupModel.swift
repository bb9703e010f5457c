import Foundation

/// Number of fragments a catastrophic collision makes, by the NASA standard breakup model (Johnson, Krisko, Liou
/// & Anz-Meador, "NASA's new breakup model of EVOLVE 4.0", Advances in Space Research 28(9), 2001):
/// N(L_c) = 0.1 · M^0.75 · L_c^−1.71, with M the mass involved in kg and L_c the characteristic length in m.
public enum NASABreakupModel {
    /// Fragments larger than `characteristicLengthM` from a catastrophic collision involving `massKg`.
    ///
    /// For a catastrophic collision the model's M is the sum of both objects' masses; the impactor's mass is
    /// unknown for a flux-based risk, so Steward uses the spacecraft's mass alone (the impactor, a ≳10 cm
    /// fragment, is usually much lighter).
    public static func catastrophicFragmentCount(massKg: Double, characteristicLengthM: Double = 0.1) -> Double {
        guard massKg > 0, characteristicLengthM > 0 else { return 0 }
        return 0.1 * pow(massKg, 0.75) * pow(characteristicLengthM, -1.71)
    }
}
