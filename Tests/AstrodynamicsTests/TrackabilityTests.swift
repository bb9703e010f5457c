import Testing
@testable import Astrodynamics

@Suite struct TrackabilityTests {
    // NASA CA handbook §4.5: 10 cm below 2,000 km perigee, 50 cm above.
    @Test func sizeRule() {
        #expect(Trackability(smallestDimensionM: 0.1, perigeeKm: 525, aids: .init()).trackable)
        #expect(!Trackability(smallestDimensionM: 0.05, perigeeKm: 525, aids: .init()).trackable)
        #expect(!Trackability(smallestDimensionM: 0.3, perigeeKm: 20_000, aids: .init()).trackable)
        #expect(Trackability(smallestDimensionM: 0.6, perigeeKm: 35_786, aids: .init()).trackable)
    }

    @Test func trackingAids() {
        let retro = Trackability(smallestDimensionM: 0.05, perigeeKm: 500, aids: .init(retroreflectors: true))
        #expect(retro.trackable && !retro.meetsSizeRule && retro.effectiveAids == ["retroreflectors"])
        // GNSS helps others only when the ephemerides are shared.
        #expect(!Trackability(smallestDimensionM: 0.05, perigeeKm: 500, aids: .init(gnssReceiver: true)).trackable)
        #expect(Trackability(smallestDimensionM: 0.05, perigeeKm: 500,
                             aids: .init(gnssReceiver: true, sharesEphemerides: true)).trackable)
        #expect(Trackability(smallestDimensionM: 0.05, perigeeKm: 500, aids: .init(transponder: true)).trackable)
    }

    @Test func smallestDimensionOfShapes() {
        #expect(ComponentShape.box(xM: 0.1, yM: 0.1, zM: 0.34).smallestDimensionM == 0.1)
        #expect(ComponentShape.cylinder(diameterM: 0.3, lengthM: 0.05).smallestDimensionM == 0.05)
    }
}
