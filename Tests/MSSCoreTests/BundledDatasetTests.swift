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
      let builtIn = try bundled.load().get()
      let onDisk = try DatasetLoader.load(path: Repository.path("seeds/\(bundled.fileName)")).get()
      #expect(builtIn.dataset.origin == "builtin:\(bundled.rawValue)")
      #expect(builtIn.dataset.sources.map(\.text) == onDisk.dataset.sources.map(\.text))
      #expect(
        builtIn.dataset.allObservations.map(ObservationContent.init)
          == onDisk.dataset.allObservations.map(ObservationContent.init))
      #expect(builtIn.warnings.isEmpty && onDisk.warnings.isEmpty)
    }
  }

  @Test func fileNames() {
    #expect(BundledDataset.history.fileName == "mss-history.yaml")
    #expect(BundledDataset.seed.fileName == "mss-seed.yaml")
    #expect(BundledDataset.allCases.first == .history, "the default comes first")
  }
}
