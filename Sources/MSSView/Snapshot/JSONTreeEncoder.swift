/// An `Encoder` that builds a `JSONTree`: the snapshot's JSON without Foundation's
/// `JSONEncoder`, whose library (thousands of protocol conformances every start-up scans, and
/// megabytes of binary) mssdash would otherwise carry for this one format.
struct JSONTreeEncoder: Encoder {
  let slot: JSONSlot
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(slot: JSONSlot = JSONSlot(), codingPath: [any CodingKey] = []) {
    self.slot = slot
    self.codingPath = codingPath
  }

  /// The tree of `value`.
  static func tree(of value: some Encodable) throws -> JSONTree {
    let encoder = JSONTreeEncoder()
    try value.encode(to: encoder)
    return encoder.slot.tree
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = slot.content {} else { slot.content = .object([:]) }
    return KeyedEncodingContainer(JSONKeyedContainer<Key>(slot: slot, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = slot.content {} else { slot.content = .array([]) }
    return JSONUnkeyedContainer(slot: slot, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONSingleValueContainer(slot: slot, codingPath: codingPath)
  }
}

/// Encodes `value` into `slot`: scalars directly, anything else through its own `encode(to:)`.
private func encode(_ value: some Encodable, into slot: JSONSlot, codingPath: [any CodingKey])
  throws
{
  if let scalar = JSONTree.scalar(value) {
    slot.content = .value(scalar)
  } else if let dictionary = value as? any StringKeyedDictionary {
    try dictionary.encodeEntries(into: slot, codingPath: codingPath)
  } else {
    try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: codingPath))
  }
}

extension JSONTree {
  /// The scalar types `Codable` knows, as JSON; nil for anything that encodes itself.
  static func scalar(_ value: Any) -> JSONTree? {
    switch value {
    case let value as String: return .string(value)
    case let value as Bool: return .bool(value)
    case let value as Double: return .number(value)
    case let value as Float: return .number(Double(value))
    case let value as Int: return .integer(Int64(value))
    case let value as Int8: return .integer(Int64(value))
    case let value as Int16: return .integer(Int64(value))
    case let value as Int32: return .integer(Int64(value))
    case let value as Int64: return .integer(value)
    case let value as UInt: return .unsigned(UInt64(value))
    case let value as UInt8: return .unsigned(UInt64(value))
    case let value as UInt16: return .unsigned(UInt64(value))
    case let value as UInt32: return .unsigned(UInt64(value))
    case let value as UInt64: return .unsigned(value)
    default: return nil
    }
  }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let slot: JSONSlot
  var codingPath: [any CodingKey]

  /// Keys of a type's own CodingKeys are written in snake_case (dictionary keys are not: see
  /// `StringKeyedDictionary`).
  private func child(_ key: Key) -> JSONSlot { child(named: JSONText.snakeCase(key.stringValue)) }

  private func child(named name: String) -> JSONSlot {
    let child = JSONSlot()
    if case .object(var slots) = slot.content {
      slots[name] = child
      slot.content = .object(slots)
    }
    return child
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).content = .value(.null) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try MSSView.encode(value, into: child(key), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    JSONTreeEncoder(slot: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    JSONTreeEncoder(slot: child(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    JSONTreeEncoder(slot: child(named: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    JSONTreeEncoder(slot: child(key), codingPath: codingPath + [key])
  }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
  let slot: JSONSlot
  var codingPath: [any CodingKey]

  var count: Int {
    if case .array(let slots) = slot.content { return slots.count }
    return 0
  }

  private func next() -> JSONSlot {
    let child = JSONSlot()
    if case .array(var slots) = slot.content {
      slots.append(child)
      slot.content = .array(slots)
    }
    return child
  }

  mutating func encodeNil() throws { next().content = .value(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try MSSView.encode(value, into: next(), codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    JSONTreeEncoder(slot: next(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    JSONTreeEncoder(slot: next(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    JSONTreeEncoder(slot: next(), codingPath: codingPath)
  }
}

private struct JSONSingleValueContainer: SingleValueEncodingContainer {
  let slot: JSONSlot
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { slot.content = .value(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try MSSView.encode(value, into: slot, codingPath: codingPath)
  }
}

/// A dictionary with String keys is written with its keys as they are: JSONEncoder's
/// snake_case conversion applies only to the keys of a type's own CodingKeys.
private protocol StringKeyedDictionary {
  func encodeEntries(into slot: JSONSlot, codingPath: [any CodingKey]) throws
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Encodable {
  fileprivate func encodeEntries(into slot: JSONSlot, codingPath: [any CodingKey]) throws {
    var slots: [String: JSONSlot] = [:]
    for (key, value) in self {
      let child = JSONSlot()
      try MSSView.encode(value, into: child, codingPath: codingPath)
      slots[key] = child
    }
    slot.content = .object(slots)
  }
}
