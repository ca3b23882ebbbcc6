import Foundation
import MSSCore
import Testing

@testable import MSSView

/// The snapshot's own JSON writer against Foundation's `JSONEncoder` with the settings the
/// snapshot always used: the same bytes, so tools and diffs of earlier snapshots see no change.
@Suite struct JSONTextTests {
  static var foundation: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return encoder
  }

  static func both(_ value: some Encodable) throws -> (ours: String, foundation: String) {
    let ours = try JSONText.pretty(JSONTreeEncoder.tree(of: value))
    let theirs = String(decoding: try foundation.encode(value), as: UTF8.self)
    return (ours, theirs)
  }

  @Test func everySnapshotDocumentIsWrittenAsJSONEncoderWould() throws {
    for (name, dataset, day) in try SnapshotJSONTests.cases() {
      for panel in [nil] + PanelID.allCases.map(Optional.some) {
        let document = SnapshotDocument(MissionState(dataset: dataset, asOf: day), panel: panel)
        let (ours, theirs) = try Self.both(document)
        #expect(ours == theirs, "\(name), panel \(String(describing: panel))")
      }
    }
  }

  struct Awkward: Encodable {
    var numbers: [Double] = [2900, 1e16, 1e20, 0.1, -0.0, 1e-7, 123456789012.5, 5e15, 0.735]
    var integers: [Int] = [0, -1, Int.max]
    var empty: [Int] = []
    var emptyObject: [String: Int] = [:]
    var nested: [[String: [Int]]] = [["aKey": []], [:]]
    var text = "q\"\\/\n\t\r\u{8}\u{C}\u{1}\u{1F}\u{7F}é\u{2028}"
    var optional: String? = nil
    var myURLValue = 1
    var sourceIDs = 2
    var aB = 3
    var x1Y = 4
    var httpStatus = 5
    var _under = 6
    var periodText = 7
    var a2b = 8
    var flag = true

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(numbers, forKey: .numbers)
      try container.encode(integers, forKey: .integers)
      try container.encode(empty, forKey: .empty)
      try container.encode(emptyObject, forKey: .emptyObject)
      try container.encode(nested, forKey: .nested)
      try container.encode(text, forKey: .text)
      try container.encode(optional, forKey: .optional)
      try container.encode(myURLValue, forKey: .myURLValue)
      try container.encode(sourceIDs, forKey: .sourceIDs)
      try container.encode(aB, forKey: .aB)
      try container.encode(x1Y, forKey: .x1Y)
      try container.encode(httpStatus, forKey: .httpStatus)
      try container.encode(_under, forKey: ._under)
      try container.encode(periodText, forKey: .periodText)
      try container.encode(a2b, forKey: .a2b)
      try container.encode(flag, forKey: .flag)
    }

    enum CodingKeys: String, CodingKey {
      case numbers, integers, empty, emptyObject, nested, text, optional, myURLValue, sourceIDs
      case aB, x1Y, _under, periodText, a2b, flag
      /// A key as some wire formats spell it: JSONEncoder snake-cases it as `h_ttp_status`.
      case httpStatus = "HTTPStatus"
    }
  }

  @Test func numbersEscapesEmptyContainersAndKeys() throws {
    let (ours, theirs) = try Self.both(Awkward())
    #expect(ours == theirs)
    #expect(ours.contains("\"h_ttp_status\" : 5"), "JSONEncoder's own snake_case quirk")
  }

  @Test func nonFiniteNumbersAreRefused() {
    #expect(throws: JSONText.NotFinite.self) { try JSONText.number(.nan) }
    #expect(throws: JSONText.NotFinite.self) { try JSONText.number(.infinity) }
  }
}
