import MSSCore

/// Every key of the dashboard and what the symbols mean, in a box over the panels; two columns
/// of keys when there is room, scrolled with the arrows when the screen is short.
enum HelpOverlay {
  static func keys(_ glyphs: Glyphs) -> [(String, String)] {
    [
      ("Tab S-Tab", "next / previous panel"), ("1 2 3 4", "focus a panel"),
      ("\(glyphs.arrowUp)\(glyphs.arrowDown) j k", "move the selection"), ("PgUp PgDn", "page"),
      ("g G", "top / bottom"), ("Enter", "cite the selected item"), ("Esc", "back"),
      ("[ ]", "as-of date back / forward"), ("0", "as of today"), ("z", "zoom the panel"),
      ("s", "sort the pledges"), ("/", "filter the timeline"), ("r", "reload the data"),
      ("t", "next theme"), ("?", "this help"), ("q", "quit"), ("Ctrl-L", "repaint"),
      ("mouse", "click, again cites; wheel"),
    ]
  }

  static func legend(_ glyphs: Glyphs) -> [[Span]] {
    let qualifiers: [Qualifier] = [.atLeast, .over, .about, .nearly, .under, .atMost]
    let marks = EventCategory.allCases.map {
      [Span(glyphs.mark($0), Role.event($0)), Span(" \($0.rawValue)  ", .muted)]
    }
    return [
      qualifiers.flatMap {
        [Span($0.symbol(ascii: glyphs.ascii), .accent), Span(" \($0.words)  ", .muted)]
      },
      [
        Span(glyphs.conflict, .conflict), Span(" sources disagree  ", .muted),
        Span(glyphs.lead, .accent),
        Span(" lead nation  ", .muted), Span(glyphs.dash, .text), Span(" not reported", .muted),
      ],
      [
        Span(glyphs.eighths[8], .deployed), Span(" deployed  ", .muted),
        Span(glyphs.plannedFill, .planned),
        Span(" planned  ", .muted), Span(glyphs.track, .pledged), Span(" pledged", .muted),
      ],
      marks.flatMap { $0 } + [Span(glyphs.hollowBullet, .text), Span(" to come", .muted)],
    ]
  }

  /// The help text as lines for a box `width` columns wide inside.
  static func lines(width: Int, glyphs: Glyphs) -> [StyledLine] {
    let keys = keys(glyphs)
    let keyWidth = 11
    let twoColumns = width >= 2 * (keyWidth + 27)
    var lines = [StyledLine(spans: [Span("Keys", .title)])]
    let perLine = twoColumns ? 2 : 1
    let columnWidth = width / perLine
    for start in stride(from: 0, to: keys.count, by: perLine) {
      var spans: [Span] = []
      for (offset, key) in keys[start..<min(keys.count, start + perLine)].enumerated() {
        let text = TextWidth.fit(
          key.1, to: columnWidth - keyWidth - (offset == perLine - 1 ? 0 : 1))
        spans += [Span(TextWidth.fit(key.0, to: keyWidth), .accent), Span(text + " ", .text)]
      }
      lines.append(StyledLine(spans: spans))
    }
    lines.append(.blank)
    lines.append(StyledLine(spans: [Span("Symbols", .title)]))
    for row in legend(glyphs) { lines += Wrap.lines(row, width: width) }
    return lines
  }

  /// How far the help can scroll on a screen of this size.
  static func maximumScroll(body: Rect, glyphs: Glyphs) -> Int {
    let count = lines(width: min(body.width, 80) - 4, glyphs: glyphs).count
    return max(0, count - max(0, min(body.height, count + 2) - 2))
  }

  static func draw(in grid: inout Grid, _ body: Rect, glyphs: Glyphs, scroll: Int = 0) {
    let width = min(body.width, 80)
    let content = lines(width: width - 4, glyphs: glyphs)
    let height = min(body.height, content.count + 2)
    let rect = Rect(
      x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width,
      height: height)
    let frame = PanelFrame(title: "Help", info: "Esc or ? closes", focused: true)
    let inner = frame.draw(in: &grid, rect, glyphs: glyphs)
    let visible = inner.height
    let top = Viewport.clamp(scroll, visible: visible, total: content.count)
    for row in 0..<visible where top + row < content.count {
      content[top + row].draw(in: &grid, x: inner.x + 1, y: inner.y + row, clip: inner)
    }
    if content.count > visible {
      frame.drawPosition(
        in: &grid, rect, text: "\(top + 1)\(glyphs.dash)\(top + visible) of \(content.count)")
    }
  }
}
