/// The composer's refusals: repeated keys, and anchors where they are not wanted.
extension EventTreeBuilder {
  /// A key named twice in the mapping that ends now. As with Yams, the smallest such key is
  /// reported; unlike Yams, at its second place (the one to delete), with its field path.
  func checkDuplicateKeys(_ mapping: Open) throws(YAMLProblem) {
    let keys = pendingEntries[mapping.start...]
    guard keys.count > 1 else { return }
    var found: (text: String, first: DocumentTree.Entry, second: DocumentTree.Entry)?
    // Small mappings (nearly all of them) are checked without hashing.
    var seen: [String: DocumentTree.Entry] = [:]
    for (offset, entry) in zip(keys.indices, keys) where entry.key >= 0 {
      let text = strings[Int(entry.key)]
      if let found, text >= found.text { continue }
      let earlier: DocumentTree.Entry?
      if keys.count <= 16 {
        earlier = keys[..<offset].first { $0.key >= 0 && strings[Int($0.key)] == text }
      } else {
        earlier = seen[text]
        if earlier == nil { seen[text] = entry }
      }
      if let earlier { found = (text, earlier, entry) }
    }
    guard let found else { return }
    let parent = path(of: open.dropLast())
    throw YAMLProblem(
      .duplicateKey(key: found.text, firstLine: Int(found.first.keyLine)),
      line: Int(found.second.keyLine), column: Int(found.second.keyColumn),
      path: parent.isEmpty ? found.text : "\(parent).\(found.text)")
  }

  /// Throws when anchors are refused. `key` is the text of an anchored mapping key, which
  /// ends the path.
  func allow(_ token: String, _ mark: Mark, key: String?) throws(YAMLProblem) {
    guard case .refuse = anchors else { return }
    var path = path(of: open[...])
    if let key { path = path.isEmpty ? key : "\(path).\(key)" }
    throw YAMLProblem(
      .anchorRefused(token: token), line: Int(mark.line), column: Int(mark.column), path: path)
  }
}
