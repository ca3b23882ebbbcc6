import Foundation

/// Where the things the end-to-end tests run are.
enum Tools {
  /// tmux on PATH, or nil: the suite is then skipped with a clear message (CI installs it).
  static let tmux: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  static var hasTmux: Bool { tmux != nil }

  static func tmuxPath() throws -> String {
    guard let tmux else { throw E2EFailure("tmux is not installed") }
    return tmux
  }

  /// The built mssdash: $MSSDASH_BINARY, or next to the test bundle (`<scratch>/debug/`),
  /// or in a parent directory's `debug/`.
  static let binary: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["MSSDASH_BINARY"],
      FileManager.default.isExecutableFile(atPath: explicit)
    {
      return explicit
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
      .deletingLastPathComponent()
    for _ in 0..<6 {
      for candidate in [
        directory.appendingPathComponent("mssdash"),
        directory.appendingPathComponent("debug/mssdash"),
      ] {
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
      }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }()

  static func binaryPath() throws -> String {
    guard let binary else {
      throw E2EFailure(
        "the mssdash binary was not found next to the test bundle (\(CommandLine.arguments.first ?? "?")); "
          + "build it first (swift build) or set MSSDASH_BINARY")
    }
    return binary
  }
}

/// Quotes for /bin/sh.
func shellQuoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
