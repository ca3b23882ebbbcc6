/// One line that shows what a theme looks like, for `mssdash themes`: a sample of each kind of
/// role (header, title, text, the pledges bar, warning, conflict, selection, the event colours).
public enum ThemePreview {
  /// The sample as cells, each with the role it shows.
  public static func grid(glyphs: Glyphs) -> Grid {
    let full = glyphs.eighths.last ?? "#"
    let segments: [(String, Role)] = [
      (" mssdash ", .header), (" ", .text), ("Title", .title), (" text ", .text),
      ("muted", .muted), (" ", .text),
      (String(repeating: full, count: 4), .deployed),
      (String(repeating: glyphs.plannedFill, count: 2), .planned),
      (String(repeating: glyphs.track, count: 3), .pledged), (" ", .text), ("42", .accent),
      (" ", .text),
      ("warning", .warning), (" ", .text), ("\(glyphs.conflict) conflict", .conflict), (" ", .text),
      (" selected ", .selection), (" ", .text), ("quote", .highlight), (" ", .text),
    ]
    let events: [Role] = [.mandate, .deployment, .violence, .diplomacy, .humanitarian, .funding]
    let width =
      segments.reduce(0) { $0 + TextWidth.of($1.0) } + events.count + 1
    var grid = Grid(width: width, height: 1)
    var column = 0
    for (text, role) in segments { column = grid.write(text, x: column, y: 0, role: role) }
    for role in events { column = grid.write(glyphs.bullet, x: column, y: 0, role: role) }
    grid.write(" ", x: column, y: 0, role: .text)
    return grid
  }

  /// The sample with SGR colour sequences for a terminal of `depth`, without a newline.
  public static func line(_ theme: Theme, depth: ColorDepth, glyphs: Glyphs) -> String {
    let rendered = ANSISnapshot.render(
      grid(glyphs: glyphs), theme: theme.adapted(to: depth), depth: depth)
    return rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
  }
}
