import MSSCore

/// The formats `mssdash snapshot` writes.
public enum SnapshotFormat: String, CaseIterable, Sendable {
  case text
  case ansi
  case markdown
  case json
}

/// Renders the dashboard without a terminal: for cron, e-mail, a login message or CI.
public enum SnapshotWriter {
  /// The snapshot in `format`, ending with a newline. `width` and `height` size the screen for
  /// text and ansi; markdown and json are reports of the resolved figures and ignore them.
  /// `panel` limits the output to one panel (or, for reports, to that panel's section).
  /// `colorDepth` is for ansi only: how far the theme's colours are reduced.
  public static func render(
    _ model: AppModel, format: SnapshotFormat, width: Int, height: Int, panel: PanelID? = nil,
    theme: Theme, colorDepth: ColorDepth = .truecolor
  ) -> String {
    switch format {
    case .text:
      return TextSnapshot.render(screen(model, width: width, height: height, panel: panel))
    case .ansi:
      let grid = screen(model, width: width, height: height, panel: panel)
      return ANSISnapshot.render(grid, theme: theme, depth: colorDepth)
    case .markdown:
      return MarkdownSnapshot.render(
        model.state, sections: ReportSection.sections(for: panel), ascii: model.glyphs.ascii)
    case .json:
      return JSONSnapshot.render(model.state, panel: panel)
    }
  }

  /// The screen as the terminal would show it; with `panel`, that panel focused and zoomed to
  /// fill the screen, as the `z` key shows it. A snapshot is read, not driven, so it has the
  /// kiosk's look: no key hints and no selection bar.
  static func screen(_ model: AppModel, width: Int, height: Int, panel: PanelID?) -> Grid {
    var model = model
    model.kiosk = true
    if let panel {
      model.focus = panel
      model.zoomed = true
    }
    return Dashboard.render(model, width: width, height: height)
  }
}
