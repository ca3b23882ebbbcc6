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
  public static func render(
    _ model: AppModel, format: SnapshotFormat, width: Int, height: Int, panel: PanelID? = nil,
    theme: Theme
  ) -> String {
    Dashboard.render(model, width: width, height: height).text + "\n"
  }
}
