#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// HTTPS through the `curl` program, run once per poll. Linking a TLS stack (libcurl through
/// FoundationNetworking) would slow every start of mssdash by ~15 ms for the few screens that
/// poll an https URL; a process every reload interval costs those few screens a millisecond.
/// curl only carries the bytes: the conditional headers and what the answer means stay ours.
public struct CurlTransport: Sendable {
  public var timeout: Duration
  public var limit: Int
  /// The curl to run; nil when none is on PATH.
  public var program: String?
  /// A CA certificate file to trust besides the system's (`--cacert`); curl's own
  /// CURL_CA_BUNDLE does the same from the environment.
  public var caBundle: String?

  public init(
    timeout: Duration = .seconds(10), limit: Int = FileReader.defaultLimit,
    program: String? = CurlTransport.find()
  ) {
    self.timeout = timeout
    self.limit = limit
    self.program = program
  }

  /// curl on PATH.
  public static func find() -> String? {
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/curl"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  /// -i: headers then body on stdout; no -L (the poller follows redirects itself, for both
  /// transports alike, and refuses https → http); --max-time bounds the whole exchange.
  public func arguments(
    _ location: HTTPLocation, headers: [(name: String, value: String)]
  ) -> [String] {
    let seconds = max(1, timeout.components.seconds)
    var arguments = [
      "curl", "--silent", "--show-error", "--include", "--max-time", "\(seconds)",
      "--max-filesize", "\(limit)", "--user-agent", "mssdash", "--proto", "=https",
    ]
    if let caBundle { arguments += ["--cacert", caBundle] }
    for header in headers { arguments += ["--header", "\(header.name): \(header.value)"] }
    arguments += ["--", location.description]
    return arguments
  }

  public func get(
    _ location: HTTPLocation, headers: [(name: String, value: String)]
  ) -> Result<HTTPResponse, TransportError> {
    guard let program else {
      return .failure(TransportError("https needs the curl program, and none is on PATH"))
    }
    let run = ChildProcess.run(
      program, arguments(location, headers: headers), limit: limit + 65_536,
      deadline: ContinuousClock.now + timeout + .seconds(2))
    switch run {
    case .failure(let error):
      return .failure(error)
    case .success(let (status, output, errors)):
      guard status == 0 else {
        // curl's own line ("curl: (7) Failed to connect …"), not the advice after it.
        let lines = errors.split(separator: "\n").map(String.init)
        let line = lines.first { $0.hasPrefix("curl: (") } ?? lines.first ?? "exit status \(status)"
        return .failure(TransportError(line.hasPrefix("curl:") ? line : "curl: \(line)"))
      }
      return HTTPResponse.parse(output, decoded: true).mapError { TransportError($0.message) }
    }
  }
}
