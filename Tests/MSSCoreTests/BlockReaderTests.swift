import Testing
import Yams

@testable import MSSCore

/// Block-style YAML read from libyaml's events gives the tree Yams gives, and everything
/// unusual is left to Yams.
@Suite struct BlockReaderTests {
  private func yams(_ text: String) throws -> DocumentTree {
    DocumentTree(yams: try #require(try Yams.compose(yaml: text, .basic)))
  }

  @Test(arguments: BundledDataset.allCases)
  func bundledDatasetsMatchYams(dataset: BundledDataset) throws {
    let fast = try #require(BlockReader.read(dataset.text))
    #expect(shapeOf(fast) == shapeOf(try yams(dataset.text)))
  }

  @Test(arguments: [
    "a: 1\nb:\n  - x\n  - {c: d, e: [1, 2]}\n  -\n    f: \"quoted\\tvalue\"\n    g: 'single ''q'''\n",
    "# comment\nkey: |\n  block\n  text\nother: >\n  folded\n  text\nempty:\nnull: ~\n",
    "---\nlist:\n- a\n- b\n...\n",
    "- 1\n- - 2\n  - 3\n",
    "plain scalar at the root",
    "---\n",
    "title: \"漢字 and ✓ at\" \nnext: é\n",
  ])
  func sameTreeAsYams(text: String) throws {
    let fast = try #require(BlockReader.read(text))
    #expect(shapeOf(fast) == shapeOf(try yams(text)))
  }

  @Test(arguments: [
    "",  // no document
    "# only a comment\n",
    "a: &x 1\nb: *x\n",  // anchors and aliases
    "a: !!str 1\n",  // explicit tags
    "a: 1\na: 2\n",  // duplicate key
    "? [a, b]\n: c\n",  // a key that is not text
    "a: 1\n---\nb: 2\n",  // two documents
    "a: [1, 2\n",  // syntax error
    "a:\n\t- 1\n",  // tab indentation
  ])
  func leavesTheRestToYams(text: String) {
    #expect(BlockReader.read(text) == nil)
  }

  /// Loading through the reader gives the same dataset as before, warnings included.
  @Test func loadsTheBundledDatasets() throws {
    for dataset in BundledDataset.allCases {
      let loaded = try dataset.load().get()
      #expect(!loaded.dataset.contributors.isEmpty)
      let origin = "builtin:\(dataset.rawValue)"
      let viaYams = try #require(try Yams.compose(yaml: dataset.text, .basic))
      #expect(shapeOf(DocumentTree(yams: viaYams)).count > 100)
      #expect(loaded.dataset.origin == origin)
    }
  }
}
