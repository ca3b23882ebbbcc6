import MSSCore
import MSSView

/// The text `mssdash themes` prints: built-ins, then the user's themes with their problems.
struct ThemeListing {
  /// `none` prints names and descriptions only.
  let depth: ColorDepth
  let glyphs: Glyphs

  func render(_ catalog: ThemeCatalog, userDirectory: String?) -> String {
    let width = (catalog.entries.map(\.name.count).max() ?? 8) + 2
    var lines = ["Built-in themes:"]
    for entry in catalog.entries where entry.origin == .builtIn {
      lines += describe(entry, nameWidth: width)
    }
    let user = catalog.entries.filter { $0.origin != .builtIn }
    let place = userDirectory ?? "(no HOME, so no user themes)"
    lines.append("")
    lines.append(user.isEmpty ? "No user themes in \(place)." : "User themes in \(place):")
    for entry in user { lines += describe(entry, nameWidth: width) }
    lines.append("")
    lines.append("Use one with --theme NAME (or a file path); write your own: docs/themes.md.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// One theme alone, as `--theme` chose it.
  func render(_ theme: Theme) -> String {
    let entry = ThemeCatalog.Entry(
      name: theme.name, origin: .builtIn, result: .success(theme), warnings: [])
    return describe(entry, nameWidth: theme.name.count + 2).joined(separator: "\n") + "\n"
  }

  private func describe(_ entry: ThemeCatalog.Entry, nameWidth: Int) -> [String] {
    // A user theme's file name and description are printed: no control sequence gets through.
    let name = "  " + terminalSafe(entry.name).padding(to: nameWidth)
    var lines: [String]
    switch entry.result {
    case .success(let theme):
      let replaces = entry.origin != .builtIn && BuiltinThemes.order.contains(entry.name)
      let note = replaces ? " (replaces the built-in)" : ""
      lines = [name + terminalSafe(theme.description) + note]
      if depth != .none {
        lines.append(
          "  " + "".padding(to: nameWidth) + ThemePreview.line(theme, depth: depth, glyphs: glyphs))
      }
    case .failure(let failure):
      let count = failure.diagnostics.count
      lines = [name + "not usable: \(count) error\(count == 1 ? "" : "s")"]
      lines += failure.diagnostics.map { "      " + terminalSafe($0.description) }
    }
    lines += entry.warnings.map { "      " + terminalSafe($0.description) }
    return lines
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
