import Testing

@testable import MSSCore

/// The dashboard loads the bundled datasets from the trees scripts/embed-seeds.py wrote
/// (`BundledTrees`), not from their text: these tests prove that is the same data, so drifting
/// seeds/ without rerunning the script fails here.
@Suite struct BundledTreeTests {
  /// The tree is the one the composer (`YAMLComposer`) builds from the file in seeds/: every node, key, text
  /// (byte for byte: String's == would let another normalization through), line, column and
  /// field path.
  @Test(arguments: BundledDataset.allCases)
  func treeIsTheParsedFile(dataset: BundledDataset) throws {
    let file = try Repository.text("seeds/\(dataset.fileName)")
    let packed = try #require(dataset.tree.unpack(), "run python3 scripts/embed-seeds.py")
    let parsed = try #require(try YAMLComposer.tree(file, anchors: .refuse))
    #expect(shapeOf(packed) == shapeOf(parsed), "run python3 scripts/embed-seeds.py")
    try #require(packed.nodes.count == parsed.nodes.count)
    for index in parsed.nodes.indices {
      let mine = packed.nodes[index]
      let theirs = parsed.nodes[index]
      #expect(mine.kind == theirs.kind && mine.parent == theirs.parent)
      #expect(packed.path(of: Int32(index)) == parsed.path(of: Int32(index)))
      if theirs.kind == .scalar {
        let text = packed.strings[Int(mine.first)]
        #expect(Array(text.utf8) == Array(parsed.strings[Int(theirs.first)].utf8))
      }
    }
  }

  /// What users see: the dataset (every value, note and source location) and the warnings
  /// equal those the loader gives for the file in seeds/, under the same name.
  @Test(arguments: BundledDataset.allCases)
  func loadsWhatTheFileLoads(dataset: BundledDataset) throws {
    let file = try Repository.text("seeds/\(dataset.fileName)")
    let name = "builtin:\(dataset.rawValue)"
    let fromFile = try DatasetLoader(file: name) { BundledDataset.localFiles[$0] }.load(
      text: file, origin: name, validating: false
    ).get()
    let fromTree = try dataset.load().get()
    #expect(
      fromTree.dataset == fromFile.dataset,
      "first difference: \(firstDifference(fromTree.dataset, fromFile.dataset))")
    #expect(fromTree.warnings == fromFile.warnings)
    #expect(fromTree.dataset.sources.contains { $0.text == BundledDataset.seedArticle })
    // The validated load (`mssdash validate`) still parses the text: the same data again.
    let validated = try dataset.loadValidated().get().dataset
    #expect(
      validated == fromTree.dataset,
      "first difference: \(firstDifference(validated, fromTree.dataset))")
  }

  /// The first entity that differs, so a failure does not print two whole datasets.
  private func firstDifference(_ one: Dataset, _ other: Dataset) -> String {
    func first<T: Equatable>(_ mine: [T], _ theirs: [T]) -> String? {
      guard mine != theirs else { return nil }
      guard let index = zip(mine, theirs).enumerated().first(where: { $1.0 != $1.1 })?.offset else {
        return "\(mine.count) against \(theirs.count) entries"
      }
      return "\(mine[index])\nagainst \(theirs[index])"
    }
    return first(one.sources, other.sources) ?? first(one.contributors, other.contributors)
      ?? first(one.metrics, other.metrics) ?? first(one.events, other.events)
      ?? first([one.totals], [other.totals]) ?? "in the top-level fields"
  }

  @Test func locationsNameTheFileLines() throws {
    let dataset = try BundledDataset.history.load().get().dataset
    let first = try #require(dataset.sources.first?.location)
    let file = try Repository.text("seeds/mss-history.yaml")
    let line = file.split(separator: "\n", omittingEmptySubsequences: false)[first.line - 1]
    #expect(first.file == "builtin:history")
    #expect(line.dropFirst(first.column - 1).hasPrefix("id: reuters-2024-10-11"))
  }

  /// Numbers that do not make a tree are refused, and `load()` parses the text instead.
  @Test func malformedNumbersAreRefused() throws {
    let good = BundledTrees.seed
    #expect(good.unpack() != nil)
    func with(
      nodes: [Int32]? = nil, entries: [Int32]? = nil, items: [Int32]? = nil,
      strings: [String]? = nil
    ) -> PackedTree {
      PackedTree(
        strings: strings ?? good.strings, nodes: nodes ?? good.nodes,
        entries: entries ?? good.entries, items: items ?? good.items)
    }
    var nodes = good.nodes
    nodes.removeLast()
    #expect(with(nodes: nodes).unpack() == nil, "not whole nodes")
    #expect(with(nodes: []).unpack() == nil, "no root")
    nodes = good.nodes
    nodes[0] = 3
    #expect(with(nodes: nodes).unpack() == nil, "an alias")
    nodes = good.nodes
    nodes[3] = 0
    #expect(with(nodes: nodes).unpack() == nil, "a root with a parent")
    nodes = good.nodes
    nodes[7 + 3] = 5
    #expect(with(nodes: nodes).unpack() == nil, "a parent after its child")
    nodes = good.nodes
    nodes[7 + 4] = 1000
    #expect(with(nodes: nodes).unpack() == nil, "a slot past the parent's end")
    nodes = good.nodes
    nodes[6] = Int32(good.entries.count)
    #expect(with(nodes: nodes).unpack() == nil, "entries past the end")
    #expect(with(strings: []).unpack() == nil, "texts missing")
    var entries = good.entries
    entries[3] = Int32(good.nodes.count)
    #expect(with(entries: entries).unpack() == nil, "an entry's value past the nodes")
    #expect(with(items: [-1]).unpack() == nil, "an item before the nodes")
  }
}
