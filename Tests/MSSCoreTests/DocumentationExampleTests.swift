import MSSCore
import Testing

/// The example in docs/dataset.md is a working dataset.
@Suite struct DocumentationExampleTests {
  private func example() throws -> String {
    let document = try Repository.text("docs/dataset.md")
    let opening = "```yaml\nschema: 1"
    let start = try #require(document.firstRange(of: opening)).lowerBound
    let body = document[start...].dropFirst("```yaml\n".count)
    let end = try #require(body.firstRange(of: "```")).lowerBound
    return String(body[..<end])
  }

  @Test func loadsWithoutWarningsBesideTheArticle() throws {
    let files = ["000_b47f0ab57ea92bef.txt": BundledDataset.seedArticle]
    let loaded = try load(try example(), files: files).get()
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.dataset.id == "example")
    let state = MissionState(dataset: loaded.dataset, asOf: try day(2024, 10, 11))
    let toll = try state.metric("gran-grif-killed")
    #expect(toll.value == Quantity(115, .atLeast))
    #expect(toll.conflicts.map(\.value) == [Quantity(70, .atLeast)])
    #expect(state.lead?.planned.first?.period.description == "2024-11")
  }
}
