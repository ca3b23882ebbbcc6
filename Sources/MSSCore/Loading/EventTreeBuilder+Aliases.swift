/// Aliases: a copy of the anchored node's stretch of the arrays, its links shifted, so the tree
/// stays a plain tree (each node one parent, one path) for everything that reads it.
extension EventTreeBuilder {
  mutating func addAlias(_ name: String, _ mark: Mark) throws(YAMLProblem) {
    try allow("*" + name, mark, key: nil)
    guard skippedKey == nil else { return }
    guard let target = anchorTargets[name] else {
      // Yams' words for it.
      throw YAMLProblem(
        .syntax(context: nil, problem: "found undefined alias"), line: Int(mark.line),
        column: Int(mark.column))
    }
    if expectsKey {
      // An aliased key is text when its anchor is text; a collection is no field name.
      var text: String?
      switch target {
      case .text(let anchoredText): text = anchoredText
      case .node(let began, _):
        let node = nodes[began.nodes]
        if node.kind == .scalar { text = strings[Int(node.first)] }
      }
      var index: Int32 = -1
      if let text {
        index = Int32(strings.count)
        strings.append(text)
      }
      open[open.count - 1].key = (index, mark)
      return
    }
    switch target {
    case .text(let text):
      try count(1, mark)
      let index = addNode(.scalar, mark)
      nodes[Int(index)].first = Int32(strings.count)
      strings.append(text)
      anchored.append(index)
      attach(index)
    case .node(let began, let end):
      try count(end.nodes - began.nodes, mark)
      attach(copy(from: began, to: end, at: mark))
    }
  }

  /// Counts copied nodes against the bound, so a "billion laughs" stops early.
  private mutating func count(_ copies: Int, _ mark: Mark) throws(YAMLProblem) {
    copiedNodes += copies
    guard copiedNodes <= YAMLComposer.aliasExpansionLimit else {
      throw YAMLProblem(
        .aliasExpansion(limit: YAMLComposer.aliasExpansionLimit), line: Int(mark.line),
        column: Int(mark.column), path: path(of: open[...]))
    }
  }

  /// Appends a copy of the nodes `began..<end` hold and returns the copy's root, placed at the
  /// alias (its inner nodes keep the anchored text's places).
  private mutating func copy(from began: Counts, to end: Counts, at mark: Mark) -> Int32 {
    let root = Int32(nodes.count)
    let (parent, slot) = nextSlot
    let nodeShift = Int32(nodes.count - began.nodes)
    let stringShift = Int32(strings.count - began.strings)
    let entryShift = Int32(entries.count - began.entries)
    let itemShift = Int32(items.count - began.items)
    for offset in began.nodes..<end.nodes {
      var node = nodes[offset]
      if offset == began.nodes {
        node.parent = parent
        node.slot = slot
        node.line = mark.line
        node.column = mark.column
      } else {
        node.parent += nodeShift
      }
      switch node.kind {
      case .scalar: node.first += stringShift
      case .mapping: node.first += entryShift
      case .sequence: node.first += itemShift
      case .alias: break
      }
      nodes.append(node)
    }
    strings.append(contentsOf: Array(strings[began.strings..<end.strings]))
    for offset in began.entries..<end.entries {
      var entry = entries[offset]
      if entry.key >= 0 { entry.key += stringShift }
      entry.value += nodeShift
      entries.append(entry)
    }
    items.append(contentsOf: items[began.items..<end.items].map { $0 + nodeShift })
    // The anchored nodes inside (the root among them) are anchored in the copy too.
    let low = anchored.partitioningIndex { $0 >= Int32(began.nodes) }
    let high = anchored.partitioningIndex { $0 >= Int32(end.nodes) }
    anchored.append(contentsOf: anchored[low..<high].map { $0 + nodeShift })
    return root
  }
}

extension Array where Element == Int32 {
  /// The first index whose element satisfies `isAbove`, for an ascending array.
  fileprivate func partitioningIndex(_ isAbove: (Int32) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isAbove(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
