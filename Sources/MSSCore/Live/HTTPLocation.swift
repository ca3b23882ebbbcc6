/// An `http://` or `https://` address given as `--data`, split for the request line.
public struct HTTPLocation: Hashable, Sendable, CustomStringConvertible {
  public let secure: Bool
  public let host: String
  public let port: Int
  /// Path and query, starting with `/`.
  public let target: String

  /// Nil when `text` is not an http(s) URL; `error` says what is wrong with one that tries.
  public static func parse(_ text: String) -> Result<HTTPLocation, Diagnostic>? {
    let lowered = text.lowercased()
    let secure: Bool
    if lowered.hasPrefix("http://") {
      secure = false
    } else if lowered.hasPrefix("https://") {
      secure = true
    } else {
      return nil
    }
    func fail(_ message: String) -> Result<HTTPLocation, Diagnostic> {
      .failure(Diagnostic(.error, file: text, message: message))
    }
    let rest = text.dropFirst(secure ? 8 : 7)
    let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
    let authority = rest[..<authorityEnd]
    var target = String(rest[authorityEnd...].prefix { $0 != "#" })
    if target.isEmpty || target.hasPrefix("?") { target = "/" + target }
    if authority.contains("@") {
      return fail("user names and passwords in the URL are not supported")
    }
    var host = Substring(authority)
    var port = secure ? 443 : 80
    if host.hasPrefix("[") {
      // [::1]:8080
      guard let close = host.firstIndex(of: "]") else { return fail("unclosed '[' in the host") }
      let after = host[host.index(after: close)...]
      host = host[host.index(after: host.startIndex)..<close]
      if !after.isEmpty {
        guard after.hasPrefix(":"), let number = Int(after.dropFirst()) else {
          return fail("bad port '\(after)'")
        }
        port = number
      }
    } else if let colon = host.lastIndex(of: ":") {
      guard let number = Int(host[host.index(after: colon)...]) else {
        return fail("bad port '\(host[host.index(after: colon)...])'")
      }
      port = number
      host = host[..<colon]
    }
    guard !host.isEmpty else { return fail("no host in the URL") }
    guard (1...65535).contains(port) else { return fail("port \(port) is out of range") }
    guard target.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "\r" && $0 != "\n" }) else {
      return fail("the path must be ASCII without spaces (percent-encode it)")
    }
    return .success(HTTPLocation(secure: secure, host: String(host), port: port, target: target))
  }

  /// The Host header's value.
  public var hostHeader: String {
    let name = host.contains(":") ? "[\(host)]" : host
    return port == (secure ? 443 : 80) ? name : "\(name):\(port)"
  }

  public var description: String { "\(secure ? "https" : "http")://\(hostHeader)\(target)" }
}
