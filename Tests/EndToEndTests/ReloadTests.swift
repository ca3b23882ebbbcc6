import Foundation
import Testing

/// `r` reloads the data file; a broken file keeps the last good data on screen with a banner
/// saying why, and a fixed file clears it.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct ReloadTests {
  static let seedFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds/mss-seed.yaml")

  @Test func badReloadKeepsTheDataAndSaysWhy() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("mssdash-e2e-reload-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let data = directory.appendingPathComponent("data.yaml")
    let good = try Data(contentsOf: Self.seedFile)
    try good.write(to: data)

    let pane = try DashboardPane.start(arguments: ["--data", data.path])
    defer { pane.close() }
    try pane.waitFor(text: "~2,900")

    try Data("schema: [\n".utf8).write(to: data)
    try pane.send("r")
    let broken = try pane.waitFor(text: "Reload failed")
    #expect(broken.contains("~2,900"), "the last good figures stay:\n\(broken)")

    try good.write(to: data)
    try pane.send("r")
    let fixed = try pane.waitFor("the banner cleared") { !$0.contains("Reload failed") }
    #expect(fixed.contains("~2,900"))
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}
