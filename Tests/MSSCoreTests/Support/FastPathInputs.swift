import MSSTestSupport
import Testing

@testable import MSSCore

/// Inputs for the fast-path tests: the bundled datasets' scalars, and texts mutated from seeds
/// so that a fast path meets every near miss (a space, a capital, a combining mark, a stray
/// separator) that its general path reads differently or refuses.
enum FastPathInputs {
  /// Every scalar of both bundled trees whose field is one of `keys`.
  static func bundledScalars(for keys: Set<String>) throws -> [String] {
    var found: [String] = []
    for dataset in BundledDataset.allCases {
      let tree = try #require(dataset.tree.unpack())
      for entry in tree.entries where keys.contains(tree.strings[Int(entry.key)]) {
        let node = tree.nodes[Int(entry.value)]
        if node.kind == .scalar { found.append(tree.strings[Int(node.first)]) }
      }
    }
    return found
  }

  /// Characters a mutation inserts or substitutes: ASCII neighbours of the notation, spaces of
  /// every kind, a combining accent, letters a lower-casing changes, digits in other scripts.
  static let noise: [String] = [
    "0", "1", "9", ",", "_", ".", "-", "+", "/", "~", "%", "$", "Q", "q", "k", "m", "M", "b", "e",
    " ", "\t", "\n", "\r\n", "\u{2009}", "\u{00A0}", "\u{0301}", "\u{0338}", "\u{212A}", "\u{0663}",
    "\u{FF11}", "\u{2265}", "\u{2272}", "<", ">", "=", "é", "😀",
  ]

  /// `count` mutations of `seeds`: a character inserted, deleted, replaced or doubled, the
  /// case changed, or two seeds joined.
  static func mutated(_ seeds: [String], count: Int, seed: UInt64) -> [String] {
    var random = FuzzRandom(seed: seed)
    var out: [String] = []
    for _ in 0..<count {
      var characters = Array(random.pick(seeds))
      let place = random.below(characters.count + 1)
      switch random.below(6) {
      case 0: characters.insert(contentsOf: random.pick(noise), at: place)
      case 1 where place < characters.count: characters.remove(at: place)
      case 2 where place < characters.count:
        characters.replaceSubrange(place...place, with: random.pick(noise))
      case 3 where place < characters.count: characters.insert(characters[place], at: place)
      case 4: characters = Array(String(characters).uppercased())
      default: characters += Array(random.pick(seeds))
      }
      out.append(String(characters))
    }
    return out
  }
}
