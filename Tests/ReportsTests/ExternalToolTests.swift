import Foundation
import StewardTestSupport
import Testing

@Suite("External tools")
struct ExternalToolTests {
    @Test("a missing tool skips the test on a developer's machine but runs it, to fail, under CI=true")
    func missingToolFailsUnderCI() {
        #expect(ExternalTool.runs(toolAvailable: true, underCI: false))
        #expect(ExternalTool.runs(toolAvailable: true, underCI: true))
        #expect(!ExternalTool.runs(toolAvailable: false, underCI: false))
        #expect(ExternalTool.runs(toolAvailable: false, underCI: true))
    }

    @Test("the schemas the validators use are in the repository, not beside it")
    func schemasAreInTheRepository() {
        for schema in [ExternalValidators.sarifSchema, ExternalValidators.junitSchema] {
            #expect(schema.path.hasPrefix(RatingFixture.root.path + "/"), "\(schema.path)")
            #expect(FileManager.default.fileExists(atPath: schema.path), "\(schema.path)")
        }
    }
}
