import MSSCore
import Testing

@Suite struct SmokeTests {
  @Test func bundledSeedLoadsWithoutWarnings() throws {
    let loaded = try BundledDataset.seed.load().get()
    #expect(loaded.warnings.isEmpty)
  }
}
