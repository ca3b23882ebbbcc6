#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A plain-HTTP GET over a socket, with one deadline for the whole exchange. Redirects are the
/// poller's business (`SourcePoller`); no keep-alive (`Connection: close`, read to the end): one small file per poll needs neither,
/// and it keeps mssdash free of a networking library (libcurl costs every start ~15 ms).
public struct SocketTransport: Sendable {
  public var timeout: Duration
  public var limit: Int

  public init(timeout: Duration = .seconds(10), limit: Int = FileReader.defaultLimit) {
    self.timeout = timeout
    self.limit = limit
  }

  /// The request we send; headers come from `ConditionalRequest` (already checked as safe).
  public static func request(
    _ location: HTTPLocation, headers: [(name: String, value: String)]
  ) -> String {
    var lines = [
      "GET \(location.target) HTTP/1.1", "Host: \(location.hostHeader)",
      "User-Agent: mssdash", "Accept: application/yaml, application/json, text/plain, */*",
      "Connection: close",
    ]
    lines += headers.map { "\($0.name): \($0.value)" }
    return lines.joined(separator: "\r\n") + "\r\n\r\n"
  }

  public func get(
    _ location: HTTPLocation, headers: [(name: String, value: String)]
  ) -> Result<HTTPResponse, TransportError> {
    let deadline = ContinuousClock.now + timeout
    let socket: Int32
    switch openConnection(location, deadline: deadline) {
    case .success(let connected): socket = connected
    case .failure(let error): return .failure(error)
    }
    defer { close(socket) }
    let request = Array(Self.request(location, headers: headers).utf8)
    if let error = sendAll(request, on: socket, deadline: deadline) { return .failure(error) }
    let bytes: [UInt8]
    switch receiveAll(socket, deadline: deadline) {
    case .success(let received): bytes = received
    case .failure(let error): return .failure(error)
    }
    return HTTPResponse.parse(bytes).mapError { TransportError($0.message) }
  }

  private func openConnection(_ location: HTTPLocation, deadline: ContinuousClock.Instant)
    -> Result<
      Int32, TransportError
    >
  {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    #if canImport(Glibc)
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
      hints.ai_socktype = SOCK_STREAM
    #endif
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(location.host, String(location.port), &hints, &list)
    guard status == 0, let first = list else {
      let reason = String(cString: gai_strerror(status))
      return .failure(TransportError("cannot find the host \(location.host): \(reason)"))
    }
    defer { freeaddrinfo(list) }
    var lastError = "no address"
    var entry: UnsafeMutablePointer<addrinfo>? = first
    while let address = entry {
      entry = address.pointee.ai_next
      let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype, 0)
      guard fd >= 0 else { continue }
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      if connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 {
        return .success(fd)
      }
      if errno == EINPROGRESS, wait(fd, for: Int16(POLLOUT), deadline: deadline) {
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
        if error == 0 { return .success(fd) }
        lastError = String(cString: strerror(error))
      } else {
        lastError =
          ContinuousClock.now >= deadline ? "no answer in time" : String(cString: strerror(errno))
      }
      close(fd)
    }
    return .failure(
      TransportError("cannot connect to \(location.hostHeader): \(lastError.lowercased())"))
  }

  private func sendAll(_ bytes: [UInt8], on fd: Int32, deadline: ContinuousClock.Instant)
    -> TransportError?
  {
    var offset = 0
    while offset < bytes.count {
      guard wait(fd, for: Int16(POLLOUT), deadline: deadline) else {
        return TransportError("the server did not take the request in time")
      }
      let count = bytes[offset...].withUnsafeBytes {
        send(fd, $0.baseAddress, $0.count, noSignal)
      }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return TransportError("the connection failed: \(String(cString: strerror(errno)))")
      }
      offset += count
    }
    return nil
  }

  private func receiveAll(_ fd: Int32, deadline: ContinuousClock.Instant) -> Result<
    [UInt8], TransportError
  > {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      guard wait(fd, for: Int16(POLLIN), deadline: deadline) else {
        let seconds = timeout.components.seconds
        return .failure(TransportError("no complete answer within \(seconds) s"))
      }
      let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failure(
          TransportError("the connection failed: \(String(cString: strerror(errno)))"))
      }
      if count == 0 { return .success(bytes) }
      bytes += buffer[0..<count]
      guard bytes.count <= limit + 65_536 else {
        return .failure(TransportError("the answer is over \(limit / 1_048_576) MiB"))
      }
    }
  }

  /// Waits until `fd` is ready for `events` or the deadline passes; false on timeout.
  private func wait(_ fd: Int32, for events: Int16, deadline: ContinuousClock.Instant) -> Bool {
    while true {
      guard ContinuousClock.now < deadline else { return false }
      var entry = pollfd(fd: fd, events: events, revents: 0)
      let ready = poll(&entry, 1, deadline.pollTimeout)
      if ready > 0 { return true }
      if ready < 0, errno != EINTR { return true }  // let the read or write report it
    }
  }
}

/// A write to a closed connection fails with EPIPE instead of raising SIGPIPE.
#if canImport(Glibc)
  private let noSignal = Int32(MSG_NOSIGNAL)
#else
  private let noSignal: Int32 = 0
#endif

/// Why a fetch got no answer: one line for the banner.
public struct TransportError: Error, Equatable, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
}
