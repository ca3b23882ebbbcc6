import Foundation
import Testing

/// A directory of the test's own under the temporary directory, removed at the end.
final class HardeningScratch {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "/mssdash-hardening-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    // A file made unreadable is still removable: removal needs the directory's permission.
    try? FileManager.default.removeItem(atPath: path)
  }

  func file(_ name: String) -> String { "\(path)/\(name)" }

  @discardableResult
  func create(_ name: String, _ bytes: [UInt8]) throws -> String {
    let target = file(name)
    guard FileManager.default.createFile(atPath: target, contents: Data(bytes)) else {
      throw E2EFailure("cannot create \(target)")
    }
    return target
  }

  @discardableResult
  func create(_ name: String, _ text: String) throws -> String {
    try create(name, Array(text.utf8))
  }
}

/// `mssdash` run to completion without a terminal, under `timeout` so that a hang fails the
/// test instead of holding up the run; output is stdout and stderr together.
enum Run {
  static func mssdash(
    _ arguments: [String], environment: [String: String] = [:], seconds: Int = 20
  ) throws -> (status: Int32, output: String, elapsed: Duration) {
    let binary = try Tools.binaryPath()
    var merged = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
    merged.merge(environment) { _, new in new }
    let start = ContinuousClock.now
    let result =
      FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout")
      ? try Subprocess.run(
        "/usr/bin/timeout", ["-s", "KILL", "\(seconds)", binary] + arguments, environment: merged)
      : try Subprocess.run(binary, arguments, environment: merged)
    return (result.status, result.output, ContinuousClock.now - start)
  }

  /// `sh -c script` (or another shell) with `$MSSDASH` naming the binary.
  static func shell(
    _ script: String, shell: String = "/bin/sh", environment: [String: String] = [:]
  ) throws -> (status: Int32, output: String) {
    var merged = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MSSDASH": try Tools.binaryPath(),
      "HOME": NSTemporaryDirectory(),
    ]
    merged.merge(environment) { _, new in new }
    return try Subprocess.run(shell, ["-c", script], environment: merged)
  }
}

/// Every bad file, through the two commands a user gives it to: `mssdash validate FILE` and
/// `mssdash --data FILE snapshot`. Each ends with exit 65 and its one clear message (with line
/// and column where it has one), never a crash, a stack trace or a wait.
@Suite struct HardeningBadFileTests {
  static let dataset = """
    schema: 1
    id: t
    title: T
    mission: M
    sources:
      - id: s
        publisher: P
        title: T
        date: 2024-10-11
    metrics:
      - id: m
        name: N
        observations:
          - value: VALUE
            date: DATE
            source: s
            quote: q

    """

  static func dataset(value: String = "5", date: String = "2024-10-11") -> String {
    dataset.replacingOccurrences(of: "VALUE", with: value).replacingOccurrences(
      of: "DATE", with: date)
  }

  /// The name of a case, how to make its file, and what the message must say.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let make: @Sendable (HardeningScratch) throws -> String
    let message: String

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "empty", make: { try $0.create("empty.yaml", []) },
      message: ": error: the file is empty"),
    Case(
      name: "binary", make: { try $0.create("binary.yaml", [0x7F, 0x45, 0x4C, 0x46, 0, 1]) },
      message: ": error: binary data (a NUL byte at offset 4), not a text dataset"),
    Case(
      name: "invalid UTF-8",
      make: { try $0.create("latin1.yaml", Array("schema: 1\nid: caf".utf8) + [0xE9, 0x0A]) },
      message: ":2:1: error: invalid UTF-8 at byte offset 17"),
    Case(
      name: "directory",
      make: {
        let path = $0.file("dir.yaml")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
      }, message: ": error: is a directory, not a dataset file"),
    Case(
      name: "FIFO",
      make: {
        let path = $0.file("fifo.yaml")
        guard mkfifo(path, 0o644) == 0 else { throw E2EFailure("mkfifo failed") }
        return path
      }, message: ": error: is not a regular file (a FIFO, socket or device)"),
    Case(name: "device", make: { _ in "/dev/zero" }, message: ": error: is not a regular file"),
    Case(
      name: "broken symbolic link",
      make: {
        let path = $0.file("broken.yaml")
        try FileManager.default.createSymbolicLink(
          atPath: path, withDestinationPath: $0.file("gone.yaml"))
        return path
      }, message: ": error: broken symbolic link"),
    Case(name: "missing", make: { $0.file("missing.yaml") }, message: ": error: no such file"),
    Case(
      name: "65 MiB",
      make: {
        let path = try $0.create("huge.yaml", dataset())
        guard truncate(path, 65 * 1_048_576) == 0 else { throw E2EFailure("truncate failed") }
        return path
      }, message: ": error: is 65 MiB; the limit is 64 MiB"),
    Case(
      name: "billion laughs",
      make: {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
          lines.append(
            "\(name): &\(name) ["
              + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return try $0.create("lol.yaml", dataset() + lines.joined(separator: "\n"))
      }, message: ":18:4: error: a: anchors and aliases such as '&a' are not allowed in datasets"),
    Case(
      name: "deep nesting",
      make: {
        try $0.create(
          "deep.yaml",
          dataset() + "x: " + String(repeating: "[", count: 10_000)
            + String(repeating: "]", count: 10_000))
      }, message: ":18:5: error: nested more than 64 levels deep"),
    Case(
      name: "overflowing number",
      make: { try $0.create("big.yaml", dataset(value: "99999999999999999999")) },
      message:
        ":14:16: error: metrics[0].observations[0].value: '99999999999999999999' is too large"),
    Case(
      name: "negative number", make: { try $0.create("neg.yaml", dataset(value: "-5")) },
      message: ":14:16: error: metrics[0].observations[0].value: '-5' is negative"),
    Case(
      name: "fractional number", make: { try $0.create("frac.yaml", dataset(value: "1.5")) },
      message: ":14:16: error: metrics[0].observations[0].value: '1.5' is fractional"),
    Case(
      name: "NaN", make: { try $0.create("nan.yaml", dataset(value: ".nan")) },
      message: ":14:16: error: metrics[0].observations[0].value: '.nan' is not a finite number"),
    Case(
      name: "30 February", make: { try $0.create("feb.yaml", dataset(date: "2024-02-30")) },
      message:
        ":15:15: error: metrics[0].observations[0].date: '2024-02-30' is not a real calendar day"),
    Case(
      name: "a megabyte of text",
      make: {
        try $0.create(
          "mega.yaml",
          dataset().replacingOccurrences(
            of: "name: N", with: "name: " + String(repeating: "x", count: 1 << 20)))
      }, message: ":12:11: error: metrics[0].name: text of 1048576 bytes is too long"),
  ]

  @Test(arguments: cases, [["validate"], ["snapshot"], []])
  func badFileIsRefused(_ bad: Case, _ command: [String]) throws {
    let scratch = try HardeningScratch()
    let path = try bad.make(scratch)
    let arguments = command == ["validate"] ? ["validate", path] : ["--data", path] + command
    let run = try Run.mssdash(arguments)
    #expect(run.status == 65, "\(bad.name): exit \(run.status): \(run.output.prefix(500))")
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == 1, "\(bad.name): one line: \(run.output.prefix(500))")
    #expect(
      run.output.hasPrefix(path + bad.message), "\(bad.name): \(run.output.prefix(500))")
    #expect(run.elapsed < .seconds(5), "\(bad.name) took \(run.elapsed)")
  }

  /// Drops root's privileges for one command: root reads files whatever their mode.
  static let setpriv = "/usr/bin/setpriv"
  static let canTestPermissions =
    geteuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv)

  /// Run as root (CI containers), the binary runs as nobody through setpriv; without setpriv
  /// root cannot be refused a file, and the test is skipped (docs/reliability.md).
  @Test(
    .enabled(
      if: canTestPermissions,
      "running as root without setpriv: root reads files whatever their mode"))
  func noPermission() throws {
    let scratch = try HardeningScratch()
    let path = try scratch.create("secret.yaml", Self.dataset())
    chmod(path, 0)
    let binary = try Tools.binaryPath()
    let prefix =
      geteuid() == 0 ? [Self.setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    for arguments in [["validate", path], ["--data", path, "snapshot"]] {
      let command = (prefix + [binary] + arguments).map(shellQuoted).joined(separator: " ")
      let run = try Run.shell(command)
      #expect(run.status == 65, "\(run.output)")
      #expect(run.output == "\(path): error: permission denied\n")
    }
  }

  /// A BOM and CRLF line ends are how some editors save: the file loads.
  @Test func byteOrderMarkAndCRLFLoad() throws {
    let scratch = try HardeningScratch()
    let text = Self.dataset().replacingOccurrences(of: "\n", with: "\r\n")
    let path = try scratch.create("windows.yaml", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let validate = try Run.mssdash(["validate", path])
    #expect(validate.status == 0, "\(validate.output)")
    #expect(validate.output.contains("\(path): ok: 1 sources"), "\(validate.output)")
    let snapshot = try Run.mssdash(["--data", path, "snapshot", "--format", "json"])
    #expect(snapshot.status == 0, "\(snapshot.output.prefix(300))")
  }
}
