/// A JSON document as the snapshot writes it, built by `JSONTreeEncoder` from any `Encodable`.
/// Objects keep their keys as encoded; `JSONText` sorts them when writing.
enum JSONTree: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case integer(Int64)
  case unsigned(UInt64)
  case string(String)
  case array([JSONTree])
  case object([String: JSONTree])
}

/// The part of a document still being encoded: containers hand out references to these so
/// that a nested container's writes land in its parent.
final class JSONSlot {
  enum Content {
    case empty
    case value(JSONTree)
    case array([JSONSlot])
    case object([String: JSONSlot])
  }

  var content = Content.empty

  var tree: JSONTree {
    switch content {
    case .empty: return .object([:])
    case .value(let value): return value
    case .array(let slots): return .array(slots.map(\.tree))
    case .object(let slots): return .object(slots.mapValues(\.tree))
    }
  }
}
