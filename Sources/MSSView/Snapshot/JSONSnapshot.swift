import MSSCore

/// The resolved figures as JSON (SnapshotDocument): pretty-printed, keys sorted and snake_case,
/// so the output diffs well and is the same for the same data. Written by `JSONTreeEncoder` and
/// `JSONText` rather than Foundation, byte for byte as Foundation's `JSONEncoder` would (a test
/// holds them to it); read it back with any JSON decoder that maps snake_case keys.
public enum JSONSnapshot {
  static func render(_ state: MissionState, panel: PanelID?) -> String {
    let document = SnapshotDocument(state, panel: panel)
    do {
      return try JSONText.pretty(JSONTreeEncoder.tree(of: document)) + "\n"
    } catch {
      // Not expected (every value is finite and every key a string), but a tool still gets JSON.
      return "{\"error\": \"could not encode the snapshot\"}\n"
    }
  }
}
