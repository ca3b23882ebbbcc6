import Foundation
import MSSCore

@testable import MSSView

/// Temporary theme directories and helpers shared by the theme tests.
enum ThemeTestSupport {
  /// The repository's Themes/ directory.
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes").path

  /// A fresh directory holding `files` (name → text); removed by `remove`.
  static func directory(_ files: [String: String]) throws -> String {
    let path = NSTemporaryDirectory() + "mssdash-theme-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8)
    }
    return path
  }

  static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

  static func parse(_ text: String, file: String = "test.yaml") -> Result<
    ThemeDocument, ThemeFailure
  > {
    ThemeParser.parse(text, file: file)
  }

  /// Parses and resolves against the built-ins alone.
  static func theme(_ text: String, file: String = "test.yaml") -> Result<Theme, ThemeFailure> {
    parse(text, file: file).flatMap { ThemeResolver.resolve($0, in: .builtInOnly) }
  }

  /// The diagnostics of a theme that must fail.
  static func problems(_ text: String) -> [Diagnostic] {
    switch theme(text) {
    case .success: return []
    case .failure(let failure): return failure.diagnostics
    }
  }

  /// The `roles:` lines of a complete theme: every role but `except` set to plain text.
  static func everyRole(except: Set<Role> = []) -> String {
    Role.allCases.filter { !except.contains($0) }.map { "  \($0.rawValue): {}" }
      .joined(separator: "\n")
  }
}
