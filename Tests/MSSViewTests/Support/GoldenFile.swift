import Foundation
import Testing

@testable import MSSView

/// Compares a grid with a text file under Goldens/. Set MSSDASH_UPDATE_GOLDENS=1 to write the
/// files instead; a mismatch records a line-by-line diff that reads like two screens.
enum GoldenFile {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Goldens")

  static var updating: Bool { ProcessInfo.processInfo.environment["MSSDASH_UPDATE_GOLDENS"] == "1" }

  static func check(
    _ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = grid.text + "\n"
    if updating {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      #expect(throws: Never.self, sourceLocation: sourceLocation) {
        try actual.write(to: url, atomically: true, encoding: .utf8)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden \(name).txt; run with MSSDASH_UPDATE_GOLDENS=1 to create it",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record(
        "golden \(name).txt differs (MSSDASH_UPDATE_GOLDENS=1 regenerates it):\n\(diff(expected, actual))",
        sourceLocation: sourceLocation)
    }
  }

  /// The lines that differ, numbered, expected above actual.
  static func diff(_ expected: String, _ actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? String(old[index]) : "<none>"
      let after = index < new.count ? String(new[index]) : "<none>"
      guard before != after else { continue }
      let number = String(index + 1)
      out.append("line \(number) expected |\(before)|")
      out.append("line \(number) actual   |\(after)|")
    }
    return out.joined(separator: "\n")
  }
}
