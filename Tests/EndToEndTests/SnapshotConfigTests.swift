import Foundation
import Testing

/// `mssdash snapshot` reads the config file as the dashboard does (data, theme, ASCII, colour),
/// so a cron job's snapshot shows what the wall screen shows; the command line wins, and
/// `--no-config` or a bad file behave as they do for the dashboard.
@Suite struct SnapshotConfigTests {
  static func withConfig(_ text: String, _ body: (String) throws -> Void) throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("mssdash-e2e-snapshot-config-\(UUID().uuidString)")
    let directory = home.appendingPathComponent("mssdash")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    try Data(text.utf8).write(to: directory.appendingPathComponent("config.yaml"))
    try body(home.path)
  }

  static func header(_ arguments: [String], home: String) throws -> (Int32, String) {
    let result = try Run.mssdash(
      ["snapshot", "--width", "100", "--height", "12"] + arguments,
      environment: ["XDG_CONFIG_HOME": home])
    let first = result.output.split(separator: "\n").first.map(String.init) ?? ""
    return (result.status, first)
  }

  @Test func dataAndThemeComeFromTheConfig() throws {
    try Self.withConfig("data: builtin:seed\ntheme: amber\nascii: true\n") { home in
      let (status, header) = try Self.header([], home: home)
      #expect(status == 0)
      #expect(header.contains("the Reuters snapshot of 11 Oct 2024"), "\(header)")
      let ansi = try Run.mssdash(
        ["snapshot", "--format", "ansi", "--color", "always"],
        environment: ["XDG_CONFIG_HOME": home])
      #expect(!ansi.output.contains("╭"), "ascii: true from the config")
      let ansiDefault = try Run.mssdash(
        ["snapshot", "--format", "ansi", "--color", "always", "--theme", "default"],
        environment: ["XDG_CONFIG_HOME": home])
      #expect(ansi.output != ansiDefault.output, "theme: amber from the config")

      let (_, overridden) = try Self.header(["--data", "builtin:history"], home: home)
      #expect(!overridden.contains("Reuters snapshot"), "the command line wins: \(overridden)")
      let (_, ignored) = try Self.header(["--no-config"], home: home)
      #expect(!ignored.contains("Reuters snapshot"), "--no-config: \(ignored)")
    }
  }

  @Test func aBadConfigIsAnError() throws {
    try Self.withConfig("data: builtin:seed\nrotate: sometimes\n") { home in
      let result = try Run.mssdash(["snapshot"], environment: ["XDG_CONFIG_HOME": home])
      #expect(result.status == 65)
      #expect(
        result.output.contains("config.yaml:2:9: error: rotate: expected seconds"),
        "\(result.output)")
      let ignored = try Run.mssdash(
        ["snapshot", "--no-config"], environment: ["XDG_CONFIG_HOME": home])
      #expect(ignored.status == 0)
    }
  }
}
