/// A response as the conditional-request bookkeeping needs it: status, headers, body.
public struct HTTPResponse: Sendable, Equatable {
  public let status: Int
  /// Names lowercased, in the order received.
  public let headers: [(name: String, value: String)]
  public let body: [UInt8]

  public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  public func header(_ name: String) -> String? {
    let wanted = name.lowercased()
    return headers.last { $0.name == wanted }?.value
  }

  public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
    lhs.status == rhs.status && lhs.body == rhs.body
      && lhs.headers.map(\.name) == rhs.headers.map(\.name)
      && lhs.headers.map(\.value) == rhs.headers.map(\.value)
  }

  /// Why a byte stream is not an HTTP response; one line, no server text in it beyond digits.
  public struct Malformed: Error, Equatable, Sendable {
    public let message: String
  }

  /// Parses a whole HTTP/1.x (or curl's HTTP/2) response. `decoded`: the body is already
  /// de-chunked (curl), so Transfer-Encoding and Content-Length are not applied again.
  public static func parse(_ bytes: [UInt8], decoded: Bool = false) -> Result<
    HTTPResponse, Malformed
  > {
    let separator: [UInt8] = [13, 10, 13, 10]
    guard let headerEnd = bytes.firstRange(of: separator) else {
      return .failure(Malformed(message: "not an HTTP response (no end of headers)"))
    }
    let head = String(decoding: bytes[..<headerEnd.lowerBound], as: UTF8.self)
    var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
    let statusLine = lines.removeFirst()
    let parts = statusLine.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), parts[1].count == 3,
      let status = Int(parts[1]), (100...599).contains(status)
    else {
      return .failure(Malformed(message: "not an HTTP response (bad status line)"))
    }
    var headers: [(name: String, value: String)] = []
    for line in lines where !line.isEmpty {
      guard let colon = line.firstIndex(of: ":") else {
        return .failure(Malformed(message: "not an HTTP response (bad header line)"))
      }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmedHTTPSpace()
      headers.append((name, value))
    }
    var response = HTTPResponse(status: status, headers: headers)
    var body = Array(bytes[headerEnd.upperBound...])
    if !decoded {
      if response.header("transfer-encoding")?.lowercased().contains("chunked") == true {
        guard let joined = dechunk(body) else {
          return .failure(Malformed(message: "a chunked body that is cut short or malformed"))
        }
        body = joined
      } else if let length = response.header("content-length").flatMap({ Int($0) }) {
        guard body.count >= length else {
          return .failure(
            Malformed(message: "the body ended after \(body.count) of \(length) bytes"))
        }
        body = Array(body.prefix(length))
      }
    }
    response = HTTPResponse(status: status, headers: headers, body: body)
    return .success(response)
  }

  /// Joins a chunked body; nil when it is cut short or malformed.
  static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    var index = 0
    while true {
      guard let lineEnd = bytes[index...].firstRange(of: [13, 10]) else { return nil }
      let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self)
        .prefix { $0 != ";" }.trimmedHTTPSpace()
      guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
      index = lineEnd.upperBound
      if size == 0 { return out }
      guard bytes.count - index >= size + 2 else { return nil }
      out += bytes[index..<(index + size)]
      index += size + 2
    }
  }
}

extension StringProtocol {
  /// Without the spaces and tabs HTTP allows around a header's value.
  func trimmedHTTPSpace() -> String {
    let trimmed = drop { $0 == " " || $0 == "\t" }
    return String(trimmed.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
