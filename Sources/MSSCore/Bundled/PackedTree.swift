/// A parsed dataset written out as literals by scripts/embed-seeds.py (`BundledTrees`): the
/// arrays of a `DocumentTree`, its nodes and entries flattened into numbers so the compiler
/// lays them out as constant data. Unpacking them costs a copy, where parsing the text costs
/// libyaml's scanner (some 8 million instructions for the history at every start).
struct PackedTree: Sendable {
  let strings: [String]
  /// Seven numbers a node: kind, line, column, parent, slot, first, count.
  let nodes: [Int32]
  /// Four numbers an entry: key, key line, key column, value.
  let entries: [Int32]
  let items: [Int32]

  /// The tree; nil when the numbers do not make one (a hand-edited generated file), and the
  /// caller parses the text instead. Every index is checked here, once, because the loader
  /// reads the tree without checks.
  func unpack() -> DocumentTree? {
    guard nodes.count % 7 == 0, entries.count % 4 == 0, !nodes.isEmpty else { return nil }
    let nodeCount = nodes.count / 7
    let entryCount = entries.count / 4
    var unpackedEntries: [DocumentTree.Entry] = []
    unpackedEntries.reserveCapacity(entryCount)
    for start in stride(from: 0, to: entries.count, by: 4) {
      let key = entries[start]
      let value = entries[start + 3]
      guard key >= 0, key < strings.count, value > 0, value < nodeCount else { return nil }
      unpackedEntries.append(
        DocumentTree.Entry(
          key: key, keyLine: entries[start + 1], keyColumn: entries[start + 2], value: value))
    }
    guard items.allSatisfy({ $0 > 0 && $0 < nodeCount }) else { return nil }
    var unpackedNodes: [DocumentTree.Node] = []
    unpackedNodes.reserveCapacity(nodeCount)
    for start in stride(from: 0, to: nodes.count, by: 7) {
      guard let kind = DocumentTree.Kind(rawValue: UInt8(clamping: nodes[start])), kind != .alias
      else { return nil }
      let parent = nodes[start + 3]
      let first = nodes[start + 5]
      let count = nodes[start + 6]
      let slot = nodes[start + 4]
      if start == 0 {
        guard parent == -1 else { return nil }
      } else {
        // A parent comes before its children; the slot is a place in it (field paths use it).
        guard parent >= 0, parent < unpackedNodes.count, slot >= 0,
          slot < unpackedNodes[Int(parent)].count
        else { return nil }
      }
      guard count >= 0 else { return nil }
      switch kind {
      case .scalar: guard first >= 0, first < strings.count else { return nil }
      case .mapping: guard first >= 0, first <= entryCount - Int(count) else { return nil }
      case .sequence: guard first >= 0, first <= items.count - Int(count) else { return nil }
      case .alias: return nil
      }
      unpackedNodes.append(
        DocumentTree.Node(
          kind: kind, line: nodes[start + 1], column: nodes[start + 2], parent: parent,
          slot: slot, first: first, count: count))
    }
    return DocumentTree(
      nodes: unpackedNodes, strings: strings, entries: unpackedEntries, items: items)
  }
}
