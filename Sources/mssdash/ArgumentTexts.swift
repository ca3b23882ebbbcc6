/// The value texts ArgumentParser shows in help, errors and completions for an enum option.
///
/// Its defaults for a `String`-backed enum print each raw value through string interpolation
/// (`"\(rawValue)"`), whose dynamic casts search every protocol conformance in the binary the
/// first time; the option definitions are built at every start, so that was paid on every run.
/// The texts are the same raw values; `allValueDescriptions` is empty because ArgumentParser
/// keeps a description only where it differs from the value, which it never does here.
enum ArgumentTexts {
  static func values<Choice: CaseIterable & RawRepresentable>(of _: Choice.Type) -> [String]
  where Choice.RawValue == String {
    Choice.allCases.map(\.rawValue)
  }
}
