import MSSCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The resolved figures as JSON (SnapshotDocument): pretty-printed, keys sorted and snake_case,
/// so the output diffs well and is the same for the same data.
public enum JSONSnapshot {
  static func render(_ state: MissionState, panel: PanelID?) -> String {
    let document = SnapshotDocument(state, panel: panel)
    do {
      let data = try encoder.encode(document)
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      // Not expected (every value is finite and every key a string), but a tool still gets JSON.
      return "{\"error\": \"could not encode the snapshot\"}\n"
    }
  }

  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return encoder
  }

  /// The decoder that reads what `encoder` writes; for tools written in Swift, and the tests.
  public static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }
}
