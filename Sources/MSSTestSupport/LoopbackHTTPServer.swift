import Foundation

/// A one-thread HTTP server on 127.0.0.1 for the live-data tests (MSSCore's poller, the
/// end-to-end kiosk and the kiosk soak): each request gets whatever `respond` returns for it. Loopback only, an ephemeral port, and it stops by itself after
/// `lifetime` even if a test forgets to.
public final class LoopbackHTTPServer: @unchecked Sendable {
  // @unchecked: `requests` and `stopped` are guarded by `lock`; the socket is fixed at init.
  public let port: Int
  private let listener: Int32
  private let lock = NSLock()
  private var received: [String] = []
  private var stopped = false
  private let respond: @Sendable (String) -> [UInt8]
  private let keptRequests: Int?

  /// `keepingLast`, if set, keeps only that many of the latest request heads: a soak of
  /// thousands of polls must not measure this log's growth.
  public init(
    lifetime: TimeInterval = 30, keepingLast keptRequests: Int? = nil,
    respond: @escaping @Sendable (String) -> [UInt8]
  ) throws {
    self.respond = respond
    self.keptRequests = keptRequests
    (listener, port) = try Self.listen()
    let deadline = Date().addingTimeInterval(lifetime)
    Thread.detachNewThread { [self] in serve(until: deadline) }
  }

  deinit { stop() }

  /// A listening socket on 127.0.0.1 and the port the kernel picked.
  private static func listen() throws -> (Int32, Int) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw LoopbackServerFailure("socket") }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, Glibc.listen(fd, 16) == 0 else {
      close(fd)
      throw LoopbackServerFailure("bind/listen")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return (fd, Int(UInt16(bigEndian: address.sin_port)))
  }

  public var url: String { "http://127.0.0.1:\(port)/data.yaml" }

  /// The request heads received so far, oldest first.
  public var requests: [String] { lock.withLock { received } }

  public func stop() {
    let first = lock.withLock { () -> Bool in
      defer { stopped = true }
      return !stopped
    }
    if first { shutdown(listener, Int32(SHUT_RDWR)) }
  }

  private func serve(until deadline: Date) {
    defer { close(listener) }
    while Date() < deadline, !lock.withLock({ stopped }) {
      var entry = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
      guard poll(&entry, 1, 100) > 0 else { continue }
      let client = accept(listener, nil, nil)
      guard client >= 0 else { continue }
      handle(client)
    }
  }

  private func handle(_ client: Int32) {
    defer { close(client) }
    var head: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while head.count < 65_536 {
      var entry = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
      guard poll(&entry, 1, 2000) > 0 else { return }
      let count = read(client, &buffer, buffer.count)
      guard count > 0 else { return }
      head += buffer[0..<count]
      if head.firstRange(of: Array("\r\n\r\n".utf8)) != nil { break }
    }
    let request = String(decoding: head, as: UTF8.self)
    lock.withLock {
      received.append(request)
      if let keptRequests, received.count > keptRequests {
        received.removeFirst(received.count - keptRequests)
      }
    }
    let answer = respond(request)
    var offset = 0
    while offset < answer.count {
      let written = answer[offset...].withUnsafeBytes {
        send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard written > 0 else { return }
      offset += written
    }
  }

  /// A whole response with a Content-Length.
  public static func response(
    _ status: Int, headers: [String] = [], body: String = ""
  ) -> [UInt8] {
    let reason = status == 200 ? "OK" : status == 304 ? "Not Modified" : "Error"
    var lines = ["HTTP/1.1 \(status) \(reason)", "Content-Length: \(body.utf8.count)"]
    lines += headers + ["Connection: close"]
    return Array((lines.joined(separator: "\r\n") + "\r\n\r\n" + body).utf8)
  }

  /// The value of a request header, if sent.
  public static func header(_ name: String, in request: String) -> String? {
    for line in request.split(separator: "\r\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2, parts[0].lowercased() == name.lowercased() {
        return parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }
}

public struct LoopbackServerFailure: Error {
  public let what: String
  public init(_ what: String) { self.what = what }
}
