import Foundation
import Testing

/// A kiosk's data file replaced by each kind of bad file in turn: the banner says why, the last
/// good figures stay, and the next good file is picked up (so nothing blocked the live-data
/// thread: not a FIFO, not ten thousand nested lists, not a megabyte of text).
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct HardeningKioskTests {
  static let seed: String = {
    let file = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("seeds/mss-seed.yaml")
    return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  }()

  /// How to put a bad file at `path`, and what the banner must say.
  static var bad: [(name: String, make: (String) throws -> Void, message: String)] {
    [
      (
        "FIFO", { path in try Self.replace(path) { mkfifo($0, 0o644) == 0 } },
        "is not a regular file"
      ),
      (
        "directory",
        { path in
          unlink(path)
          mkdir(path, 0o755)
        }, "is a directory"
      ),
      ("binary", { try Self.write($0, [0x7F, 0x45, 0x4C, 0x46, 0, 1, 0, 0]) }, "binary data"),
      (
        "deep nesting",
        { try Self.write($0, Array((seed + "x: " + String(repeating: "[", count: 10_000)).utf8)) },
        "nested more than 64 levels deep"
      ),
      (
        "alias bomb",
        { try Self.write($0, Array((seed + "x: &a [lol]\ny: [*a, *a]\n").utf8)) },
        "anchors and aliases"
      ),
      (
        "a megabyte of text",
        {
          try Self.write(
            $0,
            Array(
              seed.replacingOccurrences(
                of: "title: \"MSS Haiti", with: "title: \"" + String(repeating: "x", count: 1 << 20)
              ).utf8))
        }, "is too long"
      ),
      (
        "65 MiB",
        { path in
          try Self.write(path, Array(seed.utf8))
          truncate(path, 65 * 1_048_576)
        }, "the limit is 64 MiB"
      ),
    ]
  }

  /// Writes beside `path` and renames over it, as deploy scripts do.
  static func write(_ path: String, _ bytes: [UInt8]) throws {
    try replace(path) { FileManager.default.createFile(atPath: $0, contents: Data(bytes)) }
  }

  static func replace(_ path: String, making: (String) -> Bool) throws {
    let temporary = path + ".new"
    unlink(temporary)
    guard making(temporary) else { throw E2EFailure("cannot make \(temporary)") }
    if (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType)
      == .typeDirectory
    {
      rmdir(path)
    }
    guard rename(temporary, path) == 0 else { throw E2EFailure("rename failed") }
  }

  @Test func everyBadUpdateKeepsTheLastGoodData() throws {
    let scratch = try HardeningScratch()
    let path = try scratch.create("data.yaml", Self.seed)
    let pane = try DashboardPane.start(
      width: 160, height: 30, arguments: ["--kiosk", "--reload", "0.2", "--data", path])
    defer { pane.close() }
    try pane.waitFor(text: "~2,900")
    for (name, make, message) in Self.bad {
      try make(path)
      let screen = try pane.waitFor("the banner for the \(name)") {
        $0.contains("Reload failed") && $0.contains(message)
      }
      #expect(screen.contains("~2,900"), "\(name): the last good figures stay:\n\(screen)")
      try Self.write(path, Array(Self.seed.utf8))
      try pane.waitFor("the banner to clear after the \(name)") { !$0.contains("Reload failed") }
    }
    #expect(!(try pane.captureAll()).contains("EXIT="), "the kiosk ended")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}
