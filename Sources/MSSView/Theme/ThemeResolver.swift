import MSSCore

/// Applies a theme's chain of bases: each theme takes what it leaves open from its base.
enum ThemeResolver {
  /// Nobody needs bases nested deeper than this; a longer chain is a mistake.
  static let maximumDepth = 8

  static func resolve(
    _ document: ThemeDocument, in library: ThemeLibrary
  ) -> Result<Theme, ThemeFailure> {
    var chain = [document]
    var files: Set<String> = [document.file]
    var current = document
    while let baseName = current.base {
      let place = current.basePlace ?? current.namePlace
      guard chain.count < maximumDepth else {
        return .failure(ThemeFailure(place.error("bases nest deeper than \(maximumDepth) themes")))
      }
      // A theme that names itself as base builds on the built-in of that name.
      let lookup = library.document(named: baseName, builtInOnly: baseName == current.name)
      switch lookup {
      case .none:
        let known = library.names().joined(separator: ", ")
        return .failure(
          ThemeFailure(place.error("no theme named '\(baseName)' to build on; there are: \(known)"))
        )
      case .some(.failure(let failure)):
        let summary = place.error("the base theme '\(baseName)' has errors")
        return .failure(ThemeFailure([summary] + failure.diagnostics))
      case .some(.success(let base)):
        guard files.insert(base.file).inserted else {
          let cycle = (chain.map(\.name) + [base.name]).joined(separator: " → ")
          return .failure(
            ThemeFailure(place.error("themes build on each other in a circle: \(cycle)")))
        }
        chain.append(base)
        current = base
      }
    }
    var merged = current
    for layer in chain.reversed().dropFirst() { merged = layer.over(merged) }
    return .success(merged.theme())
  }
}
