import Foundation
import MSSCore
import Testing

/// https through curl, against a TLS server on 127.0.0.1 with a certificate made for the test:
/// a first 200 with Last-Modified, then 304 to If-Modified-Since; an untrusted certificate is
/// curl's own one-line error. Needs openssl, python3 and curl; skipped without them.
@Suite(
  .enabled(
    if: LiveHTTPSTools.available,
    "openssl, python3 and curl are needed for the https test"),
  .timeLimit(.minutes(1)))
struct LiveHTTPSTests {
  static func find(_ name: String) -> String? { LiveHTTPSTools.find(name) }

  /// Serves `directory` over TLS on an ephemeral port, writes the port to `portFile`, and
  /// stops by itself after 30 s.
  static let server = """
    import http.server, ssl, sys, threading
    directory, cert, key, port_file = sys.argv[1:5]
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k): super().__init__(*a, directory=directory, **k)
        def log_message(self, *a): pass
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    open(port_file, "w").write(str(server.server_address[1]))
    threading.Timer(30, server.shutdown).start()
    server.serve_forever()
    """

  @Test func fetchesWithConditionalRequestsThroughCurl() throws {
    let directory = NSTemporaryDirectory() + "mssdash-https-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: directory + "/www", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try LiveSourcePollerTests.seed.write(
      toFile: directory + "/www/data.yaml", atomically: true, encoding: .utf8)

    let openssl = Process()
    openssl.executableURL = URL(fileURLWithPath: try #require(Self.find("openssl")))
    openssl.arguments = [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", directory + "/key.pem", "-out",
      directory + "/cert.pem",
    ]
    openssl.standardOutput = FileHandle.nullDevice
    openssl.standardError = FileHandle.nullDevice
    try openssl.run()
    openssl.waitUntilExit()
    try #require(openssl.terminationStatus == 0, "openssl made a certificate")

    try Self.server.write(toFile: directory + "/server.py", atomically: true, encoding: .utf8)
    let python = Process()
    python.executableURL = URL(fileURLWithPath: try #require(Self.find("python3")))
    python.arguments = [
      directory + "/server.py", directory + "/www", directory + "/cert.pem",
      directory + "/key.pem", directory + "/port",
    ]
    python.standardOutput = FileHandle.nullDevice
    python.standardError = FileHandle.nullDevice
    try python.run()
    defer {
      // SIGKILL: the test runner may block SIGTERM, and a child inherits that.
      kill(python.processIdentifier, SIGKILL)
      python.waitUntilExit()
    }
    var port: String?
    for _ in 0..<200 where port == nil {
      port = try? String(contentsOfFile: directory + "/port", encoding: .utf8)
      if port?.isEmpty == true { port = nil }
      usleep(25_000)
    }
    let served = try #require(port, "the server wrote its port")
    let parsed = try #require(HTTPLocation.parse("https://127.0.0.1:\(served)/data.yaml"))
    let location = try parsed.get()

    var curl = CurlTransport(timeout: .seconds(10))
    curl.caBundle = directory + "/cert.pem"
    var request = ConditionalRequest()
    let first = try curl.get(location, headers: request.headers).get()
    #expect(request.interpret(first) == .content(Array(LiveSourcePollerTests.seed.utf8)))
    #expect(request.lastModified != nil, "the server sent Last-Modified")
    let second = try curl.get(location, headers: request.headers).get()
    #expect(request.interpret(second) == .notModified)

    curl.caBundle = nil
    let untrusted = curl.get(location, headers: [])
    guard case .failure(let error) = untrusted else {
      Issue.record("a self-signed certificate is not trusted without --cacert")
      return
    }
    #expect(error.message.hasPrefix("curl: (60)"), "\(error.message)")
  }
}

/// The programs the https test needs.
enum LiveHTTPSTools {
  static let available = ["openssl", "python3", "curl"].allSatisfy { find($0) != nil }

  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
