import Foundation
import MSSTestSupport
import Testing

/// A kiosk follows its data without a restart: a changed file is shown, a broken or deleted
/// one leaves the last good figures with a banner saying why and how old they are, and a
/// fixed one clears it. The same for a URL polled with conditional requests.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct KioskLiveDataTests {
  static let seed: Data = {
    let file = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("seeds/mss-seed.yaml")
    return (try? Data(contentsOf: file)) ?? Data()
  }()
  /// The seed with the pledged total changed from about 2,900 to about 3,200.
  static let changed = Data(
    String(decoding: seed, as: UTF8.self)
      .replacingOccurrences(of: "value: about 2,900", with: "value: about 3,200").utf8)
  static let broken = Data("schema: [\n".utf8)

  /// Writes beside the file and renames over it, as editors and deploy scripts do.
  static func replace(_ file: URL, with data: Data) throws {
    let temporary = file.appendingPathExtension("new")
    try data.write(to: temporary)
    guard rename(temporary.path, file.path) == 0 else { throw E2EFailure("rename failed") }
  }

  @Test func fileChangesBreaksAndIsFixed() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("mssdash-e2e-kiosk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let data = directory.appendingPathComponent("data.yaml")
    try Self.seed.write(to: data)

    // As wide as a wall screen's console, so the banner's message shows in full.
    let pane = try DashboardPane.start(
      width: 132, height: 30, arguments: ["--kiosk", "--reload", "0.2", "--data", data.path])
    defer { pane.close() }
    try pane.waitFor(text: "~2,900")

    try Self.replace(data, with: Self.changed)
    try pane.waitFor(text: "~3,200")

    try Self.replace(data, with: Self.broken)
    let broken = try pane.waitFor(text: "Reload failed")
    #expect(broken.contains("~3,200"), "the last good figures stay:\n\(broken)")
    #expect(broken.contains("showing data loaded"), "how old they are:\n\(broken)")

    try Self.replace(data, with: Self.seed)
    let fixed = try pane.waitFor("the banner cleared and the data updated") {
      !$0.contains("Reload failed") && $0.contains("~2,900")
    }
    #expect(!fixed.contains("~3,200"))

    try FileManager.default.removeItem(at: data)
    let gone = try pane.waitFor(text: "no such file")
    #expect(gone.contains("~2,900"))
    try Self.seed.write(to: data)
    try pane.waitFor("the banner cleared after a restore") { !$0.contains("Reload failed") }

    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A fleet of kiosks polls one URL: after the first 200 every poll is a conditional request
  /// answered 304; a server error and a garbage answer are bad updates like any other.
  @Test func urlPolledWithConditionalRequests() throws {
    let served = KioskServed()
    let server = try LoopbackHTTPServer(lifetime: 60) { served.answer($0) }
    defer { server.stop() }

    let pane = try DashboardPane.start(
      width: 132, height: 30, arguments: ["--kiosk", "--reload", "0.2", "--data", server.url])
    defer { pane.close() }
    try pane.waitFor(text: "~2,900")
    try pane.waitFor("several polls") { _ in server.requests.count >= 4 }
    let conditional = server.requests.dropFirst().map {
      LoopbackHTTPServer.header("If-None-Match", in: $0)
    }
    #expect(conditional.allSatisfy { $0 == "\"v1\"" }, "every later poll sends the ETag")
    #expect(served.statuses.dropFirst().allSatisfy { $0 == 304 }, "\(served.statuses)")

    served.set(.failing)
    let down = try pane.waitFor(text: "HTTP 500")
    #expect(down.contains("~2,900"))
    served.set(.serving(version: 1))
    try pane.waitFor("the banner cleared by a 304") { !$0.contains("Reload failed") }

    served.set(.garbage)
    let garbage = try pane.waitFor(text: "Reload failed")
    #expect(garbage.contains("~2,900"), "the last good figures stay:\n\(garbage)")

    served.set(.serving(version: 2))
    try pane.waitFor("the new version without a banner") {
      $0.contains("~3,200") && !$0.contains("Reload failed")
    }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}

extension KioskLiveDataTests {
  /// A kiosk whose source fails at start-up comes up on the built-in data with a banner, and
  /// switches to the source's data once it answers.
  @Test func startsOnTheBuiltInDataWhileTheSourceFails() throws {
    let served = KioskServed()
    served.set(.failing)
    let server = try LoopbackHTTPServer(lifetime: 60) { served.answer($0) }
    defer { server.stop() }
    let pane = try DashboardPane.start(
      width: 132, height: 30, arguments: ["--kiosk", "--reload", "0.2", "--data", server.url])
    defer { pane.close() }
    let fallback = try pane.waitFor(text: "showing the built-in data")
    #expect(fallback.contains("HTTP 500"), "\(fallback)")
    served.set(.serving(version: 1))
    try pane.waitFor("the source's data without a banner") {
      $0.contains("~2,900") && !$0.contains("Reload failed")
    }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}

/// What the test server answers, switched by the test, and the statuses it gave.
final class KioskServed: @unchecked Sendable {
  // @unchecked: `mode` and `given` are guarded by `lock`.
  enum Mode {
    case serving(version: Int)
    case failing
    case garbage
  }

  private let lock = NSLock()
  private var mode = Mode.serving(version: 1)
  private var given: [Int] = []

  func set(_ mode: Mode) { lock.withLock { self.mode = mode } }

  var statuses: [Int] { lock.withLock { given } }

  func answer(_ request: String) -> [UInt8] {
    let sent = LoopbackHTTPServer.header("If-None-Match", in: request)
    let (status, response) = respond(sent: sent)
    lock.withLock { given.append(status) }
    return response
  }

  private func respond(sent: String?) -> (Int, [UInt8]) {
    switch lock.withLock({ mode }) {
    case .failing:
      return (500, LoopbackHTTPServer.response(500, body: "oops"))
    case .garbage:
      let headers = ["ETag: \"g\""]
      if sent == "\"g\"" { return (304, LoopbackHTTPServer.response(304, headers: headers)) }
      return (
        200, LoopbackHTTPServer.response(200, headers: headers, body: "\u{1B}]0;pwned\u{07}{{{")
      )
    case .serving(let version):
      let headers = ["ETag: \"v\(version)\"", "Last-Modified: Fri, 11 Oct 2024 12:00:00 GMT"]
      if sent == "\"v\(version)\"" {
        return (304, LoopbackHTTPServer.response(304, headers: headers))
      }
      let body = version == 1 ? KioskLiveDataTests.seed : KioskLiveDataTests.changed
      return (
        200,
        LoopbackHTTPServer.response(
          200, headers: headers, body: String(decoding: body, as: UTF8.self))
      )
    }
  }
}
