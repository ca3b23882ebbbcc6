import MSSCore
import Testing

/// The copies built into the binary are the files in seeds/, byte for byte.
@Suite struct BundledDatasetTests {
  @Test(arguments: BundledDataset.allCases)
  func builtInCopyEqualsTheFile(dataset: BundledDataset) throws {
    let file = try Repository.text("seeds/\(dataset.fileName)")
    #expect(dataset.text == file, "run python3 scripts/embed-seeds.py after editing seeds/")
  }

  @Test func theArticle() throws {
    let file = try Repository.text("seeds/000_b47f0ab57ea92bef.txt")
    #expect(BundledDataset.seedArticle == file)
    #expect(file.hasPrefix("Kenya to send more police to Haiti after new gang attacks"))
  }

  @Test func builtInAndOnDiskLoadTheSame() throws {
    for bundled in BundledDataset.allCases {
      let builtIn = try bundled.loadValidated().get()
      let onDisk = try DatasetLoader.load(path: Repository.path("seeds/\(bundled.fileName)")).get()
      #expect(builtIn.dataset.origin == "builtin:\(bundled.rawValue)")
      #expect(builtIn.dataset.sources.map(\.text) == onDisk.dataset.sources.map(\.text))
      #expect(
        builtIn.dataset.allObservations.map(ObservationContent.init)
          == onDisk.dataset.allObservations.map(ObservationContent.init))
      #expect(builtIn.warnings.isEmpty && onDisk.warnings.isEmpty)
    }
  }

  /// The dashboard loads the built-in copies without DatasetValidator's checks; this is what
  /// makes that safe: with the checks they warn about nothing, and the data is the same.
  @Test(arguments: BundledDataset.allCases)
  func builtInCopyPassesEveryCheck(dataset: BundledDataset) throws {
    let checked = try dataset.loadValidated().get()
    #expect(checked.warnings.isEmpty, "\(checked.warnings)")
    let unchecked = try dataset.load().get()
    #expect(
      unchecked.dataset.allObservations.map(ObservationContent.init)
        == checked.dataset.allObservations.map(ObservationContent.init))
    #expect(unchecked.dataset.events.map(\.id) == checked.dataset.events.map(\.id))
  }

  @Test func fileNames() {
    #expect(BundledDataset.history.fileName == "mss-history.yaml")
    #expect(BundledDataset.seed.fileName == "mss-seed.yaml")
    #expect(BundledDataset.allCases.first == .history, "the default comes first")
  }
}
